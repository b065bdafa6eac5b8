"use server";
import "server-only";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createOrResumeAttempt } from "@/lib/attempts/create";
import { isFeedbackMode } from "@/lib/attempts/policy";
import { requireRole } from "@/lib/auth/session";
import { requireOwnClass } from "@/lib/classes/queries";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, userMessage } from "@/lib/errors";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/forms";
import { assignmentIdInput, assignmentInput } from "@/lib/validation/assignments";
import { classIdInput } from "@/lib/validation/classes";
import { assignmentKey, assignmentQuestionOrder, startRefusal } from "./policy";

const FORM_KEYS = ["setId", "opensAt", "dueAt", "timeLimitMinutes", "attemptsAllowed", "shuffleQuestions", "shuffleOptions", "oneAtATime", "feedbackMode"];

/** Assigns one of the teacher's sets to one of their classes; dates are read in the class's zone. */
export async function createAssignmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, FORM_KEYS);
  let classId: string;
  try {
    const teacher = await requireRole("teacher");
    const ids = classIdInput.safeParse({ classId: formData.get("classId") });
    if (!ids.success) throw new NotFoundError("We couldn't find that class.");
    const own = await requireOwnClass(ids.data.classId, teacher.id);
    const parsed = assignmentInput({ timeZone: own.timeZone, now: new Date() }).safeParse(
      Object.fromEntries(["classId", ...FORM_KEYS].map((k) => [k, formData.get(k)])),
    );
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    const input = parsed.data;

    const set = await db.questionSet.findFirst({
      where: { id: input.setId, ownerId: teacher.id },
      select: { id: true, _count: { select: { items: { where: { question: { status: "approved" } } } } } },
    });
    if (!set) return { ok: false, fieldErrors: { setId: ["Choose one of your question sets."] }, values };
    if (set._count.items === 0) {
      return { ok: false, fieldErrors: { setId: ["That set has no approved questions yet: approve some first."] }, values };
    }
    await db.assignment.create({
      data: {
        classId: own.id,
        setId: set.id,
        opensAt: input.opensAt,
        dueAt: input.dueAt,
        timeLimitSec: input.timeLimitSec,
        attemptsAllowed: input.attemptsAllowed,
        shuffleQuestions: input.shuffleQuestions,
        shuffleOptions: input.shuffleOptions,
        oneAtATime: input.oneAtATime,
        feedbackMode: input.feedbackMode,
      },
    });
    classId = own.id;
  } catch (error) {
    return { ok: false, formError: userMessage(error), values };
  }
  revalidatePath(`/teacher/classes/${classId}`);
  redirect(`/teacher/classes/${classId}?assigned=1`);
}

export type StartResult = { ok: false; message: string };

const NOT_FOUND = "We couldn't find that assignment.";

/**
 * Starts (or resumes) the student's attempt at an assignment, then opens it. Concurrent starts
 * converge on one attempt through the attempt's unique activeKey (lib/attempts/create.ts).
 */
export async function startAssignmentAction(formData: FormData): Promise<StartResult> {
  let attemptId: string;
  try {
    const user = await requireRole("student");
    const parsed = assignmentIdInput.safeParse({ assignmentId: formData.get("assignmentId") });
    if (!parsed.success) throw new NotFoundError(NOT_FOUND);
    // Enrolment is part of the lookup: an assignment of another class is simply not found.
    const assignment = await db.assignment.findFirst({
      where: { id: parsed.data.assignmentId, class: { enrollments: { some: { userId: user.id } } } },
      include: { set: { select: { items: { select: { position: true, question: { select: { id: true, status: true } } } } } } },
    });
    if (!assignment) throw new NotFoundError(NOT_FOUND);

    const refusal = startRefusal(assignment, new Date());
    if (refusal) throw new ConflictError(refusal);

    const activeKey = assignmentKey(user.id, assignment.id);
    const inProgress = await db.attempt.findUnique({ where: { activeKey }, select: { id: true } });
    if (inProgress) {
      attemptId = inProgress.id;
    } else {
      const used = await db.attempt.count({ where: { assignmentId: assignment.id, userId: user.id, status: { not: "in_progress" } } });
      if (used >= assignment.attemptsAllowed) {
        throw new ConflictError(
          assignment.attemptsAllowed === 1
            ? "You've already done this assignment: it allows one attempt."
            : `You've used all ${assignment.attemptsAllowed} attempts for this assignment.`,
        );
      }
      const seed = randomInt(2_147_483_647);
      const questionIds = assignmentQuestionOrder(assignment.set.items, assignment.shuffleQuestions, seed);
      if (questionIds.length === 0) throw new ConflictError("This assignment has no questions available right now. Let your teacher know.");
      attemptId = await createOrResumeAttempt({
        userId: user.id,
        activeKey,
        assignmentId: assignment.id,
        questionIds,
        feedbackMode: isFeedbackMode(assignment.feedbackMode) ? assignment.feedbackMode : "after_submit",
        timeLimitSec: assignment.timeLimitSec,
        closesAt: assignment.dueAt,
        shuffleOptions: assignment.shuffleOptions,
        oneAtATime: assignment.oneAtATime,
        seed,
      });
    }
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
  redirect(`/attempts/${attemptId}`);
}
