import "server-only";
import { db } from "@/lib/db";
import { safeTimeZone } from "@/lib/time/zones";
import { storedJson } from "./questions";
import { liveResults, type LiveResults } from "./results";
import { questionsOf, requireHostedGame } from "./store";

// The database side of a live game's results (lib/live/results.ts computes them): only the host
// reads them, and a game someone else hosts looks missing.

export type LiveGameResults = {
  /** The host's own time zone, for the dates shown. */
  timeZone: string;
  game: { id: string; title: string; status: "lobby" | "question" | "ended"; createdAt: Date; endedAt: Date | null; questionCount: number };
  results: LiveResults;
};

export async function getLiveResults(gameId: string, user: { id: string }): Promise<LiveGameResults> {
  const game = await requireHostedGame(gameId, user);
  const [timeZone, players, answers] = await Promise.all([
    hostTimeZone(user.id),
    db.livePlayer.findMany({ where: { gameId, kickedAt: null }, select: { id: true, nickname: true, userId: true, score: true, correctCount: true, joinedAt: true } }),
    db.liveAnswer.findMany({
      where: { gameId, player: { kickedAt: null } },
      select: { playerId: true, questionIndex: true, responseJson: true, fraction: true, correct: true, points: true, elapsedMs: true },
    }),
  ]);
  const items = questionsOf(game);
  const results = liveResults(
    items,
    game.questionIndex,
    players.map(({ userId, ...p }) => ({ ...p, signedIn: userId !== null })),
    // An unreadable stored answer reads as no answer.
    answers.map(({ responseJson, ...a }) => ({ ...a, response: storedJson(responseJson) })),
  );
  return {
    timeZone,
    game: { id: game.id, title: game.title, status: game.status, createdAt: game.createdAt, endedAt: game.endedAt, questionCount: items.length },
    results,
  };
}

/** The host's own time zone, for the dates shown. */
async function hostTimeZone(userId: string): Promise<string> {
  const host = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return safeTimeZone(host?.timeZone);
}

export type HostedGame = { id: string; title: string; status: "lobby" | "question" | "ended"; createdAt: Date; endedAt: Date | null; players: number };

/** The teacher's games, newest first (the last 50), and the teacher's time zone for their dates. */
export async function hostedGames(user: { id: string }, take = 50): Promise<{ timeZone: string; games: HostedGame[] }> {
  const [timeZone, games] = await Promise.all([
    hostTimeZone(user.id),
    db.liveGame.findMany({
      where: { hostId: user.id },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, title: true, status: true, createdAt: true, endedAt: true, _count: { select: { players: { where: { kickedAt: null } } } } },
    }),
  ]);
  return { timeZone, games: games.map(({ _count, ...g }) => ({ ...g, players: _count.players })) };
}
