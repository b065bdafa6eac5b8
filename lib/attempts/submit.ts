import "server-only";
import { z } from "zod";
import { querySql, sqlDate } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { submitAttemptInput } from "@/lib/validation/attempts";
import { closeAttempt } from "./close";
import { isOverdue } from "./policy";

/** What a submit answers: the attempt, and when the page's timer ran out early, the deadline it should count to now. */
export type SubmitOutcome = { attemptId: string; extended?: { deadline: string | null } };

/** A page whose clock runs a little fast reaches zero before the deadline: that is not "more time". */
const TIME_UP_SLACK_MS = 5_000;

export const UNREADABLE_SUBMIT = "That attempt couldn't be read.";
const NOT_FOUND = "We couldn't find that attempt.";

const attemptRow = z.object({
  userId: z.string(),
  status: z.string(),
  deadline: sqlDate.nullable(),
});

/**
 * Grades and closes the user's own attempt (the submit route and the submit action both come
 * here). Safe to call any number of times: one grade results (closeAttempt's claim), and every
 * call answers alike. When the page's timer ran out (`timeUp`) but the deadline has since moved
 * later (the teacher gave more time), nothing closes: the answer carries the new deadline for
 * the page's timer. Past its deadline and grace, a submit is too late: the attempt closes as it
 * would have unattended, expired at its deadline (so points are dated then, not now).
 * Throws a ValidationError for unreadable input, a NotFoundError for an attempt that isn't theirs.
 */
export async function submitAttempt(userId: string, input: unknown): Promise<SubmitOutcome> {
  const parsed = submitAttemptInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(UNREADABLE_SUBMIT);
  const { attemptId, timeUp } = parsed.data;
  // One plain read (Prisma Client compiles each typed query per call: lib/attempts/close.ts).
  const [found] = await querySql(Prisma.sql`SELECT "userId", "status", "deadline" FROM "Attempt" WHERE "id" = ${attemptId}`);
  const attempt = found ? attemptRow.parse(found) : null;
  if (!attempt || attempt.userId !== userId) throw new NotFoundError(NOT_FOUND);
  // Closed already (a double click, a retry, a second tab): the same answer, nothing changes.
  if (attempt.status !== "in_progress") return { attemptId };
  if (timeUp && (attempt.deadline === null || attempt.deadline.getTime() > Date.now() + TIME_UP_SLACK_MS)) {
    return { attemptId, extended: { deadline: attempt.deadline?.toISOString() ?? null } };
  }
  if (isOverdue({ status: attempt.status, deadline: attempt.deadline }, new Date())) await closeAttempt(attemptId, "expired", attempt.deadline!);
  else await closeAttempt(attemptId, "submitted");
  return { attemptId };
}
