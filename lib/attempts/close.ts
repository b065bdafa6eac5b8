import "server-only";
import { loadAnswer, loadQuestionOrder } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { gradeAttempt } from "@/lib/grading";
import { questionsAsAnswered } from "@/lib/questions/versions";
import { afterAttemptGraded } from "./after-grade";
import { DEADLINE_GRACE_MS, isOverdue } from "./policy";

/**
 * Grades an in-progress attempt and closes it, exactly once. The conditional status update is
 * the claim: of any number of concurrent closes, one flips in_progress → closed inside the
 * transaction and writes the grades; the others see nothing to claim and change nothing.
 * Each answer is graded by the question version it answered. True when this call closed it.
 */
export async function closeAttempt(attemptId: string, status: "submitted" | "expired", closedAt = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.attempt.updateMany({
      where: { id: attemptId, status: "in_progress" },
      data: { status, submittedAt: closedAt, activeKey: null },
    });
    if (claimed.count === 0) return false;

    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { responses: true, assignment: { select: { classId: true } } },
    });
    const order = loadQuestionOrder(attempt);
    const questions = await questionsAsAnswered(tx, attempt.responses, order);
    const raw: Record<string, unknown> = {};
    for (const r of attempt.responses) raw[r.questionId] = loadAnswer(r);
    const graded = gradeAttempt(questions, raw);

    const answered = graded.results.filter((o) => o.answered);
    // One write per distinct grade, not per answer: most answers score 1 or 0, so a ten-question
    // attempt takes two or three statements. Every statement here waits on SQLite's one writer,
    // and a timed assignment's class all submits in the same second.
    const byGrade = new Map<string, { score: number; correct: boolean; questionIds: string[] }>();
    for (const { questionId, result } of answered) {
      const key = `${result.score}:${result.correct}`;
      const group = byGrade.get(key) ?? { score: result.score, correct: result.correct, questionIds: [] };
      group.questionIds.push(questionId);
      byGrade.set(key, group);
    }
    for (const { score, correct, questionIds } of byGrade.values()) {
      await tx.response.updateMany({ where: { attemptId, questionId: { in: questionIds } }, data: { score, correct } });
    }
    await tx.attempt.update({ where: { id: attemptId }, data: { score: graded.score, maxScore: order.length } });
    await afterAttemptGraded(tx, {
      attemptId,
      userId: attempt.userId,
      classId: attempt.assignment?.classId ?? null,
      score: graded.score,
      awardedAt: closedAt,
      answered: answered.map((o) => ({ questionId: o.questionId, score: o.result.score, correct: o.result.correct })),
    });
    return true;
  });
}

/** Which overdue attempts to close: one student's, one assignment's, or one class's assignments'. */
export type OverdueScope = { userId: string } | { assignmentId: string } | { classId: string };

function scopeWhere(scope: OverdueScope): Prisma.AttemptWhereInput {
  if ("userId" in scope) return { userId: scope.userId };
  if ("assignmentId" in scope) return { assignmentId: scope.assignmentId };
  return { assignment: { classId: scope.classId } };
}

/**
 * Expiring is a step of its own, never a side effect of reading: a page or route handler that
 * shows attempts, grades or points calls one of these first, then its query (which only reads).
 * Each attempt left open past its deadline and grace is closed at its deadline with the answers
 * it had, graded, and its points and review cards written (closeAttempt: exactly once, however
 * many of these race). Returns how many this call closed.
 */
async function closeOverdue(where: Prisma.AttemptWhereInput, now: Date): Promise<number> {
  // Overdue means past deadline + grace (isOverdue); the range reads Attempt(status, deadline).
  const open = await db.attempt.findMany({
    where: { ...where, status: "in_progress", deadline: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
    select: { id: true, status: true, deadline: true },
  });
  let closed = 0;
  for (const a of open) {
    if (isOverdue(a, now) && (await closeAttempt(a.id, "expired", a.deadline!))) closed++;
  }
  return closed;
}

/** Closes the overdue attempts in one scope: before a student's pages, an assignment's results, a class's board. */
export function closeOverdueFor(scope: OverdueScope, now = new Date()): Promise<number> {
  return closeOverdue(scopeWhere(scope), now);
}

/** Closes every overdue attempt: before the global boards, which rank everyone. */
export function closeAllOverdue(now = new Date()): Promise<number> {
  return closeOverdue({}, now);
}
