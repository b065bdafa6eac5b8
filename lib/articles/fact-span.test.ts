import { describe, expect, it } from "vitest";
import { factSpan } from "./fact-span";

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
