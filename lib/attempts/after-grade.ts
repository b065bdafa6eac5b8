import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pointsForAttempt } from "@/lib/leaderboard/points";
import { scheduleAnswers } from "@/lib/review/store";
import { isoWeekOf } from "@/lib/time/zones";

type Tx = Prisma.TransactionClient;

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
 */
export async function afterAttemptGraded(tx: Tx, graded: GradedAttempt): Promise<void> {
  const points = pointsForAttempt({ score: graded.score, isAssignment: graded.classId !== null });
  await tx.pointsEntry.create({
    data: { attemptId: graded.attemptId, userId: graded.userId, classId: graded.classId, points, awardedAt: graded.awardedAt },
  });
  await tx.user.update({ where: { id: graded.userId }, data: { points: { increment: points } } });
  const weekStart = isoWeekOf(graded.awardedAt, "UTC").start;
  await tx.weeklyPoints.upsert({
    where: { weekStart_userId: { weekStart, userId: graded.userId } },
    create: { weekStart, userId: graded.userId, points },
    update: { points: { increment: points } },
  });
  await scheduleAnswers(tx, graded.userId, graded.answered, graded.awardedAt);
}
