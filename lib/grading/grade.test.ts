import { describe, expect, it } from "vitest";
import type { Question, QuestionOf } from "@/lib/question-types";
import { correctResponse } from "./correct-response";
import { grade } from "./grade";
import * as f from "./test-fixtures";

describe("grade: the key earns full marks", () => {
  it.each(f.allQuestions.map((q) => [q.id, q] as const))("%s", (_id, q) => {
    const r = grade(q, correctResponse(q));
    expect(r).toMatchObject({ score: 1, correct: true, type: q.type });
  });
});

describe("single_choice and true_false", () => {
  it("is all or nothing", () => {
    expect(grade(f.singleChoice, { choice: 1 })).toEqual({ type: "single_choice", chosen: 1, score: 1, correct: true });
    expect(grade(f.singleChoice, { choice: 0 })).toEqual({ type: "single_choice", chosen: 0, score: 0, correct: false });
    expect(grade(f.trueFalse, { value: false })).toMatchObject({ score: 1, correct: true });
    expect(grade(f.trueFalse, { value: true })).toMatchObject({ score: 0, correct: false });
  });
});

describe("multiple_select: (right − wrong) / correct options, floored at 0", () => {
  // Key: 0, 2, 3 of five options.
  it.each([
    [[0, 2, 3], 1, true],
    [[3, 0, 2], 1, true],
    [[0, 2], 2 / 3, false],
    [[0], 1 / 3, false],
    [[0, 2, 3, 1], 2 / 3, false],
    [[0, 2, 1], 1 / 3, false],
    [[0, 1], 0, false],
    [[0, 1, 4], 0, false],
    [[1, 4], 0, false],
    [[0, 1, 2, 3, 4], 1 / 3, false],
  ])("%j scores %d", (choices, score, correct) => {
    const r = grade(f.multipleSelect, { choices });
    expect(r.score).toBeCloseTo(score, 12);
    expect(r.correct).toBe(correct);
  });

  it("says which picks were right, wrong and missed", () => {
    expect(grade(f.multipleSelect, { choices: [4, 0] })).toEqual({
      type: "multiple_select",
      rightPicks: [0],
      wrongPicks: [4],
      missed: [2, 3],
      score: 0,
      correct: false,
    });
  });
});

describe("numeric", () => {
  it.each([
    ["62.4", true],
    ["62.4%", true],
    ["62,4", true],
    [" 62.40 ", true],
    ["62.45", true],
    ["62.35", true],
    ["62.46", false],
    ["62", false],
    ["-62.4", false],
    ["0.624", false],
  ])("%j with 62.4 ± 0.05 → %s", (value, correct) => {
    expect(grade(f.numericPercent, { value })).toMatchObject({ correct, score: correct ? 1 : 0 });
  });

  it.each([
    ["77.2", true],
    ["77.2 billion", true],
    ["77,2 billion USD", true],
    ["$77.3bn", true],
    ["77,200 million", true],
    ["77.4 billion", false],
    ["77200000000", false],
  ])("%j with 77.2 ± 0.1 billion USD → %s", (value, correct) => {
    expect(grade(f.numericBillions, { value }).correct).toBe(correct);
  });

  it.each([
    ["1,000", true],
    ["1 000", true],
    ["1000", true],
    ["1.000", false],
    ["1k", true],
    ["999", false],
  ])("%j with exactly 1000 → %s", (value, correct) => {
    expect(grade(f.numericCount, { value }).correct).toBe(correct);
  });

  it("absorbs float noise at the edge of the tolerance", () => {
    const q: QuestionOf<"numeric"> = { ...f.numericPercent, answer: { value: 0.3, tolerance: 0 } };
    expect(grade(q, { value: String(0.1 + 0.2) }).correct).toBe(true);
    const edge: QuestionOf<"numeric"> = { ...f.numericPercent, answer: { value: 1.1, tolerance: 0.1 } };
    expect(grade(edge, { value: "1.2" }).correct).toBe(true);
    expect(grade(edge, { value: "1.0" }).correct).toBe(true);
    expect(grade(edge, { value: "1.2001" }).correct).toBe(false);
  });

  it("reports the number read and how far off it is", () => {
    const r = grade(f.numericPercent, { value: "60" });
    expect(r).toMatchObject({ type: "numeric", parsed: 60, score: 0 });
    if (r.type === "numeric") expect(r.difference).toBeCloseTo(2.4, 12);
  });

  it("scores unreadable text 0 instead of throwing", () => {
    expect(grade(f.numericPercent, { value: "about sixty" })).toMatchObject({ type: "invalid", score: 0, correct: false });
  });
});

describe("fill_blank", () => {
  it.each([
    ["EU", true],
    ["eu", true],
    ["E.U.", true],
    ["the European Union", true],
    ["European union", true],
    ["  THE european   UNION. ", true],
    ["Europe", false],
    ["European Commission", false],
  ])("%j → %s", (text, correct) => {
    expect(grade(f.fillBlank, { text })).toMatchObject({ correct, score: correct ? 1 : 0 });
  });

  it("treats %, percent and number formats alike when the accepted value is a number", () => {
    for (const text of ["62.4%", "62.4", "62.4 percent", "62,4 %", "62.40"]) {
      expect(grade(f.fillBlankNumber, { text }).correct).toBe(true);
    }
    expect(grade(f.fillBlankNumber, { text: "6.24%" }).correct).toBe(false);
  });

  it("reports the normalised response and the accepted value it matched", () => {
    expect(grade(f.fillBlank, { text: "The E.U.!" })).toEqual({
      type: "fill_blank",
      normalised: "e u",
      matched: "EU",
      score: 1,
      correct: true,
    });
  });
});

describe("ordering: Kendall tau floored at 0", () => {
  // Key order of option indices: [1, 4, 0, 2, 3].
  it.each([
    [[1, 4, 0, 2, 3], 1],
    [[4, 1, 0, 2, 3], 0.8], // one adjacent swap: 9 of 10 pairs agree
    [[1, 4, 0, 3, 2], 0.8],
    [[4, 0, 2, 3, 1], 0.2], // first item moved to the end: 6 of 10 pairs
    [[3, 2, 0, 4, 1], 0], // reversed
    [[0, 4, 1, 2, 3], 0.4], // first and third swapped: 3 pairs flip
  ])("%j scores %d", (order, score) => {
    const r = grade(f.ordering, { order });
    expect(r.score).toBeCloseTo(score, 12);
    expect(r.correct).toBe(score === 1);
  });

  it("never pays for a mostly reversed order", () => {
    expect(grade(f.ordering, { order: [2, 3, 0, 4, 1] }).score).toBe(0);
  });

  it("reports positions and pair counts", () => {
    expect(grade(f.ordering, { order: [4, 1, 0, 2, 3] })).toEqual({
      type: "ordering",
      inPlace: [false, false, true, true, true],
      agreeingPairs: 9,
      pairs: 10,
      score: 0.8,
      correct: false,
    });
  });
});

describe("matching: share of prompts matched, unanswered counts wrong", () => {
  // Key: [1, 2, 0] with a spare distractor 3.
  it.each([
    [[1, 2, 0], 1],
    [[1, 2, null], 2 / 3],
    [[1, 2, 3], 2 / 3],
    [[1, 0, 2], 1 / 3],
    [[null, null, null], 0],
    [[2, 0, 1], 0],
  ])("%j scores %d", (pairs, score) => {
    const r = grade(f.matching, { pairs });
    expect(r.score).toBeCloseTo(score, 12);
    expect(r.correct).toBe(score === 1);
  });

  it("reports which prompts were matched", () => {
    expect(grade(f.matching, { pairs: [1, null, 0] })).toMatchObject({ matched: [true, false, true] });
  });
});

describe("grade is total", () => {
  it("scores junk 0 with a message, for every type", () => {
    for (const q of f.allQuestions) {
      for (const junk of [null, undefined, 42, "x".repeat(1_000_000), { choice: 99 }, { order: [0, 0] }, [], {}]) {
        const r = grade(q, junk as never);
        expect(r).toMatchObject({ type: "invalid", score: 0, correct: false });
      }
    }
  });

  it("scores 0 for a corrupt question rather than throwing", () => {
    const broken = [
      { type: "single_choice", options: null, answer: 0 },
      { type: "multiple_select", options: ["a", "b", "c"], answer: null },
      { type: "numeric", answer: null },
      { type: "fill_blank", answer: { accepted: null } },
      { type: "ordering", options: ["a", "b", "c"], answer: [0] },
      { type: "matching", prompts: ["a", "b"], options: ["x", "y"], answer: "nope" },
      { type: "nope" },
      null,
    ] as unknown as Question[];
    const responses = [{ choice: 0 }, { choices: [0] }, { value: "1" }, { text: "a" }, { order: [0, 1, 2] }, { pairs: [0, 1] }, {}, {}];
    broken.forEach((q, i) => {
      const r = grade(q, responses[i] as never);
      expect(r.score).toBe(0);
      expect(r.correct).toBe(false);
    });
  });
});
