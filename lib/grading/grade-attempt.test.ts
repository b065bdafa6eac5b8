import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/question-types";
import { correctResponse } from "./correct-response";
import { gradeAttempt, NO_RESPONSE_MESSAGE } from "./grade-attempt";
import * as f from "./test-fixtures";

describe("gradeAttempt", () => {
  it("gives full marks for the key to every question", () => {
    const responses = Object.fromEntries(f.allQuestions.map((q) => [q.id, correctResponse(q)]));
    const g = gradeAttempt(f.allQuestions, responses);
    expect(g.score).toBe(f.allQuestions.length);
    expect(g.maxScore).toBe(f.allQuestions.length);
    expect(g.percent).toBe(100);
    expect(g.results.every((r) => r.answered && r.result.correct)).toBe(true);
  });

  it("sums partial credit and scores missing or malformed responses 0", () => {
    const g = gradeAttempt([f.singleChoice, f.multipleSelect, f.ordering, f.matching, f.numericPercent, f.fillBlank], {
      [f.singleChoice.id]: { choice: 1 }, // 1
      [f.multipleSelect.id]: { choices: [0, 2] }, // 2/3
      [f.ordering.id]: { order: [4, 1, 0, 2, 3] }, // 0.8
      [f.matching.id]: { pairs: [1, 99, 0] }, // malformed: 0
      [f.numericPercent.id]: null, // unanswered: 0
      // fill_blank missing entirely: 0
    });
    expect(g.score).toBeCloseTo(1 + 2 / 3 + 0.8, 6);
    expect(g.maxScore).toBe(6);
    expect(g.percent).toBe(41.1);
    expect(g.results.map((r) => [r.questionId, r.answered, r.result.type])).toEqual([
      ["q-single", true, "single_choice"],
      ["q-multi", true, "multiple_select"],
      ["q-order", true, "ordering"],
      ["q-match", true, "invalid"],
      ["q-num", false, "invalid"],
      ["q-fill", false, "invalid"],
    ]);
    expect(g.results[4]?.result).toMatchObject({ message: NO_RESPONSE_MESSAGE });
  });

  it("removes float noise from the total", () => {
    const thirds = [f.matching, { ...f.matching, id: "q-match-2" }, { ...f.matching, id: "q-match-3" }] as Question[];
    const g = gradeAttempt(thirds, {
      "q-match": { pairs: [1, null, null] },
      "q-match-2": { pairs: [1, 2, null] },
      "q-match-3": { pairs: [null, null, null] },
    });
    expect(g.score).toBe(1);
    expect(g.percent).toBe(33.3);
  });

  it("handles an empty quiz and junk containers without throwing", () => {
    expect(gradeAttempt([], {})).toEqual({ results: [], score: 0, maxScore: 0, percent: 0 });
    expect(gradeAttempt(null as never, null as never)).toEqual({ results: [], score: 0, maxScore: 0, percent: 0 });
    const g = gradeAttempt([f.singleChoice, null as never, { id: 5 } as never], "nope" as never);
    expect(g.maxScore).toBe(3);
    expect(g.score).toBe(0);
  });

  it("does not read responses from Object.prototype", () => {
    const q = { ...f.trueFalse, id: "constructor" } as Question;
    const g = gradeAttempt([q], {});
    expect(g.results[0]).toMatchObject({ answered: false, result: { score: 0 } });
    expect(gradeAttempt([{ ...f.trueFalse, id: "__proto__" } as Question], JSON.parse('{"__proto__": {"value": false}}')).score).toBe(1);
  });

  it("ignores responses to questions not in the quiz", () => {
    const g = gradeAttempt([f.trueFalse], { [f.trueFalse.id]: { value: false }, other: { value: true } });
    expect(g.results).toHaveLength(1);
    expect(g.score).toBe(1);
  });
});
