// Rules about assignments that need no database, kept pure for unit tests.
import { createRng, shuffle } from "@/lib/generation/random";

export function assignmentKey(userId: string, assignmentId: string): string {
  return `${userId}:assignment:${assignmentId}`;
}

/**
 * The question order for a new attempt: the set's order (by position), approved questions only
 * (a question retired after the set was built drops out), shuffled with `seed` if asked.
 */
export function assignmentQuestionOrder(
  items: readonly { position: number; question: { id: string; status: string } }[],
  shuffleQuestions: boolean,
  seed: number,
): string[] {
  const ids = [...items]
    .sort((a, b) => a.position - b.position)
    .filter((item) => item.question.status === "approved")
    .map((item) => item.question.id);
  return shuffleQuestions ? shuffle(ids, createRng(seed)) : ids;
}

/** Closed early by the teacher (or archived), whatever its dates say. */
type Closable = { closedAt?: Date | null; archivedAt?: Date | null };

export const CLOSED_BY_TEACHER = "Your teacher has closed this assignment, so it can't be started.";

/**
 * Why a student can't start the assignment now, or null if they can. `dueAt` is the student's
 * own (lib/assignments/manage-policy.ts effectiveTiming: an extension may move it later).
 */
export function startRefusal(a: { opensAt: Date; dueAt: Date | null } & Closable, now: Date): string | null {
  if (a.closedAt || a.archivedAt) return CLOSED_BY_TEACHER;
  if (now.getTime() < a.opensAt.getTime()) return "This assignment isn't open yet.";
  if (a.dueAt && now.getTime() >= a.dueAt.getTime()) return "This assignment is past its due date, so it can't be started.";
  return null;
}

/** Whether students can start the assignment: before opening, open, or past due (or closed early). */
export function assignmentWindow(a: { opensAt: Date; dueAt: Date | null } & Closable, now: Date): "upcoming" | "open" | "closed" {
  if (a.closedAt || a.archivedAt) return "closed";
  if (now.getTime() < a.opensAt.getTime()) return "upcoming";
  if (a.dueAt && now.getTime() >= a.dueAt.getTime()) return "closed";
  return "open";
}

export type AttemptSummary = { id: string; status: string; score: number | null; maxScore: number | null; submittedAt: Date | null };

export type AssignmentBucket = "todo" | "upcoming" | "done" | "late";

export type StudentAssignmentState = {
  bucket: AssignmentBucket;
  /** The attempt to resume, if one is in progress. */
  inProgressId: string | null;
  /** The best finished attempt, for the score and the review link. */
  best: AttemptSummary | null;
  attemptsUsed: number;
  /** Whether a "Start"/"Try again" button makes sense now. */
  canStart: boolean;
  /** Closed early by the teacher. */
  closed: boolean;
};

/**
 * Where an assignment sits on the dashboard. Done: at least one finished attempt. Late: past due
 * with none. To do: open, none finished yet. Upcoming: not open yet.
 */
export function classifyAssignment(
  a: { opensAt: Date; dueAt: Date | null; attemptsAllowed: number } & Closable,
  attempts: readonly AttemptSummary[],
  now: Date,
): StudentAssignmentState {
  const finished = attempts.filter((t) => t.status !== "in_progress");
  const inProgress = attempts.find((t) => t.status === "in_progress") ?? null;
  const ratio = (t: AttemptSummary) => (t.maxScore ? (t.score ?? 0) / t.maxScore : 0);
  const best = finished.reduce<AttemptSummary | null>((top, t) => (!top || ratio(t) > ratio(top) ? t : top), null);
  const open = startRefusal(a, now) === null;
  const canStart = open && (inProgress !== null || finished.length < a.attemptsAllowed);
  const closed = Boolean(a.closedAt || a.archivedAt);
  let bucket: AssignmentBucket;
  if (finished.length > 0) bucket = "done";
  else if (closed) bucket = "late";
  else if (now.getTime() < a.opensAt.getTime()) bucket = "upcoming";
  else if (a.dueAt && now.getTime() >= a.dueAt.getTime()) bucket = "late";
  else bucket = "todo";
  return { bucket, inProgressId: inProgress?.id ?? null, best, attemptsUsed: finished.length, canStart, closed };
}
