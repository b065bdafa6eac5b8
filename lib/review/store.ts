import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scheduleReview, type CardState, type GradedAnswer } from "./schedule";

type Tx = Prisma.TransactionClient;

type Row = CardState & { id: string; questionId: string };

/**
 * Puts every answered question on the student's review queue, scheduled by that answer.
 * Runs in the grading transaction, so each graded answer moves its card exactly once.
 */
export async function scheduleAnswers(tx: Tx, userId: string, answered: readonly (GradedAnswer & { questionId: string })[], now: Date): Promise<void> {
  if (answered.length === 0) return;
  const existing: Row[] = await tx.reviewCard.findMany({ where: { userId, questionId: { in: answered.map((a) => a.questionId) } } });
  const byQuestion = new Map(existing.map((c) => [c.questionId, c]));
  // New cards in one statement (a first attempt's are all new); known cards each move their own way.
  const fresh = answered.filter((a) => !byQuestion.has(a.questionId));
  if (fresh.length > 0) {
    await tx.reviewCard.createMany({ data: fresh.map((answer) => ({ userId, questionId: answer.questionId, ...scheduleReview(null, answer, now) })) });
  }
  for (const answer of answered) {
    const card = byQuestion.get(answer.questionId);
    if (card) await tx.reviewCard.update({ where: { id: card.id }, data: scheduleReview(card, answer, now) });
  }
}
