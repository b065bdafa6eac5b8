import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { db, querySql, sqlDate } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { moduleOf } from "@/lib/question-types";
import { beginLiveJoin, recordLivePinSuccess } from "@/lib/security/rate-limit";
import { checkNickname, TAKEN_MESSAGE } from "./nickname";
import { refused } from "./refusals";
import { acceptsAnswer, phaseOf, transition, type GameStatus, type HostAction } from "./phase";
import { newPin, normalizePin } from "./pin";
import { loadSnapshot, questionsFor, type GameSource, type LiveQuestion } from "./questions";
import { afterLiveGameEnded } from "./after-game";
import { writeAnswer } from "./answer-writer";
import { speedPoints } from "./scoring";

// A live game's rules on the server: create, join, answer, and the host's moves. Everything is in
// the database (LiveGame, LivePlayer, LiveAnswer), so any instance can serve any request and a
// restart loses nothing; lib/live/state.ts turns a game into what clients see, and the routes
// publish it (lib/live/broadcast.ts) after each change.

/** Players a game takes (kicked ones don't count). */
export const LOBBY_CAP = 10_000;
export const QUESTION_SECONDS = [10, 20, 30, 60] as const;
export const DEFAULT_SECONDS = 20;

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
const newToken = (): string => randomBytes(24).toString("base64url");
const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === "P2002";

export type GameRow = NonNullable<Awaited<ReturnType<typeof findGame>>>;

function findGame(id: string) {
  return db.liveGame.findUnique({ where: { id } });
}

// The snapshot never changes after creation: parsed once per instance.
const snapshots = new Map<string, LiveQuestion[]>();
export function questionsOf(game: { id: string; questionsJson: unknown }): LiveQuestion[] {
  let found = snapshots.get(game.id);
  if (!found) {
    found = loadSnapshot(game);
    if (snapshots.size > 500) snapshots.delete(snapshots.keys().next().value!);
    snapshots.set(game.id, found);
  }
  return found;
}

/** Creates a game in its lobby with a fresh PIN; the host is the teacher. */
export async function createGame(user: SessionUser, source: GameSource, seconds: number = DEFAULT_SECONDS): Promise<{ id: string; pin: string }> {
  if (!(QUESTION_SECONDS as readonly number[]).includes(seconds)) throw refused(new ValidationError("Pick a time per question from the list."), "badSeconds");
  const { title, setId, articleId, questions } = await questionsFor(user, source);
  for (let tries = 0; tries < 20; tries++) {
    const pin = newPin();
    try {
      const game = await db.liveGame.create({
        data: { pin, hostId: user.id, setId, articleId, title, questionsJson: questions as object as never, questionSeconds: seconds },
        select: { id: true },
      });
      return { id: game.id, pin };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw refused(new ConflictError("Couldn't find a free game PIN. Please try again."), "noFreePin");
}

/** The game, if `user` hosts it; anyone else's looks missing. */
export async function requireHostedGame(gameId: string, user: Pick<SessionUser, "id">): Promise<GameRow> {
  const game = await findGame(gameId);
  if (!game || game.hostId !== user.id) throw refused(new NotFoundError("We couldn't find that game."), "gameNotFound");
  return game;
}

export async function gameById(gameId: string): Promise<GameRow> {
  const game = await findGame(gameId);
  if (!game) throw refused(new NotFoundError("We couldn't find that game."), "gameNotFound");
  return game;
}

export type Joined = { gameId: string; playerId: string; nickname: string; token: string };

/**
 * Joins the game with this PIN. A signed-in user plays under their display name (and joining
 * again, on another device, takes their place back with a new resume token); anyone else
 * picks a nickname. Throttled per address (lib/security/rate-limit.ts beginLiveJoin).
 */
export async function joinGame(input: { pin: string; nickname: string; userId: string | null; ip: string }): Promise<Joined> {
  await beginLiveJoin(input.ip);
  const pin = normalizePin(input.pin);
  const game = pin ? await db.liveGame.findUnique({ where: { pin }, include: { host: { select: { name: true } } } }) : null;
  if (!game || game.status === "ended") throw refused(new NotFoundError("No game has that PIN. Check the number on the screen."), "noSuchPin");
  await recordLivePinSuccess(input.ip);

  const token = newToken();
  const tokenHash = hashToken(token);
  if (input.userId) {
    const mine = await db.livePlayer.findFirst({ where: { gameId: game.id, userId: input.userId } });
    if (mine) {
      if (mine.kickedAt) throw refused(new ForbiddenError("The host removed you from this game."), "kicked");
      await db.livePlayer.update({ where: { id: mine.id }, data: { tokenHash } });
      return { gameId: game.id, playerId: mine.id, nickname: mine.nickname, token };
    }
  }
  if (game.signedInOnly && !input.userId) {
    throw refused(new ForbiddenError("This game is for signed-in students. Sign in, then join with the PIN."), "signedInOnly");
  }
  if (game.locked) throw refused(new ConflictError("The host has locked this game: no one new can join."), "locked");
  let nickname: string;
  let key: string;
  if (input.userId) {
    const user = await db.user.findUnique({ where: { id: input.userId }, select: { name: true } });
    if (!user) throw new UnauthenticatedError();
    const checked = checkNickname(user.name);
    nickname = user.name;
    key = checked.ok ? checked.key : `user:${input.userId}`;
  } else {
    const checked = checkNickname(input.nickname, { hostName: game.host.name });
    if (!checked.ok) throw refused(new ValidationError(checked.message), checked.code, checked.values);
    ({ nickname, key } = checked);
  }
  const count = await db.livePlayer.count({ where: { gameId: game.id, kickedAt: null } });
  if (count >= LOBBY_CAP) throw refused(new ConflictError("This game is full."), "full");
  try {
    const player = await db.livePlayer.create({ data: { gameId: game.id, nickname, nicknameKey: key, userId: input.userId, tokenHash }, select: { id: true } });
    return { gameId: game.id, playerId: player.id, nickname, token };
  } catch (error) {
    if (isUniqueViolation(error)) throw refused(new ValidationError(TAKEN_MESSAGE), "nicknameTaken");
    throw error;
  }
}

/** The stored hash of a resume token, or null for a missing or malformed one (never looked up). */
function tokenHashOf(token: string | null): string | null {
  return token && token.length <= 100 ? hashToken(token) : null;
}

/** The player this resume token belongs to in this game. */
export async function playerByToken(gameId: string, token: string | null) {
  const tokenHash = tokenHashOf(token);
  if (!tokenHash) throw refused(new UnauthenticatedError("Join the game first."), "joinFirst");
  const player = await db.livePlayer.findUnique({ where: { tokenHash } });
  if (!player || player.gameId !== gameId) throw refused(new UnauthenticatedError("Join the game first."), "joinFirst");
  return player;
}

export type AnswerAck = { ok: true; elapsedMs: number; already: boolean };

// The driver's values (lib/db.ts querySql): dates as ISO text (sqlDate), integers maybe as text.
const answerContextRow = z.object({
  gameId: z.string(),
  status: z.enum(["lobby", "question", "ended"]),
  questionIndex: z.coerce.number().int(),
  openedAt: sqlDate.nullable(),
  closesAt: sqlDate.nullable(),
  pausedAt: sqlDate.nullable(),
  questionSeconds: z.coerce.number().int(),
  playerId: z.string(),
  kickedAt: sqlDate.nullable(),
});

/**
 * The game's clock and the player behind each resume token, for the answers that arrived in one
 * turn of the event loop: one statement for all of them on the driver (an answer's hot path: a
 * room answers at once, and preparing a statement costs more than reading a row: bench:live).
 */
type ContextWaiter = { tokenHash: string; settle: (row: Record<string, unknown> | undefined) => void; fail: (error: unknown) => void };
const contextQueue = new Map<string, ContextWaiter[]>();
let lookupScheduled = false;
const MAX_LOOKUP = 500;

function lookUpAnswerContext(gameId: string, tokenHash: string): Promise<Record<string, unknown> | undefined> {
  return new Promise((settle, fail) => {
    const waiting = contextQueue.get(gameId);
    if (waiting) waiting.push({ tokenHash, settle, fail });
    else contextQueue.set(gameId, [{ tokenHash, settle, fail }]);
    if (!lookupScheduled) {
      lookupScheduled = true;
      setImmediate(lookUpQueued); // after this turn: the answers that arrived together share it
    }
  });
}

function lookUpQueued(): void {
  lookupScheduled = false;
  const games = [...contextQueue];
  contextQueue.clear();
  for (const [gameId, waiters] of games) {
    for (let at = 0; at < waiters.length; at += MAX_LOOKUP) {
      const chunk = waiters.slice(at, at + MAX_LOOKUP);
      const hashes = [...new Set(chunk.map((w) => w.tokenHash))];
      querySql(Prisma.sql`
        SELECT p."tokenHash", g."id" AS "gameId", g."status", g."questionIndex", g."openedAt", g."closesAt", g."pausedAt", g."questionSeconds", p."id" AS "playerId", p."kickedAt"
        FROM "LivePlayer" p JOIN "LiveGame" g ON g."id" = p."gameId"
        WHERE p."tokenHash" IN (${Prisma.join(hashes)})`).then(
        (rows) => {
          // The game is checked here, not in the WHERE: with it there, SQLite reads every player
          // of the game through the (gameId, nickname) index once the list is 20 tokens long,
          // instead of looking each token up (the token is unique on its own).
          const byHash = new Map(rows.filter((row) => row.gameId === gameId).map((row) => [String(row.tokenHash), row]));
          for (const w of chunk) w.settle(byHash.get(w.tokenHash));
        },
        (error: unknown) => chunk.forEach((w) => w.fail(error)),
      );
    }
  }
}

/** The game's clock and the player behind a resume token. Nothing found: the usual lookups say why (no such game, or not this game's player). */
async function answerContext(gameId: string, token: string | null) {
  const tokenHash = tokenHashOf(token);
  if (tokenHash) {
    const row = await lookUpAnswerContext(gameId, tokenHash);
    if (row) {
      const found = answerContextRow.parse(row);
      return { game: { ...found, id: found.gameId }, player: { id: found.playerId, kickedAt: found.kickedAt } };
    }
  }
  const [game, player] = await Promise.all([gameById(gameId), playerByToken(gameId, token)]);
  return { game, player };
}

/** The game's questions: the snapshot this instance parsed already, else read once. */
async function questionsById(gameId: string): Promise<LiveQuestion[]> {
  return snapshots.get(gameId) ?? questionsOf(await gameById(gameId));
}

/**
 * Records a player's answer to the open question. The server's clock decides: an answer that
 * arrives at or after the deadline is refused, and its speed is measured from when the question
 * opened. One answer per player per question (a unique key), so a retried POST counts once:
 * the retry is answered like the first, and nothing is added twice. The answer is stored with
 * the others arriving meanwhile, in one transaction (lib/live/answer-writer.ts), and acknowledged
 * once that has committed.
 */
export async function submitAnswer(input: { gameId: string; token: string | null; questionIndex: number; response: unknown; now?: number }): Promise<AnswerAck> {
  const now = input.now ?? Date.now();
  const { game, player } = await answerContext(input.gameId, input.token);
  if (player.kickedAt) throw refused(new ForbiddenError("The host removed you from this game."), "kicked");
  const verdict = acceptsAnswer(game, input.questionIndex, now);
  if (verdict !== "ok") {
    const earlier = await db.liveAnswer.findUnique({ where: { playerId_questionIndex: { playerId: player.id, questionIndex: input.questionIndex } }, select: { elapsedMs: true } });
    if (earlier) return { ok: true, elapsedMs: earlier.elapsedMs, already: true };
    if (verdict === "paused") throw refused(new ConflictError("The host has paused the game. Answer when it goes on."), "paused");
    throw verdict === "closed" ? refused(new ConflictError("Time's up: this question has closed."), "closed") : refused(new ConflictError("That question isn't the one on screen any more."), "moved");
  }
  const item = (await questionsById(game.id))[game.questionIndex];
  if (!item) throw refused(new ConflictError("That question isn't the one on screen any more."), "moved");
  const q = item.question;
  const mod = moduleOf(q.type);
  let parsed;
  try {
    parsed = mod.parse(q, input.response);
  } catch {
    throw new ValidationError(mod.parseFallback);
  }
  if (!parsed.ok) throw new ValidationError(parsed.message);
  const graded = mod.grade(q, parsed.response);
  const elapsedMs = Math.max(0, now - (game.openedAt?.getTime() ?? now));
  const points = speedPoints(graded.score, elapsedMs, game.questionSeconds * 1000);
  const inserted = await writeAnswer({
    id: randomUUID(),
    gameId: game.id,
    playerId: player.id,
    questionIndex: game.questionIndex,
    responseJson: JSON.stringify(parsed.response),
    fraction: graded.score,
    correct: graded.correct,
    points,
    elapsedMs,
    createdAt: new Date(now),
  });
  if (!inserted) {
    const earlier = await db.liveAnswer.findUnique({ where: { playerId_questionIndex: { playerId: player.id, questionIndex: game.questionIndex } }, select: { elapsedMs: true } });
    return { ok: true, elapsedMs: earlier?.elapsedMs ?? elapsedMs, already: true };
  }
  return { ok: true, elapsedMs, already: false };
}

/**
 * A host's move (lib/live/phase.ts says which are allowed when). Each change bumps the game's
 * version, and only applies if the version is still the one read: two clicks (or two hosts'
 * tabs) can't both advance.
 */
export async function hostAction(gameId: string, user: Pick<SessionUser, "id">, action: HostAction, playerId?: string, nowMs?: number): Promise<GameRow> {
  const game = await requireHostedGame(gameId, user);
  const now = nowMs ?? Date.now();
  const phase = phaseOf(game, now);
  const questionCount = questionsOf(game).length;
  const playerCount = action === "start" ? await db.livePlayer.count({ where: { gameId, kickedAt: null } }) : 0;
  const move = transition(action, phase, { questionIndex: game.questionIndex, questionCount, playerCount });
  if (!move.ok) throw refused(new ConflictError(move.message), move.code);

  const where = { id: game.id, version: game.version };
  const bump = { version: { increment: 1 } };
  let data: Parameters<typeof db.liveGame.update>[0]["data"];
  if (move.to === "open-next") {
    const index = game.questionIndex + 1;
    data = { ...bump, status: "question" satisfies GameStatus, questionIndex: index, openedAt: new Date(now), closesAt: new Date(now + game.questionSeconds * 1000), pausedAt: null };
  } else if (move.to === "close") {
    data = { ...bump, closesAt: new Date(now), pausedAt: null };
  } else if (move.to === "pause") {
    data = { ...bump, pausedAt: new Date(now) };
  } else if (move.to === "resume") {
    // The pause doesn't count: the question opened that much later, and closes that much later.
    const paused = now - game.pausedAt!.getTime();
    data = { ...bump, pausedAt: null, openedAt: new Date(game.openedAt!.getTime() + paused), closesAt: new Date(game.closesAt!.getTime() + paused) };
  } else if (move.to === "end") {
    data = { ...bump, status: "ended" satisfies GameStatus, pin: null, endedAt: new Date(now), closesAt: game.closesAt && game.closesAt.getTime() > now ? new Date(now) : game.closesAt, pausedAt: null };
  } else if (action === "lock" || action === "unlock") {
    data = { ...bump, locked: action === "lock" };
  } else if (action === "sign-in-only" || action === "open-to-all") {
    data = { ...bump, signedInOnly: action === "sign-in-only" };
  } else {
    // kick
    if (!playerId) throw refused(new ValidationError("Pick a player to remove."), "pickPlayer");
    const kicked = await db.livePlayer.updateMany({ where: { id: playerId, gameId, kickedAt: null }, data: { kickedAt: new Date(now) } });
    if (kicked.count === 0) throw refused(new NotFoundError("That player isn't in the game."), "noSuchPlayer");
    data = bump;
  }
  const changed = await db.liveGame.updateMany({ where, data: data as never });
  if (changed.count === 0) throw refused(new ConflictError("The game changed meanwhile. Try again."), "changed");
  // After the end is recorded (once: the version check above), not in its transaction: a crash
  // between the two loses the signed-in players' points and review cards, never doubles them.
  if (move.to === "end") await afterLiveGameEnded(game.id, questionsOf(game), new Date(now));
  if (move.to === "open-next" && game.questionIndex >= 0) {
    // A streak is correct answers in a row: missing the last question ends it too.
    await db.livePlayer.updateMany({
      where: { gameId, streak: { gt: 0 }, answers: { none: { questionIndex: game.questionIndex, correct: true } } },
      data: { streak: 0 },
    });
  }
  return gameById(gameId);
}
