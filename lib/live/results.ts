// A live game's results for its host, from plain rows so every figure is unit-tested without a
// database: the players ranked by points with each one's marks (the answer grid), the question
// analysis the assignment results use (lib/results/aggregate.ts), and the long CSV — one row per
// player per question played.
import { formatAnswer } from "@/lib/attempts/format-answer";
import { analyseQuestions, type QuestionStats } from "@/lib/results/aggregate";
import { markOf, MARK_LABELS, NO_ANSWER, type Grid, type Mark } from "@/lib/results/answers";
import { csvFileName, toCsv } from "@/lib/results/csv";
import type { LiveQuestion } from "./questions";
import { rankAll } from "./scoring";

export type ResultPlayer = { id: string; nickname: string; signedIn: boolean; score: number; correctCount: number; joinedAt: Date };
export type ResultAnswer = { playerId: string; questionIndex: number; response: unknown; fraction: number; correct: boolean; points: number; elapsedMs: number };

export type PlayerAnswer = { mark: Mark; given: string; fraction: number; points: number; elapsedMs: number | null };
export type PlayerResult = Omit<ResultPlayer, "joinedAt"> & { rank: number; answers: PlayerAnswer[] };

export type LiveResults = {
  /** The questions that were put on screen, in order (a game ended early played fewer). */
  played: LiveQuestion[];
  /** Everyone not removed by the host, highest score first; ties share a rank, earlier joiner first. */
  players: PlayerResult[];
  questions: QuestionStats[];
  grid: Grid;
};

/**
 * `questionIndex`: the last question put on screen (-1 if the game never started). Removed players
 * are left out by the caller. A question's "shown" count is every player in the results: a player
 * who didn't answer it counts as wrong, as a blank does in an assignment.
 */
export function liveResults(items: readonly LiveQuestion[], questionIndex: number, players: readonly ResultPlayer[], answers: readonly ResultAnswer[]): LiveResults {
  const played = items.slice(0, Math.max(0, questionIndex + 1));
  const byPlayer = new Map<string, Map<number, ResultAnswer>>();
  for (const a of answers) {
    if (a.questionIndex < 0 || a.questionIndex >= played.length) continue;
    let mine = byPlayer.get(a.playerId);
    if (!mine) byPlayer.set(a.playerId, (mine = new Map()));
    mine.set(a.questionIndex, a);
  }
  const ordered = [...players].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.id.localeCompare(b.id));
  const ranked: PlayerResult[] = rankAll(ordered).map(({ joinedAt: _joinedAt, ...p }) => ({
    ...p,
    answers: played.map(({ question }, i): PlayerAnswer => {
      const a = byPlayer.get(p.id)?.get(i);
      if (!a) return { mark: "unanswered", given: NO_ANSWER, fraction: 0, points: 0, elapsedMs: null };
      return { mark: markOf(true, a.fraction, a.correct), given: formatAnswer(question, a.response), fraction: a.fraction, points: a.points, elapsedMs: a.elapsedMs };
    }),
  }));

  // The assignment analysis keys answers by question id; a position key keeps a question that
  // appears twice in a game as two questions.
  const keyed = played.map(({ question }, i) => ({ ...question, id: `${i}` }));
  const inPlay = new Set(players.map((p) => p.id));
  const responses = answers
    .filter((a) => inPlay.has(a.playerId) && a.questionIndex >= 0 && a.questionIndex < played.length)
    .map((a) => ({ questionId: `${a.questionIndex}`, answer: a.response, score: a.fraction, correct: a.correct, timeMs: a.elapsedMs, asAnswered: keyed[a.questionIndex]! }));
  const questions = analyseQuestions(
    keyed.map((question, i) => ({ question, articleSlug: played[i]!.article?.slug ?? null, shown: players.length })),
    responses,
  );

  const grid: Grid = {
    columns: played.map(({ question }, i) => ({ questionId: `${i}`, label: `Q${i + 1}`, prompt: question.prompt })),
    rows: ranked.map((p) => ({
      studentId: p.id,
      name: p.nickname,
      status: "submitted",
      attemptId: p.id,
      score: p.answers.reduce((sum, a) => sum + a.fraction, 0),
      maxScore: played.length,
      cells: p.answers.map((a, i) => ({ questionId: `${i}`, mark: a.mark, score: a.fraction })),
    })),
  };
  return { played, players: ranked, questions, grid };
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/**
 * A live answer's time, "2.4 s": answers come in seconds, so minutes would read "0:02". `say`
 * writes the number with its unit in the page's language ("2.4초"), `locale` (an Intl locale) the number.
 */
export function formatSeconds(ms: number | null, say: (n: string) => string = (n) => `${n} s`, locale = "en"): string | null {
  return ms === null || !Number.isFinite(ms) ? null : say(seconds(ms)!.toLocaleString(locale));
}

/** Every answer, one row per player per question played (blank ones too), for a spreadsheet. */
export function liveAnswersCsv(title: string, results: LiveResults): { body: string; fileName: string } {
  const header = ["Rank", "Player", "Signed in", "Game points", "Question", "Prompt", "Answer given", "Correct answer", "Result", "Credit", "Points", "Seconds to answer", "Source sentence"];
  const rows = results.players.flatMap((p) =>
    p.answers.map((a, i) => {
      const q = results.played[i]!.question;
      return [p.rank, p.nickname, p.signedIn, p.score, i + 1, q.prompt, a.mark === "unanswered" ? "" : a.given, q.answerText, MARK_LABELS[a.mark], a.fraction, a.points, seconds(a.elapsedMs), q.source.sentence];
    }),
  );
  return { body: toCsv(header, rows), fileName: csvFileName("live", title, "answers") };
}
