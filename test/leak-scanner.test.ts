import { describe, expect, it } from "vitest";
import { findLeaks, indexOfToken, keyValuesOf, publicTextOf, secretsOf } from "@/e2e/leak-scanner";
import { fillBlank as blank, evidence, numericPercent, singleChoice } from "@/lib/grading/test-fixtures";
import { toPublicQuestion } from "@/lib/question-types";

describe("the answer-key leak scanner", () => {
  it("finds an answer given as a word, in HTML, JSON and escaped RSC text", () => {
    const secrets = ["60th", '"answerText"'];
    expect(findLeaks([{ url: "/a", body: "<p>the 60th anniversary</p>" }], secrets)).toHaveLength(1);
    expect(findLeaks([{ url: "/b", body: '{"n":"60th"}' }], secrets)).toHaveLength(1);
    expect(findLeaks([{ url: "/c", body: '[\\"answerText\\",1]' }], secrets)).toHaveLength(1);
  });

  it("does not mistake a random id that happens to contain the answer for a leak", () => {
    const body = '{"id":"cmwzumw63001b7d7du2qk60th","type":"ordering"}';
    expect(findLeaks([{ url: "/demo", body }], ["60th"])).toEqual([]);
    expect(findLeaks([{ url: "/demo", body: "id 60thx9" }], ["60th"])).toEqual([]);
  });

  it("ignores an answer that is part of the public prompt text", () => {
    const body = "<h2>When did Korea mark its 60th anniversary?</h2>";
    expect(findLeaks([{ url: "/q", body }], ["60th"], ["When did Korea mark its 60th anniversary?"])).toEqual([]);
  });

  it("matches whole tokens only where the secret starts or ends with a letter or digit", () => {
    expect(indexOfToken("x 62.4% y", "62.4%")).toBe(2);
    expect(indexOfToken("162.4%", "62.4%")).toBe(-1);
    expect(indexOfToken("a62.4% later 62.4%", "62.4%")).toBe(13);
    expect(indexOfToken('k"answerText"', '"answerText"')).toBe(1);
    expect(indexOfToken("Korea’s", "Korea")).toBe(0);
  });
});

describe("evidence questions", () => {
  it("treat the passage as public and which sentence is the evidence as the key", () => {
    const served = JSON.stringify(toPublicQuestion(evidence));
    expect(findLeaks([{ url: "/quiz", body: served }], secretsOf([evidence]), publicTextOf([evidence]))).toEqual([]);
    const link = `<a href="/articles/marrow-bay?s=${evidence.source.start}-${evidence.source.end}#source">source</a>`;
    expect(findLeaks([{ url: "/quiz", body: served + link }], secretsOf([evidence]), publicTextOf([evidence]))).toHaveLength(1);
    const stored = JSON.stringify({ passage: evidence.passage, answer: evidence.answer });
    expect(findLeaks([{ url: "/quiz", body: stored }], secretsOf([evidence]), publicTextOf([evidence])).length).toBeGreaterThan(0);
  });
});

describe("keyValuesOf, for replies that rightly carry some keys", () => {
  it("finds a withheld question's key in a reply that carries another question's key", () => {
    const fillBlank = { ...blank, explanation: "Exports to Japan grew by a fifth, the article says." };
    const secrets = keyValuesOf([fillBlank, singleChoice], [numericPercent]);
    expect(secrets).not.toContain('"answerText"'); // the field names are in the reply rightly
    const reply = JSON.stringify({ items: [{ answerText: numericPercent.answerText, explanation: numericPercent.explanation }] });
    expect(findLeaks([{ url: "/demo (action)", body: reply }], secrets)).toEqual([]);
    const leaky = JSON.stringify({ items: [{ answerText: fillBlank.answerText, explanation: fillBlank.explanation }] });
    expect(findLeaks([{ url: "/demo (action)", body: leaky }], secrets).map((l) => l.secret)).toContain(fillBlank.explanation);
  });

  it("leaves out a value the shown questions share", () => {
    const twin = { ...singleChoice, id: "twin" };
    expect(keyValuesOf([singleChoice], [twin])).toEqual([]);
  });
});
