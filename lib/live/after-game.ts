import "server-only";
import { randomUUID } from "node:crypto";
import { addPoints, scheduleAnswers } from "@/lib/attempts/after-grade";
import { db, sqlTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { pointsForAttempt } from "@/lib/leaderboard/points";
import type { LiveQuestion } from "./questions";

/**
 * When a game ends, each signed-in player gets what an assignment's answers give, in one
 * transaction per player:
 * - leaderboard points by the quiz rule (lib/leaderboard/points.ts: 10 for each right answer,
 *   partial credit its share; no hand-in bonus), not the game's speed points, so a game and a
 *   practice quiz count alike: a ledger entry (LivePointsEntry, one per game and player) and the
 *   user's all-time and weekly totals;
 * - their answers onto their review queue, scheduled by how they did (a miss comes back soon).
 * Players without an account and removed players are left out; answers to questions since
 * deleted from the bank earn points but make no review card; a question played twice is
 * reviewed by its last answer. Called by the host action that ended the game (its version check
 * lets only one end it), and the ledger's unique key makes a second call add nothing.
 */
export async function afterLiveGameEnded(gameId: string, items: readonly LiveQuestion[], now: Date): Promise<number> {
  const answers = await db.liveAnswer.findMany({
    where: { gameId, player: { userId: { not: null }, kickedAt: null } },
    orderBy: { questionIndex: "asc" },
    select: { questionIndex: true, fraction: true, correct: true, player: { select: { userId: true } } },
  });
  const ids = [...new Set(items.map((item) => item.question.id))];
  const existing = new Set((await db.question.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((q) => q.id));
  const byUser = new Map<string, { score: number; cards: Map<string, { questionId: string; score: number; correct: boolean }> }>();
  for (const a of answers) {
    const userId = a.player.userId;
    if (!userId) continue;
    let mine = byUser.get(userId);
    if (!mine) byUser.set(userId, (mine = { score: 0, cards: new Map() }));
    mine.score += a.fraction;
    const questionId = items[a.questionIndex]?.question.id;
    if (questionId && existing.has(questionId)) mine.cards.set(questionId, { questionId, score: a.fraction, correct: a.correct });
  }
  for (const [userId, { score, cards }] of byUser) {
    const points = pointsForAttempt({ score, isAssignment: false });
    await sqlTransaction(async (tx) => {
      const added = await tx.execute(Prisma.sql`
        INSERT INTO "LivePointsEntry" ("id", "gameId", "userId", "points", "awardedAt")
        VALUES (${randomUUID()}, ${gameId}, ${userId}, ${points}, ${now})
        ON CONFLICT ("gameId", "userId") DO NOTHING`);
      if (added === 0) return; // this game's points and cards are in already
      await scheduleAnswers(tx, userId, [...cards.values()], now);
      await addPoints(tx, userId, points, now); // last, as in afterAttemptGraded: the rank counts stay locked until the commit
    });
  }
  return byUser.size;
}
