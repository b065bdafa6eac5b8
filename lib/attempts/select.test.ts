import { describe, expect, it } from "vitest";
import { pickPracticeQuestions } from "./select";

const bank = [
  ...Array.from({ length: 20 }, (_, i) => ({ id: `tf${i}`, type: "true_false" })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `sc${i}`, type: "single_choice" })),
  { id: "n0", type: "numeric" },
];

describe("pickPracticeQuestions", () => {
  it("mixes every available type before repeating one", () => {
    const picked = pickPracticeQuestions(bank, 6, 1);
    expect(picked).toHaveLength(6);
    expect(new Set(picked.map((q) => q.type))).toEqual(new Set(["true_false", "single_choice", "numeric"]));
  });

  it("never repeats a question and stops at the bank size", () => {
    const picked = pickPracticeQuestions(bank, 100, 7);
    expect(picked).toHaveLength(bank.length);
    expect(new Set(picked.map((q) => q.id)).size).toBe(bank.length);
  });

  it("is deterministic for a seed", () => {
    expect(pickPracticeQuestions(bank, 8, 42)).toEqual(pickPracticeQuestions(bank, 8, 42));
    expect(pickPracticeQuestions(bank, 8, 42)).not.toEqual(pickPracticeQuestions(bank, 8, 43));
  });

  it("handles an empty bank", () => {
    expect(pickPracticeQuestions([], 10, 1)).toEqual([]);
  });
});
