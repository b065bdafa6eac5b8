import { describe, expect, it } from "vitest";
import { CHECKS } from "../critic/checks";
import type { AcronymFact, Fact } from "../types";
import { initialsOf, realExpansions } from "./acronym-distractors";
import { acronymMatching, acronymQuestions } from "./acronym-questions";
import { createContext } from "./context";

const text = "Headline\nThe case went to the International Criminal Court (ICC) in May. The Harbour Pilots Guild (HPG) objected, as did the European Union (EU).";
const acr = (id: string, short: string, long: string): AcronymFact => {
  const sentence = text.split("\n")[1] as string;
  const start = text.indexOf(sentence);
  return { id, kind: "acronym", sentenceIndex: 1, source: { sentence, start, end: start + sentence.length }, label: "", short, long };
};
const facts: Fact[] = [acr("f1", "ICC", "International Criminal Court"), acr("f2", "HPG", "Harbour Pilots Guild"), acr("f3", "EU", "European Union")];
const ctx = createContext(text, facts, [], 1);

describe("acronym questions", () => {
  it("offers only real organisations with the same initials, so initials give nothing away", () => {
    const [q] = acronymQuestions(ctx, facts[0] as AcronymFact);
    expect(q?.question.type).toBe("single_choice");
    if (q?.question.type !== "single_choice") return;
    expect(q.question.options).toContain("International Criminal Court");
    for (const o of q.question.options) expect(initialsOf(o)).toBe("ICC");
    const guessable = CHECKS.find((c) => c.code === "guessable");
    expect(guessable?.run(q.question, { text, sentences: [], facts })).toBeNull();
  });

  it("skips an acronym with too few real look-alikes, and everyday acronyms", () => {
    expect(acronymQuestions(ctx, facts[1] as AcronymFact)).toEqual([]);
    expect(acronymQuestions(ctx, facts[2] as AcronymFact)).toEqual([]);
  });

  it("makes no matching question that initials alone can solve", () => {
    expect(acronymMatching(ctx, facts as AcronymFact[])).toEqual([]);
  });

  it("finds look-alikes among the article's own organisations first", () => {
    const out = realExpansions("FSC", "Financial Services Commission", ["Fiscal Stability Council", "Harbour Pilots Guild"]);
    expect(out[0]).toEqual({ text: "Fiscal Stability Council", closeness: 0.9 });
    expect(out.map((c) => c.text)).toEqual(expect.arrayContaining(["Financial Supervisory Commission", "Forest Stewardship Council"]));
    expect(out.map((c) => c.text)).not.toContain("Financial Services Commission");
  });
});
