import { describe, expect, it } from "vitest";
import { hasPartialCredit, partialCreditNote } from "./scoring-rule";

describe("partialCreditNote", () => {
  it("explains a partial multiple-select mark with its sum", () => {
    const note = partialCreditNote("multiple_select", { type: "multiple_select", rightPicks: [0, 2], wrongPicks: [3], missed: [4], score: 1 / 3, correct: false });
    expect(note).toContain("(right picks − wrong picks) ÷ correct options");
    expect(note).toContain("You picked 2 right and 1 wrong of 3 correct: (2 − 1) ÷ 3 = 33%.");
  });

  it("explains ordering and matching sums", () => {
    expect(partialCreditNote("ordering", { type: "ordering", inPlace: [], agreeingPairs: 6, pairs: 10, score: 0.2, correct: false })).toContain("(6 − 4) ÷ 10 = 20%");
    expect(partialCreditNote("matching", { type: "matching", matched: [true, true, false], score: 2 / 3, correct: false })).toContain("You matched 2 of 3: 67%.");
  });

  it("gives the rule alone when only the score is known", () => {
    expect(partialCreditNote("matching", { score: 0.5, correct: false })).toBe("Matching: each item matched to its right choice earns an equal share of the point.");
  });

  it("says nothing for a full or a zero mark, or an all-or-nothing type", () => {
    expect(partialCreditNote("multiple_select", { score: 1, correct: true })).toBeNull();
    expect(partialCreditNote("multiple_select", { score: 0, correct: false })).toBeNull();
    expect(partialCreditNote("single_choice", { score: 0.5, correct: false })).toBeNull();
  });

  it("knows which types give partial credit", () => {
    expect(hasPartialCredit("ordering")).toBe(true);
    expect(hasPartialCredit("numeric")).toBe(false);
  });
});
