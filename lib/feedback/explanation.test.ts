import { describe, expect, it } from "vitest";
import { explanationWithoutQuote, feedbackExplanation } from "./explanation";

const sentence = "Trade reached $77.2 billion last year, the ministry said.";

describe("explanationWithoutQuote", () => {
  it("drops the engine's quotation of the source sentence, keeping the lead", () => {
    expect(explanationWithoutQuote(`The answer is $77.2 billion. The article says: “${sentence}”`, sentence)).toBe("The answer is $77.2 billion.");
  });

  it("keeps a note that follows the quotation", () => {
    expect(explanationWithoutQuote(`The article says: “${sentence}” Note: the figures disagree.`, sentence)).toBe("Note: the figures disagree.");
  });

  it("is empty when the quotation was all it said", () => {
    expect(explanationWithoutQuote(`The article says: “${sentence}”`, sentence)).toBe("");
  });

  it("finds a long sentence quoted clipped", () => {
    const long = `${"word ".repeat(120)}end.`;
    const clipped = `${"word ".repeat(79).trim()}…`;
    expect(explanationWithoutQuote(`Lead. The article says: “${clipped}”`, long)).toBe("Lead.");
  });

  it("keeps the other quotations of an explanation that quotes several sentences", () => {
    const other = "Kim said it.";
    expect(explanationWithoutQuote(`The article says: “${sentence}” “${other}”`, sentence)).toBe(`The article says: “${other}”`);
  });

  it("leaves an explanation that doesn't quote the sentence alone", () => {
    expect(explanationWithoutQuote("A teacher's own words.", sentence)).toBe("A teacher's own words.");
  });
});

describe("feedbackExplanation", () => {
  it("drops the quote and a lead that only repeats the correct answer", () => {
    const text = `The answer is $77.2 billion. The article says: “${sentence}” Note: the figures disagree.`;
    expect(feedbackExplanation(text, sentence, "$77.2 billion")).toBe("Note: the figures disagree.");
  });

  it("keeps a lead that says more than the answer", () => {
    expect(feedbackExplanation(`The article dates this to 1998. The article says: “${sentence}”`, sentence, "1998")).toBe("The article dates this to 1998.");
  });
});
