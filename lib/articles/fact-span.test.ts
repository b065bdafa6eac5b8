import { describe, expect, it } from "vitest";
import { factRanges, factSpan } from "./fact-span";

const sentence = "Trade surged from $200 million in 1965 to $77.2 billion in 2024.";

describe("factSpan", () => {
  it("finds a number's raw mention inside its sentence", () => {
    expect(factSpan({ kind: "number", sentence, start: 1000, end: 1000 + sentence.length, data: { raw: "$77.2 billion" } })).toEqual({
      start: 1000 + sentence.indexOf("$77.2"),
      end: 1000 + sentence.indexOf("$77.2") + "$77.2 billion".length,
    });
  });
  it("matches case-insensitively", () => {
    expect(factSpan({ kind: "person", sentence: "said KIM Gyu-pan.", start: 0, end: 17, data: { name: "Kim Gyu-pan" } })).toEqual({ start: 5, end: 16 });
  });
  it("falls back to the whole sentence", () => {
    expect(factSpan({ kind: "ranking", sentence, start: 5, end: 5 + sentence.length, data: {} })).toEqual({ start: 5, end: 5 + sentence.length });
    expect(factSpan({ kind: "number", sentence, start: 5, end: 70, data: { raw: "absent" } })).toEqual({ start: 5, end: 70 });
  });
});

describe("factSpan of a ranking", () => {
  it("marks the leading item rather than the whole sentence", () => {
    const s = "The top fields were semiconductors with 91 points and AI with 57.";
    const span = factSpan({ kind: "ranking", sentence: s, start: 10, end: 10 + s.length, data: { items: [{ label: "semiconductors" }] } });
    expect(span).toEqual({ start: 10 + s.indexOf("semiconductors"), end: 10 + s.indexOf("semiconductors") + 14 });
  });
});

describe("factRanges", () => {
  it("reads the marks stored with each fact", () => {
    expect(factRanges([{ key: "f9", start: 10, end: 80, markStart: 29, markEnd: 43 }])).toEqual([{ start: 29, end: 43, id: "f9", kind: "fact" }]);
  });
  it("highlights the whole sentence of a fact stored before marks were", () => {
    expect(factRanges([{ key: "f1", start: 10, end: 80, markStart: null, markEnd: null }])).toEqual([{ start: 10, end: 80, id: "f1", kind: "fact" }]);
  });
});
