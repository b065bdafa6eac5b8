"use server";
import "server-only";
import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { closeAttempt } from "@/lib/attempts/close";
import { createOrResumeAttempt } from "@/lib/attempts/create";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { translated } from "@/lib/i18n/action-messages";
import { requireOwnClass } from "@/lib/classes/queries";
import { db } from "@/lib/db";
import { ConflictError, InvalidFieldsError, NotFoundError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { assignmentEditInput, assignmentIdInput, assignmentInput, extensionInput, extensionKeyInput, reopenInput } from "@/lib/validation/assignments";
import { classIdInput } from "@/lib/validation/classes";
import { closeAssignment, editAssignment, removeAssignment, removeExtension, reopenAssignment, requireOwnAssignment, setExtension } from "./manage";
import { effectiveTiming } from "./manage-policy";
import { assignmentKey, assignmentQuestionOrder, CLOSED_BY_TEACHER, startRefusal } from "./policy";

const FORM_KEYS = ["setId", "opensAt", "dueAt", "timeLimitMinutes", "attemptsAllowed", "shuffleQuestions", "shuffleOptions", "oneAtATime", "feedbackMode"];

/** Assigns one of the teacher's sets to one of their classes; dates are read in the class's zone. */
export const createAssignmentAction = translated("teacherKnownMessages", defineFormAction(
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
    const t = await actionTranslator("teacherAssignmentsActions");
    if (!set) throw new InvalidFieldsError({ setId: [t("chooseSet")] });
    if (set._count.items === 0) throw new InvalidFieldsError({ setId: [t("noApproved")] });
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
));

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
    include: {
      set: { select: { items: { select: { position: true, question: { select: { id: true, status: true } } } } } },
      extensions: { where: { userId: user.id }, select: { extraTimeSec: true, extraAttempts: true, dueAt: true } },
    },
  });
  if (!assignment) throw new NotFoundError(NOT_FOUND);
  // The student's own due date, time limit and attempts: their extension, if any, added.
  const timing = effectiveTiming(assignment, assignment.extensions[0]);

  const refusal = startRefusal({ ...assignment, ...timing }, new Date());
  if (refusal) throw new ConflictError(refusal);

  const activeKey = assignmentKey(user.id, assignment.id);
  const inProgress = await db.attempt.findUnique({ where: { activeKey }, select: { id: true } });
  if (inProgress) {
    attemptId = inProgress.id;
  } else {
    const used = await db.attempt.count({ where: { assignmentId: assignment.id, userId: user.id, status: { not: "in_progress" } } });
    if (used >= timing.attemptsAllowed) {
      throw new ConflictError(
        timing.attemptsAllowed === 1
          ? "You've already done this assignment: it allows one attempt."
          : `You've used all ${timing.attemptsAllowed} attempts for this assignment.`,
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
      timeLimitSec: timing.timeLimitSec,
      closesAt: timing.dueAt,
      shuffleOptions: assignment.shuffleOptions,
      oneAtATime: assignment.oneAtATime,
      seed,
    });
    // Closed by the teacher while this attempt was being made: close it as closing would have.
    const now = await db.assignment.findUnique({ where: { id: assignment.id }, select: { closedAt: true, archivedAt: true } });
    if (!now || now.closedAt || now.archivedAt) {
      await closeAttempt(attemptId, "expired");
      throw new ConflictError(CLOSED_BY_TEACHER);
    }
  }
  redirect(`/attempts/${attemptId}`);
});

// --- Managing an assignment after it is made (issue 14): the rules are in manage-policy.ts, the
// writes in manage.ts. Each refreshes the pages that show the assignment to teacher and students.

function refreshAssignmentPages(assignmentId: string, classId: string) {
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  revalidatePath(`/teacher/assignments/${assignmentId}/results`);
  revalidatePath(`/teacher/classes/${classId}`);
  revalidatePath("/dashboard");
}

const EDIT_KEYS = ["opensAt", "dueAt", "timeLimitMinutes", "attemptsAllowed", "shuffleQuestions", "shuffleOptions", "oneAtATime", "feedbackMode"];

/** Saves an assignment's settings, within what may change once students have started. */
export const updateAssignmentAction = translated("teacherKnownMessages", defineFormAction(
  { role: "teacher", input: assignmentIdInput, hidden: ["assignmentId"], values: EDIT_KEYS },
  async ({ assignmentId }, { user, formData }) => {
    const own = await requireOwnAssignment(assignmentId, user.id);
    const now = new Date();
    // Dates are read in the class's zone, known once the assignment is.
    const parsed = assignmentEditInput({ timeZone: own.timeZone, now }).safeParse(
      Object.fromEntries(["assignmentId", ...EDIT_KEYS].map((k) => [k, formData.get(k)])),
    );
    if (!parsed.success) throw new InvalidFieldsError(fieldErrorsOf(parsed.error));
    await editAssignment(user.id, parsed.data, now);
    refreshAssignmentPages(own.id, own.classId);
    return { ok: true, message: (await actionTranslator("teacherAssignmentsActions"))("saved") };
  },
));

/** Closes the assignment now; attempts under way are graded and closed with the answers they have. */
export const closeAssignmentAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: assignmentIdInput }, async ({ assignmentId }, { user }) => {
  const own = await requireOwnAssignment(assignmentId, user.id);
  const closed = await closeAssignment(user.id, own.id);
  refreshAssignmentPages(own.id, own.classId);
  return { closedAttempts: closed };
}));

/** Reopens a closed or archived assignment, with a new due date when its own has passed. */
export const reopenAssignmentAction = translated("teacherKnownMessages", defineFormAction(
  { role: "teacher", input: assignmentIdInput, hidden: ["assignmentId"], values: ["dueAt"] },
  async ({ assignmentId }, { user, formData }) => {
    const own = await requireOwnAssignment(assignmentId, user.id);
    const parsed = reopenInput({ timeZone: own.timeZone }).safeParse({ assignmentId, dueAt: formData.get("dueAt") });
    if (!parsed.success) throw new InvalidFieldsError(fieldErrorsOf(parsed.error));
    await reopenAssignment(user.id, parsed.data);
    refreshAssignmentPages(own.id, own.classId);
    return { ok: true, message: (await actionTranslator("teacherAssignmentsActions"))("reopened") };
  },
));

/** Deletes the assignment if no one started it, else archives it; then back to the class. */
export const removeAssignmentAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: assignmentIdInput }, async ({ assignmentId }, { user }) => {
  const { outcome, classId } = await removeAssignment(user.id, assignmentId);
  refreshAssignmentPages(assignmentId, classId);
  redirect(`/teacher/classes/${classId}?${outcome}=1`);
}));

const EXTENSION_KEYS = ["userId", "extraMinutes", "extraAttempts", "dueAt"];

/** Gives one student extra time, extra attempts or a later due date (replacing what they had). */
export const setExtensionAction = translated("teacherKnownMessages", defineFormAction(
  { role: "teacher", input: assignmentIdInput, hidden: ["assignmentId"], values: EXTENSION_KEYS },
  async ({ assignmentId }, { user, formData }) => {
    const own = await requireOwnAssignment(assignmentId, user.id);
    const parsed = extensionInput({ timeZone: own.timeZone }).safeParse(
      Object.fromEntries(["assignmentId", ...EXTENSION_KEYS].map((k) => [k, formData.get(k)])),
    );
    if (!parsed.success) throw new InvalidFieldsError(fieldErrorsOf(parsed.error));
    await setExtension(user.id, parsed.data);
    refreshAssignmentPages(own.id, own.classId);
    return { ok: true, message: (await actionTranslator("teacherAssignmentsActions"))("extensionSaved") };
  },
));

/** Takes a student's extension away; an attempt they have under way keeps its time. */
export const removeExtensionAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: extensionKeyInput }, async (input, { user }) => {
  const own = await requireOwnAssignment(input.assignmentId, user.id);
  await removeExtension(user.id, { assignmentId: own.id, userId: input.userId });
  refreshAssignmentPages(own.id, own.classId);
}));
