import { describe, expect, it } from "vitest";
import { gameProgress, type PlayedGame } from "./live";

const game = (over: Partial<PlayedGame> = {}): PlayedGame => ({
  id: "g1",
  title: "Trade quiz",
  endedAt: new Date("2026-11-30T10:00:00Z"),
  played: 4,
  questionIds: ["q1", "q2", "q3", "q4"],
  answers: [],
  ...over,
});

describe("gameProgress", () => {
  it("scores the game over the questions played, an unanswered one as 0", () => {
    const p = gameProgress(game({ answers: [{ questionIndex: 0, fraction: 1 }, { questionIndex: 1, fraction: 0.5 }, { questionIndex: 3, fraction: 0 }] }))!;
    expect(p.history).toEqual({ id: "g1", at: "2026-11-30T10:00:00.000Z", percent: 38, title: "Trade quiz", live: true });
    expect(p.answers).toEqual([
      { questionId: "q1", score: 1 },
      { questionId: "q2", score: 0.5 },
      { questionId: "q4", score: 0 },
    ]);
  });

  it("counts only the questions put on screen when the game ended early", () => {
    const p = gameProgress(game({ played: 2, answers: [{ questionIndex: 0, fraction: 1 }, { questionIndex: 1, fraction: 1 }, { questionIndex: 2, fraction: 1 }] }))!;
    expect(p.history.percent).toBe(100);
    expect(p.answers.map((a) => a.questionId)).toEqual(["q1", "q2"]);
  });

  it("is no game played when it ended in the lobby", () => {
    expect(gameProgress(game({ played: 0 }))).toBeNull();
    expect(gameProgress(game({ played: 3, questionIds: [] }))).toBeNull();
  });

  it("ignores answers out of range and clamps stored fractions to 0..1", () => {
    const p = gameProgress(game({ played: 1, questionIds: ["q1"], answers: [{ questionIndex: -1, fraction: 1 }, { questionIndex: 0, fraction: 7 }, { questionIndex: 5, fraction: 1 }] }))!;
    expect(p.answers).toEqual([{ questionId: "q1", score: 1 }]);
    expect(p.history.percent).toBe(100);
    expect(gameProgress(game({ played: 1, questionIds: ["q1"], answers: [{ questionIndex: 0, fraction: Number.NaN }] }))!.history.percent).toBe(0);
  });

  it("plays more questions than the snapshot holds only as far as the snapshot goes", () => {
    expect(gameProgress(game({ played: 9, answers: [{ questionIndex: 0, fraction: 1 }] }))!.history.percent).toBe(25);
  });
});
