import { describe, expect, it } from "vitest";
import { answerMarks, normaliseWithMap } from "./answer-marks";
import { markedRuns } from "./marked-runs";

const marked = (sentence: string, spans: { start: number; end: number }[]) => spans.map((s) => sentence.slice(s.start, s.end));

describe("answerMarks", () => {
  it("marks the key where it occurs once, not the whole sentence", () => {
    const sentence = "Trade between the two countries reached $77.2 billion last year.";
    const spans = answerMarks({ sentence, keys: ["$77.2 billion"] });
    expect(marked(sentence, spans)).toEqual(["$77.2 billion"]);
  });

  it("ignores differences of case and spacing", () => {
    const sentence = "The Federation of Korean  Industries\nsaid so.";
    expect(marked(sentence, answerMarks({ sentence, keys: ["federation of korean industries"] }))).toEqual(["Federation of Korean  Industries"]);
  });

  it("reads 1,000 and 1000 as one number, either way round", () => {
    const a = "About 1,000 firms took part.";
    expect(marked(a, answerMarks({ sentence: a, keys: ["1000"] }))).toEqual(["1,000"]);
    const b = "About 1000 firms took part.";
    expect(marked(b, answerMarks({ sentence: b, keys: ["1,000"] }))).toEqual(["1000"]);
  });

  it("folds curly quotes and dashes", () => {
    const sentence = "It was called the ‘Korea–Japan’ plan.";
    expect(marked(sentence, answerMarks({ sentence, keys: ["'Korea-Japan'"] }))).toEqual(["‘Korea–Japan’"]);
  });

  it("marks nothing when the key isn't in the sentence", () => {
    expect(answerMarks({ sentence: "Exports rose sharply in 2024.", keys: ["2023"] })).toEqual([]);
    expect(answerMarks({ sentence: "Exports rose sharply in 2024.", keys: [] })).toEqual([]);
  });

  it("only matches whole words and numbers", () => {
    expect(answerMarks({ sentence: "In 2025, 15 Koreans met.", keys: ["5", "Korea", "202"] })).toEqual([]);
  });

  it("places a key found several times by its fact's span", () => {
    const sentence = "Korea ranked 3rd in 2020 and 3rd again in 2024.";
    const second = sentence.lastIndexOf("3rd");
    const spans = answerMarks({ sentence, keys: ["3rd"], factSpans: [{ start: second, end: second + 3 }] });
    expect(spans).toEqual([{ start: second, end: second + 3 }]);
    expect(sentence.slice(spans[0]!.start, spans[0]!.end)).toBe("3rd");
  });

  it("marks nothing for a repeated key that no fact places", () => {
    const sentence = "Korea ranked 3rd in 2020 and 3rd again in 2024.";
    expect(answerMarks({ sentence, keys: ["3rd"] })).toEqual([]);
    expect(answerMarks({ sentence, keys: ["3rd"], factSpans: [{ start: 0, end: 5 }] })).toEqual([]);
  });

  it("marks every keyed option of a multiple select, joining overlaps", () => {
    const sentence = "Members include Japan, Korea and the Philippines.";
    const spans = answerMarks({ sentence, keys: ["Japan", "the Philippines", "Philippines", "Vietnam"] });
    expect(marked(sentence, spans)).toEqual(["Japan", "the Philippines"]);
  });
});

describe("normaliseWithMap", () => {
  it("maps each kept character back to the original", () => {
    const { text, map } = normaliseWithMap("  A  1,000 ");
    expect(text).toBe("a 1000");
    expect(map).toEqual([2, 3, 5, 7, 8, 9]);
  });
});

describe("markedRuns", () => {
  it("cuts the sentence into plain and marked runs that rebuild it", () => {
    const sentence = "Trade reached $77.2 billion last year.";
    const runs = markedRuns(sentence, [{ start: 14, end: 27 }]);
    expect(runs).toEqual([
      { text: "Trade reached ", marked: false },
      { text: "$77.2 billion", marked: true },
      { text: " last year.", marked: false },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(sentence);
  });

  it("ignores spans outside the sentence", () => {
    expect(markedRuns("abc", [{ start: 2, end: 9 }])).toEqual([{ text: "abc", marked: false }]);
  });
});
