"use server";
import "server-only";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createOrResumeAttempt } from "@/lib/attempts/create";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { requireOwnClass } from "@/lib/classes/queries";
import { db } from "@/lib/db";
import { ConflictError, InvalidFieldsError, NotFoundError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { assignmentIdInput, assignmentInput } from "@/lib/validation/assignments";
import { classIdInput } from "@/lib/validation/classes";
import { assignmentKey, assignmentQuestionOrder, startRefusal } from "./policy";

const FORM_KEYS = ["setId", "opensAt", "dueAt", "timeLimitMinutes", "attemptsAllowed", "shuffleQuestions", "shuffleOptions", "oneAtATime", "feedbackMode"];

/** Assigns one of the teacher's sets to one of their classes; dates are read in the class's zone. */
export const createAssignmentAction = defineFormAction(
  { role: "teacher", input: classIdInput, hidden: ["classId"], values: FORM_KEYS },
  async ({ classId }, { user, formData }) => {
    const own = await requireOwnClass(classId, user.id);
    // The form's schema reads its dates in the class's time zone, so it applies once the class is known.
    const parsed = assignmentInput({ timeZone: own.timeZone, now: new Date() }).safeParse(
      Object.fromEntries(["classId", ...FORM_KEYS].map((k) => [k, formData.get(k)])),
    );
    if (!parsed.success) throw new InvalidFieldsError(fieldErrorsOf(parsed.error));
    const input = parsed.data;

    const set = await db.questionSet.findFirst({
      where: { id: input.setId, ownerId: user.id },
      select: { id: true, _count: { select: { items: { where: { question: { status: "approved" } } } } } },
    });
    if (!set) throw new InvalidFieldsError({ setId: ["Choose one of your question sets."] });
    if (set._count.items === 0) throw new InvalidFieldsError({ setId: ["That set has no approved questions yet: approve some first."] });
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
    revalidatePath(`/teacher/classes/${own.id}`);
    redirect(`/teacher/classes/${own.id}?assigned=1`);
  },
);

const NOT_FOUND = "We couldn't find that assignment.";

/**
 * Starts (or resumes) the student's attempt at an assignment, then opens it. Concurrent starts
 * converge on one attempt through the attempt's unique activeKey (lib/attempts/create.ts).
 */
export const startAssignmentAction = defineAction({ role: "student", input: assignmentIdInput }, async ({ assignmentId }, { user }) => {
  let attemptId: string;
  // Enrolment is part of the lookup: an assignment of another class is simply not found.
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId: user.id } } } },
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
      feedbackMode: assignment.feedbackMode,
      timeLimitSec: assignment.timeLimitSec,
      closesAt: assignment.dueAt,
      shuffleOptions: assignment.shuffleOptions,
      oneAtATime: assignment.oneAtATime,
      seed,
    });
  }
  redirect(`/attempts/${attemptId}`);
});
