import "server-only";
import { db } from "@/lib/db";
import { gradeAttempt } from "@/lib/grading";
import { loadQuestion } from "@/lib/questions/store";
import { parseQuestionOrder } from "./policy";

/**
 * Grades an in-progress attempt and closes it, exactly once. The conditional status update is
 * the claim: of any number of concurrent closes, one flips in_progress → closed inside the
 * transaction and writes the grades; the others see nothing to claim and change nothing.
 */
export async function closeAttempt(attemptId: string, status: "submitted" | "expired"): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await tx.attempt.updateMany({
      where: { id: attemptId, status: "in_progress" },
      data: { status, submittedAt: new Date(), activeKey: null },
    });
    if (claimed.count === 0) return;

    const attempt = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    const order = parseQuestionOrder(attempt.questionOrder);
    const rows = await tx.question.findMany({ where: { id: { in: order } } });
    const questions = rows.map(loadQuestion);
    const raw: Record<string, unknown> = {};
    for (const r of attempt.responses) raw[r.questionId] = JSON.parse(r.answerJson);
    const graded = gradeAttempt(questions, raw);

    for (const outcome of graded.results) {
      if (!outcome.answered) continue;
      await tx.response.update({
        where: { attemptId_questionId: { attemptId, questionId: outcome.questionId } },
        data: { score: outcome.result.score, correct: outcome.result.correct },
      });
    }
    await tx.attempt.update({ where: { id: attemptId }, data: { score: graded.score, maxScore: order.length } });
  });
}
