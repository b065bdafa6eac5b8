import { describe, expect, it } from "vitest";
import { multipleSelect, numericPercent, singleChoice } from "@/lib/grading/test-fixtures";
import { parseCsv } from "@/lib/results/csv";
import type { LiveQuestion } from "./questions";
import { formatSeconds, liveAnswersCsv, liveResults, type ResultAnswer, type ResultPlayer } from "./results";

const article = { slug: "trade-talks", title: "Trade talks" };
const items: LiveQuestion[] = [
  { question: singleChoice, article },
  { question: multipleSelect, article: null },
  { question: numericPercent, article },
];
const joined = (s: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, s));
const player = (id: string, nickname: string, score: number, s: number, signedIn = false): ResultPlayer => ({ id, nickname, signedIn, score, correctCount: 0, joinedAt: joined(s) });
const answer = (playerId: string, questionIndex: number, response: unknown, fraction: number, points: number, elapsedMs = 2000): ResultAnswer => ({
  playerId,
  questionIndex,
  response,
  fraction,
  correct: fraction === 1,
  points,
  elapsedMs,
});

const players = [player("p-cy", "Cy", 950, 3), player("p-ana", "Ana", 1900, 1, true), player("p-bo", "Bo", 950, 2)];
const answers = [
  answer("p-ana", 0, { choice: 1 }, 1, 1000, 400),
  answer("p-ana", 1, { choices: [0, 2, 3] }, 1, 900),
  answer("p-bo", 0, { choice: 1 }, 1, 950),
  answer("p-bo", 1, { choices: [0, 2] }, 2 / 3, 0),
  answer("p-cy", 1, { choices: [0, 2, 3] }, 1, 950),
  // Past the last question played: ignored (the game ended after question 2).
  answer("p-cy", 2, { value: "62.4" }, 1, 1000),
  // A removed player's answer: the caller leaves the player out, and their answers don't count.
  answer("p-gone", 0, { choice: 0 }, 0, 0),
];

describe("a live game's results", () => {
  const r = liveResults(items, 1, players, answers);

  it("count only the questions put on screen", () => {
    expect(r.played).toHaveLength(2);
    expect(r.grid.columns.map((c) => c.label)).toEqual(["Q1", "Q2"]);
    expect(liveResults(items, -1, players, answers).played).toEqual([]);
    expect(liveResults(items, 9, players, answers).played).toHaveLength(3);
  });

  it("rank players by points; a tie shares the rank and lists the earlier joiner first", () => {
    expect(r.players.map((p) => [p.nickname, p.rank])).toEqual([
      ["Ana", 1],
      ["Bo", 2],
      ["Cy", 2],
    ]);
    expect(r.players[0]).toMatchObject({ signedIn: true, score: 1900 });
  });

  it("mark each player's answers: right, partly right, wrong or not answered, with the answer as read", () => {
    const bo = r.players.find((p) => p.nickname === "Bo")!;
    expect(bo.answers.map((a) => a.mark)).toEqual(["right", "partial"]);
    expect(bo.answers[1]).toMatchObject({ given: "Korea, China", points: 0, elapsedMs: 2000 });
    const cy = r.players.find((p) => p.nickname === "Cy")!;
    expect(cy.answers[0]).toEqual({ mark: "unanswered", given: "No answer", fraction: 0, points: 0, elapsedMs: null });
    expect(r.grid.rows.find((row) => row.name === "Cy")).toMatchObject({ score: 1, maxScore: 2 });
  });

  it("analyse each question over every player: a missing answer counts as wrong", () => {
    const [q1, q2] = r.questions;
    expect(q1).toMatchObject({ position: 1, shown: 3, answered: 2, correct: 2, medianTimeMs: 1200 });
    expect(q1!.facility).toBeCloseTo(2 / 3);
    expect(q1!.options!.find((o) => o.correct)).toMatchObject({ label: "Busan", count: 2 });
    expect(q1!.source.href).toBe(`/articles/trade-talks?s=${singleChoice.source.start}-${singleChoice.source.end}#source`);
    expect(q2).toMatchObject({ position: 2, shown: 3, answered: 3, correct: 2 });
    expect(q2!.source.href).toBeNull(); // a question not linked to an article
  });

  it("keep a question played twice as two questions", () => {
    const twice = liveResults([items[0]!, items[0]!], 1, players, [answer("p-ana", 0, { choice: 1 }, 1, 1000), answer("p-ana", 1, { choice: 0 }, 0, 0)]);
    expect(twice.questions.map((q) => [q.answered, q.correct])).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it("export every answer, one row per player per question, blanks included", () => {
    const { body, fileName } = liveAnswersCsv("Trade talks: 7B", r);
    expect(fileName).toBe("live-trade-talks-7b-answers.csv");
    const [header, ...rows] = parseCsv(body);
    expect(header).toEqual(["Rank", "Player", "Signed in", "Game points", "Question", "Prompt", "Answer given", "Correct answer", "Result", "Credit", "Points", "Seconds to answer", "Source sentence"]);
    expect(rows).toHaveLength(6);
    expect(rows[0]!.slice(0, 12)).toEqual(["1", "Ana", "yes", "1900", "1", singleChoice.prompt, "Busan", singleChoice.answerText, "Right", "1", "1000", "0.4"]);
    expect(rows.find((row) => row[1] === "Cy" && row[4] === "1")!.slice(6, 12)).toEqual(["", singleChoice.answerText, "Not answered", "0", "0", ""]);
  });

  it("have nothing to show for a game nobody joined", () => {
    const empty = liveResults(items, 2, [], []);
    expect(empty.players).toEqual([]);
    expect(empty.questions.every((q) => q.shown === 0 && q.facility === null)).toBe(true);
    expect(parseCsv(liveAnswersCsv("Empty", empty).body)).toHaveLength(1);
  });

  it("write answer times in seconds", () => {
    expect(formatSeconds(null)).toBeNull();
    expect(formatSeconds(2_449)).toBe("2.4 s");
    expect(formatSeconds(400)).toBe("0.4 s");
    expect(formatSeconds(61_000)).toBe("61 s");
    expect(formatSeconds(2_449, (n) => `${n}초`, "ko-KR")).toBe("2.4초");
    expect(formatSeconds(1_234_000, (n) => `${n}초`, "ko-KR")).toBe("1,234초");
  });
});
