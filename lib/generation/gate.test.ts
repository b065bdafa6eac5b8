import { describe, expect, it } from "vitest";
import { difficultyOf, gate, leaks, questionId } from "./gate";
import type { Draft, DraftQuestion } from "./questions/context";

const src = (start: number) => ({ sentence: "S", start, end: start + 1 });
const sc = (prompt: string, start: number, factIds: string[], options = ["12", "13", "14"]): DraftQuestion => ({
  type: "single_choice",
  prompt,
  options,
  answer: 0,
  answerText: options[0] as string,
  explanation: "Because.",
  source: src(start),
  factIds,
});
const draft = (question: DraftQuestion, over: Partial<Draft> = {}): Draft => ({ question, priority: 1, rank: 0, closeness: 0.5, ...over });

describe("gate", () => {
  it("caps questions per sentence, keeping every fact's first question", () => {
    const drafts = [
      draft(sc("Question one about a?", 0, ["a"]), { rank: 0, priority: 9 }),
      draft(sc("Question two about a?", 0, ["a"], ["1", "2", "3"]), { rank: 1, priority: 9, variant: "x" }),
      draft(sc("Question one about b?", 0, ["b"]), { rank: 0, priority: 1 }),
      draft(sc("Question one about c?", 0, ["c"]), { rank: 0, priority: 2 }),
    ];
    const kept = gate(drafts, { maxPerSentence: 3 });
    expect(kept.map((q) => q.factIds[0]).sort()).toEqual(["a", "b", "c"]);
    expect(gate(drafts, { maxPerSentence: 1 }).map((q) => q.factIds[0])).toEqual(["a"]);
  });

  it("drops duplicates, over-long stems, weak attributions, leaks and invalid questions", () => {
    const kept = gate([
      draft(sc("Same prompt here?", 0, ["a"])),
      draft(sc("Same  prompt here?", 10, ["b"])),
      draft(sc(`Long ${"x".repeat(300)}?`, 20, ["c"])),
      draft(sc("Who said it, weakly?", 30, ["d"]), { confidence: 0.3 }),
      draft(sc("Is it 12 or not?", 40, ["e"])),
      draft(sc("Only one option?", 50, ["f"], ["12"])),
    ]);
    expect(kept.map((q) => q.factIds[0])).toEqual(["a"]);
  });

  it("scores difficulty in 0..1 and gives stable ids", () => {
    const q = sc("A question?", 0, ["a"]);
    expect(difficultyOf(q, 1)).toBeGreaterThan(difficultyOf(q, 0));
    expect(difficultyOf(q, 0)).toBeGreaterThanOrEqual(0);
    expect(questionId(q)).toBe(questionId({ ...q, options: ["14", "13", "12"] } as DraftQuestion));
    expect(questionId(q)).toMatch(/^q-[0-9a-z]+$/);
    expect(leaks(sc("Is it 12?", 0, ["a"]))).toBe(true);
  });
});
