import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { sqlDate, type SqlTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pointsForAttempt } from "@/lib/leaderboard/points";
import { scheduleReview, type CardState } from "@/lib/review/schedule";
import { isoWeekOf } from "@/lib/time/zones";

export type GradedAttempt = {
  attemptId: string;
  userId: string;
  /** The class whose assignment this was, if any. */
  classId: string | null;
  score: number;
  awardedAt: Date;
  answered: { questionId: string; score: number; correct: boolean }[];
};

/**
 * Everything that follows from a grade, in the grading transaction so it happens exactly once:
 * the points ledger entry, the user's all-time total and their UTC-week total (WeeklyPoints, read
 * by the weekly global board) move together, and every answered
 * question goes onto the student's review queue, scheduled by that answer.
 * Plain statements in the grading transaction (lib/attempts/close.ts says why): five, whatever
 * the number of answers.
 */
export async function afterAttemptGraded(tx: SqlTransaction, graded: GradedAttempt): Promise<void> {
  const { attemptId, userId, classId, awardedAt } = graded;
  const points = pointsForAttempt({ score: graded.score, isAssignment: classId !== null });
  // PointsEntry.attemptId is unique: a second ledger entry for one attempt fails the transaction.
  await tx.execute(Prisma.sql`
    INSERT INTO "PointsEntry" ("id", "attemptId", "userId", "classId", "points", "awardedAt")
    VALUES (${randomUUID()}, ${attemptId}, ${userId}, ${classId}, ${points}, ${awardedAt})`);
  await scheduleAnswers(tx, userId, graded.answered, awardedAt);
  // Last: on PostgreSQL the User update's triggers lock the rank counts' rows (BoardCount), which
  // every student grading from the same total shares, until the commit; the review cards first
  // keep that hold short.
  await addPoints(tx, userId, points, awardedAt);
}

/**
 * Moves the user's all-time total and their UTC-week total (WeeklyPoints, read by the weekly
 * global board) by `points`, after the caller wrote the ledger entry that earned them.
 */
export async function addPoints(tx: SqlTransaction, userId: string, points: number, awardedAt: Date): Promise<void> {
  await tx.execute(Prisma.sql`UPDATE "User" SET "points" = "points" + ${points} WHERE "id" = ${userId}`);
  const weekStart = isoWeekOf(awardedAt, "UTC").start;
  await tx.execute(Prisma.sql`
    INSERT INTO "WeeklyPoints" ("weekStart", "userId", "points") VALUES (${weekStart}, ${userId}, ${points})
    ON CONFLICT ("weekStart", "userId") DO UPDATE SET "points" = "WeeklyPoints"."points" + excluded."points"`);
}

// The driver's values: integers come back as text, dates as ISO text (sqlDate).
const cardRow = z.object({
  questionId: z.string(),
  due: sqlDate,
  stability: z.coerce.number(),
  difficulty: z.coerce.number(),
  elapsedDays: z.coerce.number().int(),
  scheduledDays: z.coerce.number().int(),
  learningSteps: z.coerce.number().int(),
  reps: z.coerce.number().int(),
  lapses: z.coerce.number().int(),
  state: z.coerce.number().int(),
  lastReview: sqlDate.nullable(),
});

/**
 * Puts every answered question on the student's review queue, scheduled by that answer (the
 * rules are lib/review/schedule.ts's): a new card for a question met for the first time, the
 * card moved on for one seen before. One read and one upsert for all of them.
 */
export async function scheduleAnswers(tx: SqlTransaction, userId: string, answered: GradedAttempt["answered"], now: Date): Promise<void> {
  if (answered.length === 0) return;
  const ids = Prisma.join(answered.map((a) => a.questionId));
  const rows = await tx.query(Prisma.sql`
    SELECT "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"
    FROM "ReviewCard" WHERE "userId" = ${userId} AND "questionId" IN (${ids})`);
  const known = new Map<string, CardState>(rows.map((found) => {
    const { questionId, ...card } = cardRow.parse(found);
    return [questionId, card];
  }));
  const createdAt = new Date();
  const values = answered.map((answer) => {
    const c = scheduleReview(known.get(answer.questionId) ?? null, answer, now);
    return Prisma.sql`(${randomUUID()}, ${userId}, ${answer.questionId}, ${c.due}, ${c.stability}, ${c.difficulty}, ${c.elapsedDays}, ${c.scheduledDays},
      ${c.learningSteps}, ${c.reps}, ${c.lapses}, ${c.state}, ${c.lastReview}, ${createdAt})`;
  });
  await tx.execute(Prisma.sql`
    INSERT INTO "ReviewCard" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
      "learningSteps", "reps", "lapses", "state", "lastReview", "createdAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "due" = excluded."due", "stability" = excluded."stability", "difficulty" = excluded."difficulty",
      "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps",
      "reps" = excluded."reps", "lapses" = excluded."lapses", "state" = excluded."state", "lastReview" = excluded."lastReview"`);
}
