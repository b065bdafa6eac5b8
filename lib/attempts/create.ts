import "server-only";
import { db } from "@/lib/db";
import { loadQuestion } from "@/lib/questions/store";
import { attemptDeadline } from "@/lib/assignments/manage-policy";
import { makeOptionOrders, unsolvedOrders } from "./option-order";
import type { FeedbackMode } from "./policy";

export type NewAttempt = {
  userId: string;
  /** One in-progress attempt per key: concurrent starts with the same key converge on one. */
  activeKey: string;
  articleId?: string;
  assignmentId?: string;
  questionIds: string[];
  feedbackMode: FeedbackMode;
  timeLimitSec?: number | null;
  /** Never later than this (e.g. the assignment's due date), whatever the time limit. */
  closesAt?: Date | null;
  shuffleOptions?: boolean;
  /** Questions one at a time, no going back (an assignment's setting). */
  oneAtATime?: boolean;
  seed: number;
};

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/** Creates the attempt, or returns the one already in progress under the same key. */
export async function createOrResumeAttempt(input: NewAttempt): Promise<string> {
  const existing = await db.attempt.findUnique({ where: { activeKey: input.activeKey }, select: { id: true } });
  if (existing) return existing.id;

  const startedAt = new Date();
  const deadline = attemptDeadline(startedAt, input.timeLimitSec ?? null, input.closesAt ?? null);

  // Shuffled when the assignment asks for it; either way no ordering or matching question is shown
  // already solved (lib/attempts/option-order.ts).
  const rows = await db.question.findMany({ where: { id: { in: input.questionIds } } });
  const shapes = rows.map((row) => {
    const q = loadQuestion(row);
    return { id: row.id, type: q.type, optionCount: "options" in q ? q.options.length : 0, answer: q.answer };
  });
  const orders = input.shuffleOptions ? makeOptionOrders(shapes, input.seed) : unsolvedOrders(shapes, input.seed);

  try {
    const created = await db.attempt.create({
      data: {
        userId: input.userId,
        activeKey: input.activeKey,
        articleId: input.articleId,
        assignmentId: input.assignmentId,
        questionOrder: input.questionIds,
        optionOrder: orders,
        feedbackMode: input.feedbackMode,
        oneAtATime: input.oneAtATime ?? false,
        startedAt,
        deadline,
      },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.attempt.findUniqueOrThrow({ where: { activeKey: input.activeKey }, select: { id: true } });
    return winner.id;
  }
}
