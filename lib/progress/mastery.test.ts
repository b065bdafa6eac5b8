import { describe, expect, it } from "vitest";
import { masteryBy } from "./mastery";

describe("masteryBy", () => {
  const answers = [
    { score: 1, articleId: "a", kinds: ["number"] },
    { score: 0.5, articleId: "a", kinds: ["number", "ranking"] },
    { score: 0, articleId: "b", kinds: ["quote"] },
    { score: 1, articleId: "b", kinds: ["quote", "quote"] },
  ];

  it("scores each article by the share of credit earned, partial credit included", () => {
    expect(masteryBy(answers, (a) => [a.articleId])).toEqual([
      { key: "a", answered: 2, correct: 1, percent: 75 },
      { key: "b", answered: 2, correct: 1, percent: 50 },
    ]);
  });

  it("counts an answer towards each distinct fact kind it tests, once", () => {
    expect(masteryBy(answers, (a) => a.kinds)).toEqual([
      { key: "number", answered: 2, correct: 1, percent: 75 },
      { key: "quote", answered: 2, correct: 1, percent: 50 },
      { key: "ranking", answered: 1, correct: 0, percent: 50 },
    ]);
  });

  it("is empty with no answers", () => {
    expect(masteryBy([], (a) => [a.articleId])).toEqual([]);
  });
});
