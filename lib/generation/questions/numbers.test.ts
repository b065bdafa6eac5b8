import { describe, expect, it } from "vitest";
import type { NumberFact } from "../types";
import { acceptedForms, mentionsNumber, say, sayNatural, toleranceFor, unitHint, viewOf } from "./numbers";

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
  it("keeps the article's scale for money", () => {
    const v = viewOf(fact({ value: 7.72e10, unit: "currency", currency: "USD", raw: "$77.2 billion" }));
    expect(v.shown).toBe(77.2);
    expect(say(v, v.shown)).toBe("$77.2 billion");
    expect(say(v, 77.2, "million")).toBe("$77.2 million");
    expect(unitHint(v)).toBe("billion USD");
    expect(toleranceFor(v)).toBeCloseTo(0.386);
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
  });

  it("matches numbers only as whole numbers", () => {
    expect(mentionsNumber("from $200 million", "200")).toBe(true);
    expect(mentionsNumber("in 2004", "200")).toBe(false);
    expect(mentionsNumber("top 1,000 firms", "1000")).toBe(true);
    expect(mentionsNumber("62.45 percent", "62.4")).toBe(false);
  });
});
