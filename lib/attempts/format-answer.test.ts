import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/question-types";
import { formatAnswer } from "./format-answer";

const base = { id: "q", prompt: "Which one?", answerText: "A", explanation: "Because.", difficulty: 0.5, source: { sentence: "S.", start: 0, end: 2 }, factIds: [] };

describe("formatAnswer", () => {
  it("formats choices, booleans and lists", () => {
    const sc = { ...base, type: "single_choice", options: ["A", "B"], answer: 0 } as Question;
    expect(formatAnswer(sc, { choice: 1 })).toBe("B");
    expect(formatAnswer({ ...base, type: "true_false", answer: true } as Question, { value: false })).toBe("False");
    const ms = { ...base, type: "multiple_select", options: ["A", "B", "C"], answer: [0, 2] } as Question;
    expect(formatAnswer(ms, { choices: [0, 2] })).toBe("A, C");
    const ord = { ...base, type: "ordering", options: ["x", "y", "z"], answer: [2, 0, 1] } as Question;
    expect(formatAnswer(ord, { order: [2, 0, 1] })).toBe("z → x → y");
    const m = { ...base, type: "matching", prompts: ["p1", "p2"], options: ["o1", "o2"], answer: [1, 0] } as Question;
    expect(formatAnswer(m, { pairs: [1, null] })).toBe("p1 → o2; p2 → —");
  });

  it("says No answer for missing or malformed answers", () => {
    const sc = { ...base, type: "single_choice", options: ["A", "B"], answer: 0 } as Question;
    expect(formatAnswer(sc, null)).toBe("No answer");
    expect(formatAnswer(sc, { choice: 9 })).toBe("No answer");
    expect(formatAnswer({ ...base, type: "numeric", answer: { value: 1, tolerance: 0 } } as Question, { value: "  " })).toBe("No answer");
  });
});
