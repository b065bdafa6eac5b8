// Rules about attempts that do not need the database, kept pure for unit tests.

/** Answers that arrive this long after the deadline still count (network latency, clock skew). */
export const DEADLINE_GRACE_MS = 10_000;

export const PRACTICE_QUESTION_COUNT = 10;

/** What a student is told when an answer or a move reaches an attempt that no longer takes answers. */
export const ATTEMPT_CLOSED = "This attempt is closed, so answers can no longer change.";

export { FEEDBACK_MODES, type FeedbackMode } from "@/lib/validation/assignments";

/** An attempt past its deadline and grace is closed with the answers it has. */
export function isOverdue(attempt: { status: string; deadline: Date | null }, now: Date): boolean {
  return attempt.status === "in_progress" && attempt.deadline !== null && now.getTime() > attempt.deadline.getTime() + DEADLINE_GRACE_MS;
}

/**
 * Whether a closed attempt's answers, explanations and sources may be shown yet. "after_due"
 * waits for the assignment's due date; with no due date it behaves like "after_submit".
 */
export function feedbackVisible(mode: string, attemptStatus: string, dueAt: Date | null, now: Date): boolean {
  if (attemptStatus === "in_progress") return false;
  if (mode === "after_due" && dueAt) return now.getTime() >= dueAt.getTime();
  return true;
}

/**
 * Whether the keys of an assignment's questions may reach this student by any path: the review
 * queue, a practice quiz, the demo. Only once one of their own closed attempts on it shows its
 * feedback (by the rule above), or once the assignment is past its due date. Before that a key
 * would let them answer the assignment, or know its answers before the teacher shows them.
 */
export function assignmentKeysVisible(
  assignment: { dueAt: Date | null },
  ownAttempts: readonly { status: string; feedbackMode: string }[],
  now: Date,
): boolean {
  if (assignment.dueAt && now.getTime() >= assignment.dueAt.getTime()) return true;
  return ownAttempts.some((a) => a.status !== "in_progress" && feedbackVisible(a.feedbackMode, a.status, assignment.dueAt, now));
}

/** For someone with no attempt of their own (a signed-out visitor): only past the due date. */
export function assignmentKeysPublic(assignment: { dueAt: Date | null }, now: Date): boolean {
  return assignmentKeysVisible(assignment, [], now);
}

export function acceptsAnswers(attempt: { status: string; deadline: Date | null }, now: Date): boolean {
  if (attempt.status !== "in_progress") return false;
  return !attempt.deadline || now.getTime() <= attempt.deadline.getTime() + DEADLINE_GRACE_MS;
}

export function practiceKey(userId: string, articleId: string): string {
  return `${userId}:article:${articleId}`;
}

