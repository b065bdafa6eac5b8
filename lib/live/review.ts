import "server-only";
import { scheduleAnswers } from "@/lib/attempts/after-grade";
import { db, sqlTransaction } from "@/lib/db";
import type { LiveQuestion } from "./questions";

/**
 * When a game ends, each signed-in player's answers go onto their review queue, scheduled by how
 * they did, as an assignment's answers do (lib/attempts/after-grade.ts): a question they missed
 * comes back soon. Players without an account, removed players and questions since deleted from
 * the bank are left out; a question played twice counts by its last answer. Called once per game,
 * by the host action that ended it (the version check lets only one end it).
 */
export async function scheduleLiveReviews(gameId: string, items: readonly LiveQuestion[], now: Date): Promise<number> {
  const answers = await db.liveAnswer.findMany({
    where: { gameId, player: { userId: { not: null }, kickedAt: null } },
    orderBy: { questionIndex: "asc" },
    select: { questionIndex: true, fraction: true, correct: true, player: { select: { userId: true } } },
  });
  const ids = [...new Set(items.map((item) => item.question.id))];
  const existing = new Set((await db.question.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((q) => q.id));
  const byUser = new Map<string, Map<string, { questionId: string; score: number; correct: boolean }>>();
  for (const a of answers) {
    const questionId = items[a.questionIndex]?.question.id;
    const userId = a.player.userId;
    if (!userId || !questionId || !existing.has(questionId)) continue;
    let mine = byUser.get(userId);
    if (!mine) byUser.set(userId, (mine = new Map()));
    mine.set(questionId, { questionId, score: a.fraction, correct: a.correct });
  }
  for (const [userId, answered] of byUser) {
    await sqlTransaction((tx) => scheduleAnswers(tx, userId, [...answered.values()], now));
  }
  return byUser.size;
}
