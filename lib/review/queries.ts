import "server-only";
import { withheldFromStudent } from "@/lib/attempts/withheld";
import { db } from "@/lib/db";
import type { PublicQuestion } from "@/lib/question-types";
import { loadPublicQuestion } from "@/lib/questions/store";

// Only approved questions are served. Retired ones leave the queue (a teacher retired them because
// they were wrong or unfair); one moved back to draft waits there until a teacher approves it again,
// like every draft, which no student may see (lib/questions/review.ts).
const SERVED = { status: "approved" } as const;

/**
 * The cards a student may be served: approved questions whose keys the student may see. A card
 * from an assignment whose feedback is not visible to them yet ("after the due date" before it,
 * or one they have not submitted) waits, however due FSRS says it is (lib/attempts/withheld.ts).
 */
async function servable(userId: string, now: Date) {
  const withheld = await withheldFromStudent(userId, now);
  return { userId, question: SERVED, ...(withheld.size ? { questionId: { notIn: [...withheld] } } : {}) };
}

/** Whether the student may be served (and told the key of) this question on the review queue now. */
export async function isServable(userId: string, questionId: string, now = new Date()): Promise<boolean> {
  return !(await withheldFromStudent(userId, now)).has(questionId);
}

/** How many review cards are due now (for the dashboard and the review page). */
export async function countDue(userId: string, now = new Date()): Promise<number> {
  return db.reviewCard.count({ where: { ...(await servable(userId, now)), due: { lte: now } } });
}

export type DueCard = { question: PublicQuestion; articleTitle: string; reps: number; lapses: number; due: number };

/** The most overdue card, without its answer key: the browser gets the key only after answering. */
export async function nextDueCard(userId: string, now = new Date()): Promise<DueCard | null> {
  const card = await db.reviewCard.findFirst({
    where: { ...(await servable(userId, now)), due: { lte: now } },
    orderBy: [{ due: "asc" }, { id: "asc" }],
    select: { reps: true, lapses: true, question: { select: { id: true, bodyJson: true, version: true, article: { select: { title: true } } } } },
  });
  if (!card) return null;
  const due = await countDue(userId, now);
  return { question: loadPublicQuestion(card.question), articleTitle: card.question.article?.title ?? "Imported questions", reps: card.reps, lapses: card.lapses, due };
}

/** When the next servable card comes due, for the "all done" screen. */
export async function nextDueAt(userId: string, now = new Date()): Promise<Date | null> {
  const card = await db.reviewCard.findFirst({
    where: await servable(userId, now),
    orderBy: { due: "asc" },
    select: { due: true },
  });
  return card?.due ?? null;
}
