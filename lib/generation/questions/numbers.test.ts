import { describe, expect, it } from "vitest";
import type { NumberFact } from "../types";
import { matchesAccepted } from "../../grading/normalise-text";
import { acceptedForms, bareOf, literalOf, mentionsNumber, say, sayNatural, toleranceFor, unitHint, unitPhrase, viewOf } from "./numbers";

const fact = (over: Partial<NumberFact>): NumberFact => ({
  id: "f1",
  kind: "number",
  sentenceIndex: 0,
  source: { sentence: over.raw ?? "", start: 0, end: 1 },
  label: "",
  value: 0,
  unit: "plain",
  raw: "",
  what: "",
  ...over,
});

describe("number views", () => {
  it("takes a spelled count's scale word into the number it blanks and accepts (“Twelve hundred”)", () => {
    const v = viewOf(fact({ value: 1200, raw: "Twelve hundred", source: { sentence: "\"Twelve hundred dockers have had no raise,\" the union said.", start: 0, end: 1 } }));
    expect(v.spelled).toBe("Twelve hundred");
    expect(v.shown).toBe(1200);
    expect(acceptedForms(v)).toEqual(expect.arrayContaining(["Twelve hundred", "1,200", "1200"]));
    expect(viewOf(fact({ value: 12, raw: "Twelve" })).spelled).toBe("Twelve");
  });

  it("asks in plain dollars when the article says a bare \"dollars\" and never which dollar", () => {
    const bare = viewOf(fact({ value: 4.5e7, unit: "currency", currency: "USD", raw: "45 million dollars", source: { sentence: "The council will borrow 45 million dollars over six years for new bridges.", start: 0, end: 1 } }));
    expect(unitPhrase(bare)).toBe("Answer in millions of dollars.");
    expect(unitHint(bare)).toBe("million dollars");
    // "$" or a named US dollar keeps US dollars.
    expect(unitPhrase(viewOf(fact({ value: 4.5e7, unit: "currency", currency: "USD", raw: "$45 million" })))).toBe("Answer in millions of US dollars.");
    expect(unitPhrase(viewOf(fact({ value: 4.5e7, unit: "currency", currency: "USD", raw: "45 million US dollars" })))).toBe("Answer in millions of US dollars.");
    expect(unitPhrase(viewOf(fact({ value: 4.5e7, unit: "currency", currency: "USD", raw: "45 million dollars", source: { sentence: "The fund holds 45 million dollars, or 60 million US dollars with its bonds.", start: 0, end: 1 } })))).toBe("Answer in millions of US dollars.");
  });

  it("reads wire-service scale abbreviations: bln, mln, trln", () => {
    const bln = viewOf(fact({ value: 4.82e10, unit: "currency", currency: "EUR", raw: "48.2 bln euros" }));
    expect(unitPhrase(bln)).toBe("Answer in billions of euros.");
    expect(say(bln, bln.shown)).toBe("€48.2 billion");
    const trln = viewOf(fact({ value: 3.1e12, unit: "currency", currency: "JPY", raw: "3.1 trln yen" }));
    expect(unitPhrase(trln)).toBe("Answer in trillions of yen.");
    const mln = viewOf(fact({ value: 6.5e6, unit: "count", raw: "6.5 mln", what: "barrels" }));
    expect(mln.shown).toBe(6.5);
  });

  it("keeps the article's scale for money", () => {
    const v = viewOf(fact({ value: 7.72e10, unit: "currency", currency: "USD", raw: "$77.2 billion" }));
    expect(v.shown).toBe(77.2);
    expect(say(v, v.shown)).toBe("$77.2 billion");
    expect(say(v, 77.2, "million")).toBe("$77.2 million");
    expect(unitHint(v)).toBe("billion USD");
    expect(toleranceFor(v)).toBeCloseTo(0.386);
  });

  it("writes a neighbour that outgrows the key's scale in the next scale, as an article would", () => {
    const v = viewOf(fact({ value: 9e8, unit: "currency", currency: "USD", raw: "$900 million" }));
    expect(say(v, 1100)).toBe("$1.1 billion");
    expect(say(v, 700)).toBe("$700 million");
    // … unless the key itself is written past a thousand of its scale.
    const w = viewOf(fact({ value: 1.2e9, unit: "currency", currency: "GBP", raw: "£1,200 million" }));
    expect(say(w, 1300)).toBe("£1,300 million");
  });

  it("says a currency with no sign by its name, never by its code", () => {
    const r = viewOf(fact({ value: 3.2e9, unit: "currency", currency: "INR", raw: "3.2 billion rupees" }));
    expect(say(r, r.shown)).toBe("3.2 billion rupees");
    const b = viewOf(fact({ value: 4e6, unit: "currency", currency: "THB", raw: "4 million baht" }));
    expect(say(b, b.shown)).not.toMatch(/THB/);
  });

  it("says percentages, points and won the way people do", () => {
    const p = viewOf(fact({ value: 62.4, unit: "percent", raw: "62.4 percent" }));
    expect(say(p, p.shown)).toBe("62.4 percent");
    expect(toleranceFor(p)).toBe(0.05);
    expect(acceptedForms(p)).toEqual(expect.arrayContaining(["62.4", "62.4%", "62.4 percent"]));
    const bp = viewOf(fact({ value: 100, unit: "points", raw: "100", source: { sentence: "raised by 100 basis points", start: 0, end: 1 } }));
    expect(say(bp, 100)).toBe("100 basis points");
    const won = viewOf(fact({ value: 9.2e12, unit: "currency", currency: "KRW", raw: "9.2 trillion won" }));
    expect(say(won, won.shown)).toBe("9.2 trillion won");
    expect(sayNatural("currency", 23_500_000_000, "USD")).toBe("$23.5 billion");
    const times = viewOf(fact({ value: 4, unit: "fold", raw: "four", source: { sentence: "Rents are now almost four times the 2010 level.", start: 0, end: 1 } }));
    expect(say(times, times.shown)).toBe("4 times");
    expect(unitHint(times)).toBe("times");
    const fold = viewOf(fact({ value: 4, unit: "fold", raw: "4-fold", source: { sentence: "Rents rose 4-fold since 2010.", start: 0, end: 1 } }));
    expect(say(fold, fold.shown)).toBe("4-fold");
  });

  it("accepts the article's words and the digits for a number written in words", () => {
    const nine = viewOf(fact({ value: 9, unit: "count", raw: "Nine", what: "deaths" }));
    expect(nine.spelled).toBe("Nine");
    expect(acceptedForms(nine)[0]).toBe("Nine");
    const three = viewOf(fact({ value: 3, unit: "percent", raw: "three per cent" }));
    const accepted = acceptedForms(three);
    for (const typed of ["three", "3", "3%", "3 percent", "three percent", "three per cent", "3 per cent"]) {
      expect(accepted.some((a) => matchesAccepted(typed, a)), typed).toBe(true);
    }
    for (const typed of ["four", "30", "thirty"]) expect(accepted.some((a) => matchesAccepted(typed, a)), typed).toBe(false);
    // Digits as printed stay first when the article used digits.
    expect(acceptedForms(viewOf(fact({ value: 62.4, unit: "percent", raw: "62.4 percent" })))[0]).toBe("62.4");
  });

  it("reads literals grouped by commas, spaces or dots", () => {
    expect(literalOf("31 204 118 voters")).toBe("31 204 118");
    expect(literalOf("31\u2009204\u2009118")).toBe("31\u2009204\u2009118");
    expect(literalOf("31.204.118")).toBe("31.204.118");
    expect(literalOf("1.234 tonnes")).toBe("1.234");
    expect(bareOf("31.204.118")).toBe("31204118");
    expect(bareOf("2.005.300,5")).toBe("2005300.5");
    expect(bareOf("31\u202F204")).toBe("31204");
    const v = viewOf(fact({ value: 31204118, unit: "count", raw: "31 204 118" }));
    expect([v.shown, v.decimals, say(v, v.shown)]).toEqual([31204118, 0, "31,204,118"]);
    expect(acceptedForms(v)).toEqual(expect.arrayContaining(["31 204 118", "31204118", "31,204,118"]));
  });

  it("matches numbers only as whole numbers", () => {
    expect(mentionsNumber("reached 31 204 118 voters", "31204118")).toBe(true);
    expect(mentionsNumber("reached 31 204 118 voters", "31")).toBe(false);
    expect(mentionsNumber("reached 31.204.118 voters", "31,204,118")).toBe(true);
    expect(mentionsNumber("in 2019 150 people", "150")).toBe(true);
    expect(mentionsNumber("from $200 million", "200")).toBe(true);
    expect(mentionsNumber("in 2004", "200")).toBe(false);
    expect(mentionsNumber("top 1,000 firms", "1000")).toBe(true);
    expect(mentionsNumber("62.45 percent", "62.4")).toBe(false);
    // A time or a ratio written with colons holds no count of its own.
    expect(mentionsNumber("aiming to run under 2:26 in Berlin", "2")).toBe(false);
    expect(mentionsNumber("aiming to run under 2:26 in Berlin", "26")).toBe(false);
    expect(mentionsNumber("won in 1:04:12 after 12 laps", "12")).toBe(true);
    expect(mentionsNumber("a 3:1 split of the seats", "1")).toBe(false);
  });
});
