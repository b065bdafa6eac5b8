import "server-only";
import { db } from "@/lib/db";
import { moduleOf, toPublicQuestion, type PublicQuestion } from "@/lib/question-types";
import { phaseOf, remainingMs, type Phase } from "./phase";
import { rankAll, rankFromAbove } from "./scoring";
import { questionsOf, type GameRow } from "./store";

// What clients see of a game. The public state goes to everyone (players, presenter, the
// stream) and carries no answer key while a question is open: `question` is the key-free public
// form (lib/question-types toPublicQuestion), and `reveal` — the answer, the source sentence,
// the answer distribution and the top 5 — exists only once the question has closed.

export type Distribution = { labels: string[]; counts: number[]; correct: boolean[] };
export type TopPlayer = { nickname: string; score: number; rank: number };

export type PublicState = {
  gameId: string;
  /** The game's version; `seq` orders states (a version's reveal comes after its question). */
  version: number;
  seq: number;
  title: string;
  phase: Phase;
  pin: string | null;
  locked: boolean;
  /** Only signed-in students may join. */
  signedInOnly: boolean;
  playerCount: number;
  /** Lobby: the newest nicknames (at most LOBBY_NAMES), for the projector. */
  players: string[];
  questionIndex: number;
  questionCount: number;
  seconds: number;
  question: PublicQuestion | null;
  /** Milliseconds left when this state was built (the client counts down from when it arrives); frozen while paused. */
  remainingMs: number;
  reveal: {
    answer: string;
    explanation: string;
    sentence: string;
    sourceHref: string | null;
    articleTitle: string | null;
    answered: number;
    right: number;
    distribution: Distribution | null;
  } | null;
  /** After a question closes and at the end: the leaders (ties share a rank). */
  top: TopPlayer[];
};

export const LOBBY_NAMES = 60;
const TOP = 5;

// The reveal of a version is fixed once the question has closed: built once per instance.
const reveals = new Map<string, { reveal: NonNullable<PublicState["reveal"]>; top: TopPlayer[] }>();

export async function publicState(game: GameRow, now = Date.now()): Promise<PublicState> {
  const phase = phaseOf(game, now);
  const items = questionsOf(game);
  const item = game.questionIndex >= 0 ? items[game.questionIndex] : undefined;
  const [playerCount, names] = await Promise.all([
    db.livePlayer.count({ where: { gameId: game.id, kickedAt: null } }),
    phase === "lobby"
      ? db.livePlayer.findMany({ where: { gameId: game.id, kickedAt: null }, orderBy: { joinedAt: "desc" }, take: LOBBY_NAMES, select: { nickname: true } })
      : Promise.resolve([]),
  ]);
  let reveal: PublicState["reveal"] = null;
  let top: TopPlayer[] = [];
  if ((phase === "reveal" || phase === "ended") && item) {
    const key = `${game.id}:${game.version}:${phase}`;
    let built = reveals.get(key);
    if (!built) {
      built = await buildReveal(game, item);
      if (reveals.size > 1000) reveals.delete(reveals.keys().next().value!);
      reveals.set(key, built);
    }
    ({ reveal, top } = built);
    if (phase === "ended") reveal = null;
  } else if (phase === "ended") {
    top = await topPlayers(game.id);
  }
  return {
    gameId: game.id,
    version: game.version,
    seq: game.version * 2 + (phase === "reveal" ? 1 : 0),
    title: game.title,
    phase,
    pin: phase === "ended" ? null : game.pin,
    locked: game.locked,
    signedInOnly: game.signedInOnly,
    playerCount,
    players: names.map((n) => n.nickname),
    questionIndex: game.questionIndex,
    questionCount: items.length,
    seconds: game.questionSeconds,
    question: item && (phase === "question" || phase === "paused" || phase === "reveal") ? toPublicQuestion(item.question) : null,
    remainingMs: remainingMs(game, now),
    reveal,
    top,
  };
}

async function topPlayers(gameId: string, take = TOP): Promise<TopPlayer[]> {
  const rows = await db.livePlayer.findMany({
    where: { gameId, kickedAt: null },
    orderBy: [{ score: "desc" }, { joinedAt: "asc" }],
    take,
    select: { nickname: true, score: true },
  });
  // Everyone scoring more than a listed player is listed before them: ranks within the list are the game's.
  return rankAll(rows);
}

async function buildReveal(game: GameRow, item: ReturnType<typeof questionsOf>[number]) {
  const q = item.question;
  const mod = moduleOf(q.type);
  const answers = await db.liveAnswer.findMany({ where: { gameId: game.id, questionIndex: game.questionIndex }, select: { responseJson: true, correct: true } });
  let distribution: Distribution | null = null;
  if (mod.tally) {
    const { labels, correct } = mod.tally.labels(q);
    const counts = labels.map(() => 0);
    for (const a of answers) {
      for (const picked of mod.tally.picked(q, asRecord(a.responseJson))) {
        const i = labels.indexOf(picked);
        if (i >= 0) counts[i]! += 1;
      }
    }
    distribution = { labels, counts, correct };
  }
  const right = answers.filter((a) => a.correct).length;
  const answer = mod.formatAnswer(q, mod.correctResponse(q) as Record<string, unknown>) ?? q.answerText;
  return {
    reveal: {
      answer,
      explanation: q.explanation,
      sentence: q.source.sentence,
      sourceHref: item.article ? `/articles/${item.article.slug}?s=${q.source.start}-${q.source.end}#source` : null,
      articleTitle: item.article?.title ?? null,
      answered: answers.length,
      right,
      distribution,
    },
    top: await topPlayers(game.id),
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  const parsed = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

export type PlayerView = {
  playerId: string;
  nickname: string;
  score: number;
  rank: number;
  streak: number;
  correctCount: number;
  kicked: boolean;
  /** The current question: whether this player answered it, and once it closed how it went. */
  current: { questionIndex: number; answered: boolean; result: { correct: boolean; fraction: number; points: number; given: string | null } | null } | null;
  /** At the end: each question with the player's result. */
  summary: { prompt: string; answer: string; given: string | null; correct: boolean; points: number }[] | null;
};

/** One player's own view: score, rank, and (after a question closes) how their answer did. */
export async function playerView(game: GameRow, player: { id: string; nickname: string; score: number; streak: number; correctCount: number; kickedAt: Date | null }, now = Date.now()): Promise<PlayerView> {
  const phase = phaseOf(game, now);
  const items = questionsOf(game);
  const above = await db.livePlayer.count({ where: { gameId: game.id, kickedAt: null, score: { gt: player.score } } });
  let current: PlayerView["current"] = null;
  let summary: PlayerView["summary"] = null;
  if (phase === "question" || phase === "paused" || phase === "reveal") {
    const a = await db.liveAnswer.findUnique({ where: { playerId_questionIndex: { playerId: player.id, questionIndex: game.questionIndex } } });
    const item = items[game.questionIndex];
    current = {
      questionIndex: game.questionIndex,
      answered: a !== null,
      result:
        phase === "reveal" && item
          ? { correct: a?.correct ?? false, fraction: a?.fraction ?? 0, points: a?.points ?? 0, given: a ? moduleOf(item.question.type).formatAnswer(item.question, asRecord(a.responseJson)) : null }
          : null,
    };
  } else if (phase === "ended") {
    const answers = await db.liveAnswer.findMany({ where: { playerId: player.id } });
    const byIndex = new Map(answers.map((a) => [a.questionIndex, a]));
    summary = items.slice(0, game.questionIndex + 1).map((item, i) => {
      const q = item.question;
      const mod = moduleOf(q.type);
      const a = byIndex.get(i);
      return {
        prompt: q.prompt,
        answer: mod.formatAnswer(q, mod.correctResponse(q) as Record<string, unknown>) ?? q.answerText,
        given: a ? mod.formatAnswer(q, asRecord(a.responseJson)) : null,
        correct: a?.correct ?? false,
        points: a?.points ?? 0,
      };
    });
  }
  return {
    playerId: player.id,
    nickname: player.nickname,
    score: player.score,
    rank: rankFromAbove(above),
    streak: player.streak,
    correctCount: player.correctCount,
    kicked: player.kickedAt !== null,
    current,
    summary,
  };
}

export type HostView = {
  players: { id: string; nickname: string; score: number; signedIn: boolean }[];
  answered: number;
};

/** What only the host sees: every player (to kick one) and how many answered the open question. */
export async function hostView(game: GameRow): Promise<HostView> {
  const [players, answered] = await Promise.all([
    db.livePlayer.findMany({ where: { gameId: game.id, kickedAt: null }, orderBy: { joinedAt: "asc" }, take: 500, select: { id: true, nickname: true, score: true, userId: true } }),
    game.questionIndex >= 0 ? db.liveAnswer.count({ where: { gameId: game.id, questionIndex: game.questionIndex } }) : Promise.resolve(0),
  ]);
  return { players: players.map((p) => ({ id: p.id, nickname: p.nickname, score: p.score, signedIn: p.userId !== null })), answered };
}
