import "server-only";
import { db } from "@/lib/db";
import type { PublicQuestion } from "@/lib/generation/question-schema";
import { loadPublicQuestion } from "@/lib/questions/store";

// Only approved questions are served. Retired ones leave the queue (a teacher retired them because
// they were wrong or unfair); one moved back to draft waits there until a teacher approves it again,
// like every draft, which no student may see (lib/questions/review.ts).
const SERVED = { status: "approved" } as const;
const reviewable = (userId: string, now: Date) => ({ userId, due: { lte: now }, question: SERVED });

/** How many review cards are due now (for the dashboard and the review page). */
export async function countDue(userId: string, now = new Date()): Promise<number> {
  return db.reviewCard.count({ where: reviewable(userId, now) });
}

export type DueCard = { question: PublicQuestion; articleTitle: string; reps: number; lapses: number; due: number };

/** The most overdue card, without its answer key: the browser gets the key only after answering. */
export async function nextDueCard(userId: string, now = new Date()): Promise<DueCard | null> {
  const card = await db.reviewCard.findFirst({
    where: reviewable(userId, now),
    orderBy: [{ due: "asc" }, { id: "asc" }],
    select: { reps: true, lapses: true, question: { select: { id: true, bodyJson: true, version: true, article: { select: { title: true } } } } },
  });
  if (!card) return null;
  const due = await countDue(userId, now);
  return { question: loadPublicQuestion(card.question), articleTitle: card.question.article.title, reps: card.reps, lapses: card.lapses, due };
}

/** When the next card comes due, for the "all done" screen. */
export async function nextDueAt(userId: string): Promise<Date | null> {
  const card = await db.reviewCard.findFirst({
    where: { userId, question: SERVED },
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return card?.due ?? null;
}
