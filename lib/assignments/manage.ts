import "server-only";
// A teacher managing an assignment after making it (issue 14): edit its settings, close it now,
// reopen it, delete or archive it, and give one student an extension. The rules are pure
// (manage-policy.ts); this applies them so that no attempt loses its grade or points:
// - before any change, attempts already past their deadline are closed at it (closeOverdueFor),
//   so a later deadline can't bring one back to life;
// - attempts under way get their deadline recomputed, never earlier (adjustedDeadline);
// - closing closes attempts under way through lib/attempts/close.ts, as an overdue close does.
import { closeAttempt, closeOverdueFor } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InvalidFieldsError, NotFoundError } from "@/lib/errors";
import { safeTimeZone } from "@/lib/time/zones";
import { adjustedDeadline, editRefusals, effectiveTiming, extensionRefusals, reopenNeedsDueDate, type AssignmentSettings, type ExtensionRequest, type StartedFacts } from "./manage-policy";

export const ASSIGNMENT_NOT_FOUND = "We couldn't find that assignment.";

/** The assignment if it is in one of the teacher's classes; anyone else's is "not found". */
export async function requireOwnAssignment(assignmentId: string, teacherId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    include: { class: { select: { id: true, name: true, timeZone: true } }, set: { select: { title: true } } },
  });
  if (!found) throw new NotFoundError(ASSIGNMENT_NOT_FOUND);
  return { ...found, timeZone: safeTimeZone(found.class.timeZone) };
}

type Tx = Prisma.TransactionClient;

/** Who has started and how many attempts each used: what the edit rules weigh. */
async function startedFacts(tx: Tx, assignmentId: string): Promise<StartedFacts> {
  const attempts = await tx.attempt.findMany({ where: { assignmentId }, select: { userId: true, status: true, user: { select: { name: true } } } });
  const extensions = await tx.assignmentExtension.findMany({ where: { assignmentId }, select: { userId: true, extraAttempts: true } });
  const extra = new Map(extensions.map((e) => [e.userId, e.extraAttempts]));
  const usage = new Map<string, { name: string; used: number; extraAttempts: number }>();
  for (const a of attempts) {
    const row = usage.get(a.userId) ?? { name: a.user.name, used: 0, extraAttempts: extra.get(a.userId) ?? 0 };
    row.used++;
    usage.set(a.userId, row);
  }
  return {
    attempts: attempts.length,
    finished: attempts.filter((a) => a.status !== "in_progress").length,
    usage: [...usage.values()].sort((x, y) => y.used - y.extraAttempts - (x.used - x.extraAttempts)),
  };
}

/** Moves the deadlines of attempts under way to what the settings now give them, never earlier. */
async function refreshDeadlines(tx: Tx, assignmentId: string, userId?: string): Promise<number> {
  const assignment = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { dueAt: true, timeLimitSec: true, attemptsAllowed: true } });
  const open = await tx.attempt.findMany({
    where: { assignmentId, status: "in_progress", ...(userId ? { userId } : {}) },
    select: { id: true, userId: true, startedAt: true, deadline: true },
  });
  if (open.length === 0) return 0;
  const extensions = await tx.assignmentExtension.findMany({ where: { assignmentId, userId: { in: open.map((a) => a.userId) } } });
  const extensionOf = new Map(extensions.map((e) => [e.userId, e]));
  let moved = 0;
  for (const a of open) {
    const next = adjustedDeadline(a.deadline, a.startedAt, effectiveTiming(assignment, extensionOf.get(a.userId)));
    if ((next?.getTime() ?? null) === (a.deadline?.getTime() ?? null)) continue;
    // Only while still in progress: an attempt closed meanwhile keeps the deadline it closed at.
    const { count } = await tx.attempt.updateMany({ where: { id: a.id, status: "in_progress" }, data: { deadline: next } });
    moved += count;
  }
  return moved;
}

export type EditInput = AssignmentSettings & { assignmentId: string };

/** Saves the teacher's edit, or refuses it (InvalidFieldsError, per field) and changes nothing. */
export async function editAssignment(teacherId: string, input: EditInput, now = new Date()): Promise<void> {
  const own = await requireOwnAssignment(input.assignmentId, teacherId);
  if (own.archivedAt) throw new ConflictError("This assignment is archived. Restore it before changing its settings.");
  await closeOverdueFor({ assignmentId: own.id }, now);
  await db.$transaction(async (tx) => {
    const current = await tx.assignment.findUniqueOrThrow({ where: { id: own.id } });
    const errors = editRefusals(current, input, await startedFacts(tx, own.id), now);
    if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
    await tx.assignment.update({
      where: { id: own.id },
      data: {
        opensAt: input.opensAt,
        dueAt: input.dueAt,
        timeLimitSec: input.timeLimitSec,
        attemptsAllowed: input.attemptsAllowed,
        feedbackMode: input.feedbackMode,
        shuffleQuestions: input.shuffleQuestions,
        shuffleOptions: input.shuffleOptions,
        oneAtATime: input.oneAtATime,
      },
    });
    // Feedback between "after submitting" and "after the due date" applies to attempts already
    // made too (the rules refuse the switches that would take back feedback already shown).
    if (input.feedbackMode !== current.feedbackMode && input.feedbackMode !== "immediate") {
      await tx.attempt.updateMany({ where: { assignmentId: own.id, feedbackMode: { in: ["after_submit", "after_due"] } }, data: { feedbackMode: input.feedbackMode } });
    }
    await refreshDeadlines(tx, own.id);
  });
}

/**
 * Closes the assignment now: no one can start it, and every attempt under way is graded and
 * closed as expired now, with the answers it has (closeAttempt, as for an overdue attempt).
 * Returns how many attempts it closed. Closing a closed assignment changes nothing.
 */
export async function closeAssignment(teacherId: string, assignmentId: string, now = new Date()): Promise<number> {
  const own = await requireOwnAssignment(assignmentId, teacherId);
  await closeOverdueFor({ assignmentId: own.id }, now);
  await db.assignment.updateMany({ where: { id: own.id, closedAt: null }, data: { closedAt: now } });
  return closeUnderWay(own.id, now);
}

async function closeUnderWay(assignmentId: string, now: Date): Promise<number> {
  const open = await db.attempt.findMany({ where: { assignmentId, status: "in_progress" }, select: { id: true } });
  let closed = 0;
  for (const a of open) if (await closeAttempt(a.id, "expired", now)) closed++;
  return closed;
}

/**
 * Opens a closed (or archived) assignment again. When its due date has passed, a new one is
 * needed (else it would open already past due). Attempts closed by closing stay closed, graded.
 */
export async function reopenAssignment(teacherId: string, input: { assignmentId: string; dueAt: Date | null }, now = new Date()): Promise<void> {
  const own = await requireOwnAssignment(input.assignmentId, teacherId);
  if (!own.closedAt && !own.archivedAt) throw new ConflictError("This assignment is already open.");
  if (input.dueAt) {
    if (input.dueAt.getTime() <= now.getTime()) throw new InvalidFieldsError({ dueAt: ["That due date has already passed."] });
    if (input.dueAt.getTime() <= own.opensAt.getTime()) throw new InvalidFieldsError({ dueAt: ["The due date must be after the opening date."] });
  } else if (reopenNeedsDueDate(own, now)) {
    throw new InvalidFieldsError({ dueAt: ["The due date has passed: give a new one to reopen the assignment."] });
  }
  await db.assignment.update({
    where: { id: own.id },
    data: { closedAt: null, archivedAt: null, ...(input.dueAt ? { dueAt: input.dueAt } : {}) },
  });
}

/**
 * Deletes the assignment if no one has started it; otherwise archives it (closed, hidden from
 * students and from the class's active list, results and grades kept). The delete is one
 * statement conditioned on there being no attempt, so a student starting at that moment
 * makes it an archive, never a lost attempt.
 */
export async function removeAssignment(teacherId: string, assignmentId: string, now = new Date()): Promise<{ outcome: "deleted" | "archived"; classId: string }> {
  const own = await requireOwnAssignment(assignmentId, teacherId);
  const { count } = await db.assignment.deleteMany({ where: { id: own.id, attempts: { none: {} } } });
  if (count === 1) return { outcome: "deleted", classId: own.classId };
  await closeOverdueFor({ assignmentId: own.id }, now);
  await db.assignment.updateMany({ where: { id: own.id, closedAt: null }, data: { closedAt: now } });
  await db.assignment.updateMany({ where: { id: own.id, archivedAt: null }, data: { archivedAt: now } });
  await closeUnderWay(own.id, now);
  return { outcome: "archived", classId: own.classId };
}

/**
 * Gives one student of the class an extension (replacing any they had): extra minutes on the time
 * limit, extra attempts, a later due date. Their attempt under way, if any, gets the longer
 * deadline at once.
 */
export async function setExtension(teacherId: string, input: ExtensionRequest & { assignmentId: string; userId: string }, now = new Date()): Promise<void> {
  const own = await requireOwnAssignment(input.assignmentId, teacherId);
  const enrolled = await db.enrollment.findUnique({ where: { classId_userId: { classId: own.classId, userId: input.userId } } });
  if (!enrolled) throw new InvalidFieldsError({ userId: ["Choose a student of this class."] });
  const errors = extensionRefusals(own, input, now);
  if (errors.form) throw new ConflictError(errors.form.join(" "));
  if (Object.keys(errors).length > 0) throw new InvalidFieldsError(errors);
  await closeOverdueFor({ assignmentId: own.id }, now);
  const data = { extraTimeSec: input.extraTimeSec, extraAttempts: input.extraAttempts, dueAt: input.dueAt };
  await db.$transaction(async (tx) => {
    await tx.assignmentExtension.upsert({
      where: { assignmentId_userId: { assignmentId: own.id, userId: input.userId } },
      create: { assignmentId: own.id, userId: input.userId, ...data },
      update: data,
    });
    await refreshDeadlines(tx, own.id, input.userId);
  });
}

/** Removes a student's extension. An attempt they have under way keeps its deadline. */
export async function removeExtension(teacherId: string, input: { assignmentId: string; userId: string }): Promise<void> {
  const own = await requireOwnAssignment(input.assignmentId, teacherId);
  const { count } = await db.assignmentExtension.deleteMany({ where: { assignmentId: own.id, userId: input.userId } });
  if (count === 0) throw new NotFoundError("That student has no extension on this assignment.");
}

/** What the assignment's page shows: its settings, who has started, the students and their extensions. */
export async function getManagedAssignment(assignmentId: string, teacherId: string) {
  const own = await requireOwnAssignment(assignmentId, teacherId);
  const [students, facts, extensions, inProgress] = await Promise.all([
    db.enrollment.findMany({ where: { classId: own.classId }, orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } }),
    db.$transaction((tx) => startedFacts(tx, own.id)),
    db.assignmentExtension.findMany({ where: { assignmentId: own.id }, orderBy: { updatedAt: "desc" }, include: { user: { select: { name: true } } } }),
    db.attempt.count({ where: { assignmentId: own.id, status: "in_progress" } }),
  ]);
  // usage is sorted by what each student needs, most first.
  const most = facts.usage[0];
  const minAttempts = most && most.used - most.extraAttempts > 1 ? { count: most.used - most.extraAttempts, name: most.name } : null;
  return {
    id: own.id,
    title: own.set.title,
    classId: own.classId,
    className: own.class.name,
    timeZone: own.timeZone,
    opensAt: own.opensAt,
    dueAt: own.dueAt,
    timeLimitSec: own.timeLimitSec,
    attemptsAllowed: own.attemptsAllowed,
    feedbackMode: own.feedbackMode,
    shuffleQuestions: own.shuffleQuestions,
    shuffleOptions: own.shuffleOptions,
    oneAtATime: own.oneAtATime,
    closedAt: own.closedAt,
    archivedAt: own.archivedAt,
    started: facts.attempts > 0,
    attempts: facts.attempts,
    finished: facts.finished,
    inProgress,
    studentsStarted: facts.usage.length,
    minAttempts,
    students: students.map((s) => s.user),
    extensions: extensions.map((e) => ({ userId: e.userId, name: e.user.name, extraTimeSec: e.extraTimeSec, extraAttempts: e.extraAttempts, dueAt: e.dueAt })),
  };
}

export type ManagedAssignment = Awaited<ReturnType<typeof getManagedAssignment>>;
