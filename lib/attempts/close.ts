import "server-only";
import { db } from "@/lib/db";
import { gradeAttempt } from "@/lib/grading";
import { questionsAsAnswered } from "@/lib/questions/versions";
import { afterAttemptGraded } from "./after-grade";
import { isOverdue, parseQuestionOrder } from "./policy";

/**
 * Grades an in-progress attempt and closes it, exactly once. The conditional status update is
 * the claim: of any number of concurrent closes, one flips in_progress → closed inside the
 * transaction and writes the grades; the others see nothing to claim and change nothing.
 * Each answer is graded by the question version it answered.
 */
export async function closeAttempt(attemptId: string, status: "submitted" | "expired", closedAt = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await tx.attempt.updateMany({
      where: { id: attemptId, status: "in_progress" },
      data: { status, submittedAt: closedAt, activeKey: null },
    });
    if (claimed.count === 0) return;

    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { responses: true, assignment: { select: { classId: true } } },
    });
    const order = parseQuestionOrder(attempt.questionOrder);
    const questions = await questionsAsAnswered(tx, attempt.responses, order);
    const raw: Record<string, unknown> = {};
    for (const r of attempt.responses) raw[r.questionId] = JSON.parse(r.answerJson);
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
  });
}

/**
 * Closes the student's attempts left open past their deadline (and grace), each at its
 * deadline with the answers it had. Lists of attempts call this before reading, so an attempt
 * abandoned at its time limit never shows as still in progress.
 */
export async function closeOverdueAttempts(userId: string, now = new Date()): Promise<void> {
  const open = await db.attempt.findMany({
    where: { userId, status: "in_progress", deadline: { not: null } },
    select: { id: true, status: true, deadline: true },
  });
  for (const a of open) if (isOverdue(a, now)) await closeAttempt(a.id, "expired", a.deadline!);
}
