// Patterns from wire copy on forecasts and costs: an amount a change moved by, beside both its ends
// ("cost $80 million, cutting profit to $1.2 billion from $1.28 billion"), so any of the three
// follows from the other two.
import { describe, expect, it } from "vitest";
import type { DraftQuestion } from "../questions/context";
import { CHECKS, type CriticContext, figureSum, plainItems } from "./checks";

const sentence = "The strike will cost the airline about $80 million, cutting its annual profit to $1.2 billion from $1.28 billion, the chief financial officer said.";
const source = { sentence, start: 0, end: sentence.length };
const base = { explanation: "Because.", source, factIds: ["f1"] };
const ctx: CriticContext = { text: sentence, sentences: [sentence], facts: [] };
const computable = (q: DraftQuestion) => CHECKS.find((c) => c.code === "computable")!.run(q, ctx);
const choice = (statement: string, options: string[], answer: number): DraftQuestion => ({ ...base, type: "single_choice", prompt: `According to the article, which figure completes this statement? “${statement}”`, options, answer, answerText: options[answer]! });

describe("an amount beside both ends of the change it made", () => {
  it("figureSum reads “to X from Y” and “from Y to X” with the amount between them", () => {
    expect(figureSum(sentence, 80_000_000, "$")).not.toBeNull();
    expect(figureSum("Hiring 40 nurses took the ward's staff from 210 to 250, the board said.", 40, "")).toBeNull(); // plain counts have no unit: sumOrDifference's part
    expect(figureSum("The levy raised €30 million, lifting the fund from €120 million to €150 million.", 30_000_000, "€")).not.toBeNull();
    // Figures that do not add up are left alone.
    expect(figureSum("The strike will cost about $80 million, cutting profit to $1.2 billion from $1.3 billion.", 80_000_000, "$")).toBeNull();
  });

  it("computable holds a blank for the amount or either end", () => {
    expect(computable(choice(sentence.replace("$80 million", "____"), ["$60 million", "$80 million", "$90 million", "$18 million"], 1))).toMatch(/arithmetic/);
    expect(computable(choice(sentence.replace("$1.2 billion", "____"), ["$1.2 billion", "$1.1 billion", "$2.2 billion", "$1.4 billion"], 0))).toMatch(/arithmetic/);
    const fill: DraftQuestion = { ...base, type: "fill_blank", prompt: `Fill in the blank: “${sentence.replace("$1.28 billion", "$____ billion")}”`, answer: { accepted: ["1.28", "$1.28 billion"] }, answerText: "$1.28 billion" };
    expect(computable(fill)).toMatch(/arithmetic/);
  });

  it("leaves a change whose amount the stem does not show", () => {
    const other = "The strike will cost the airline dearly, cutting its annual profit to ____ from $1.28 billion, the chief financial officer said.";
    expect(computable(choice(other, ["$1.2 billion", "$1.1 billion", "$2.2 billion", "$1.4 billion"], 0))).toBeNull();
  });
});

describe("a false count beside the plain list it counts", () => {
  const list = CHECKS.find((c) => c.code === "counted_list")!;
  const said = "The festival gives awards in four sections: painting, sculpture, short film and photography.";
  const no = (statement: string, right: string, wrong: string): DraftQuestion => ({
    ...base, source: { sentence: said, start: 0, end: said.length }, type: "true_false", answer: false,
    prompt: `True or false? According to the article: ${statement}`, answerText: `False — the article gives ${right}, not ${wrong}.`,
  });
  it("counted_list holds it: the list after the colon shows the count", () => {
    expect(list.run(no("The festival gives awards in five sections: painting, sculpture, short film and photography.", "four", "five"), ctx)).toMatch(/counting/);
    // A count the list does not show is left alone.
    const other = "The festival gives awards in four sections, and painting draws the most entries.";
    expect(list.run({ ...no("The festival gives awards in five sections, and painting draws the most entries.", "four", "five"), source: { sentence: other, start: 0, end: other.length } }, ctx)).toBeNull();
  });
  it("plainItems reads only a list of short items", () => {
    expect(plainItems("painting, sculpture, short film and photography")).toBe(4);
    expect(plainItems("prices rose sharply in the capital, and wages were flat")).toBe(0);
    expect(plainItems("a rise in the price of bread and milk in the shops of the north")).toBe(0);
  });
});

describe("“its” after a country the article also names with a word before it", () => {
  const needsContext = CHECKS.find((c) => c.code === "needs_context")!;
  const article = "Canada raised its estimate of the salmon catch by 9% on Friday. Fishing fleets in Atlantic Canada landed less than usual.";
  const first = "Canada raised its estimate of the salmon catch by 9% on Friday.";
  const q: DraftQuestion = { ...base, source: { sentence: first, start: 0, end: first.length }, type: "numeric", prompt: "According to the article, what number fills the blank? “Canada raised its estimate of the salmon catch by ____% on Friday.” Give the figure as a percentage.", answer: { value: 9, tolerance: 0 }, answerText: "9 percent" };
  it("reads “its” as the country's own, not a thing an earlier sentence names", () => {
    expect(needsContext.run(q, { text: article, sentences: [first], facts: [] })).toBeNull();
  });
  it("still holds “its” after a surname the article gives with a first name", () => {
    const text = "The architect Hanne Lind designed the bridge. Lind spent six years on its design.";
    const s2 = "Lind spent six years on its design.";
    const held: DraftQuestion = { ...q, source: { sentence: s2, start: 0, end: s2.length }, prompt: "According to the article, what number fills the blank? “Lind spent ____ years on its design.” Answer with a number.", answer: { value: 6, tolerance: 0 }, answerText: "6" };
    expect(needsContext.run(held, { text, sentences: [s2], facts: [] })).toMatch(/its/);
  });
});
