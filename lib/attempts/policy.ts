// Rules about attempts that do not need the database, kept pure for unit tests.

/** Answers that arrive this long after the deadline still count (network latency, clock skew). */
export const DEADLINE_GRACE_MS = 10_000;

export const PRACTICE_QUESTION_COUNT = 10;

export function acceptsAnswers(attempt: { status: string; deadline: Date | null }, now: Date): boolean {
  if (attempt.status !== "in_progress") return false;
  return !attempt.deadline || now.getTime() <= attempt.deadline.getTime() + DEADLINE_GRACE_MS;
}

export function practiceKey(userId: string, articleId: string): string {
  return `${userId}:article:${articleId}`;
}

export function parseQuestionOrder(json: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new Error("Corrupt question order");
  return value;
}
