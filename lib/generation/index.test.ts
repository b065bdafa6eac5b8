import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, MAX_PER_SENTENCE } from "./index";
import { QUESTION_TYPES, questionSchema, type Question } from "../question-types";
import { answerProblems, keyedText } from "./questions/answer-checks";
import { mentionsNumber } from "./questions/numbers";
import { LONG_PASSAGE, LONG_STEM } from "./critic/checks";

const seed = readFileSync(fileURLToPath(new URL("../../content/korea-japan-economic-ties.md", import.meta.url)), "utf8");
const result = generate(seed);
const qs = result.questions;
const ready = qs.filter((q) => q.status === "ready");

/** Everything a learner sees or is told is right, as one string. */
const shown = (q: Question) =>
  [q.prompt, q.answerText, ...("options" in q ? q.options : []), ...(q.type === "matching" ? q.prompts : [])].join(" | ");
const keyed = keyedText;
const asked = (figure: string) => qs.filter((q) => mentionsNumber(keyed(q), figure));

describe("generate() on the seed article", () => {
  it("makes at least 25 ready questions of at least five types; every question is schema-valid", () => {
    expect(ready.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ready.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
    for (const q of qs) {
      expect(questionSchema.safeParse(q).success, q.prompt).toBe(true);
      expect(QUESTION_TYPES).toContain(q.type);
      // Held back means a reason is given; ready means none is.
      expect(q.status === "ready" ? q.flags : q.flags?.length, q.prompt).toEqual(q.status === "ready" ? [] : expect.any(Number));
      if (q.status === "needs_review") expect(q.flags?.length).toBeGreaterThan(0);
    }
  });

  it("asks every figure of the survey, the report and the trade data at least once", () => {
    for (const figure of ["62.4", "3", "101", "91", "57", "39", "47.4", "59.2", "200", "77.2", "1998", "2004"]) {
      expect(asked(figure).length, `figure ${figure}`).toBeGreaterThan(0);
    }
    expect(qs.some((q) => q.type === "numeric" && q.answer.value === 77.2 && q.answer.unit === "billion USD")).toBe(true);
    expect(qs.some((q) => q.type === "numeric" && q.answer.value === 62.4 && q.answer.tolerance === 0.05)).toBe(true);
  });

  it("asks the CPTPP facts: 12 members, the named members, China outside, Japan leading", () => {
    expect(asked("12").some((q) => /CPTPP/.test(q.prompt))).toBe(true);
    const ms = qs.find((q) => q.type === "multiple_select" && /CPTPP/.test(q.prompt));
    expect(ms?.type).toBe("multiple_select");
    if (ms?.type === "multiple_select") {
      expect(ms.answer.map((i) => ms.options[i]).sort()).toEqual(["Australia", "Canada", "Mexico", "Vietnam"]);
    }
    expect(qs.some((q) => /China/.test(q.prompt) && q.answer === false)).toBe(true);
    expect(qs.some((q) => q.answerText === "Japan" && /leads/.test(q.prompt))).toBe(true);
  });

  it("reports both self-contradictions and never makes a ready question of them", () => {
    expect(result.issues.map((i) => i.kind).sort()).toEqual(["membership_contradiction", "ratio_mismatch"]);
    const flagged = new Set(result.facts.filter((f) => f.contradicted && f.kind !== "membership").map((f) => f.id));
    for (const q of qs) {
      expect(shown(q)).not.toMatch(/Britain/);
      // A contradicted figure is only ever held back for the teacher, with the finding as the reason.
      if (q.factIds.some((id) => flagged.has(id))) {
        expect(q.status, q.prompt).toBe("needs_review");
        expect(q.flags?.find((f) => f.code === "contradicted")?.message, q.prompt).toMatch(/352/);
        continue;
      }
      expect(shown(q)).not.toMatch(/352/);
      if (q.type === "numeric") expect(q.answer.value).not.toBe(352);
    }
  });

  it("keys every answer to its source sentence and keeps distractors out of stems", () => {
    for (const q of qs) expect(answerProblems(q, seed), q.prompt).toEqual([]);
  });

  it("never leaks the answer into the prompt and keeps stems bounded", () => {
    for (const q of qs) {
      // A statement quoted with the sentence its "This …"/"Just ____ …" points back to may run to the
      // critic's passage bound; one sentence stays within the stem bound.
      const passage = /[a-z\d%)][.!?]\s+[A-Z]/.test(/“([^”]*)”/.exec(q.prompt)?.[1] ?? "");
      expect(q.prompt.length).toBeLessThanOrEqual(passage ? LONG_PASSAGE : LONG_STEM);
      if (q.type === "numeric") expect(mentionsNumber(q.prompt, String(q.answer.value))).toBe(false);
      if (q.type === "fill_blank") expect(q.prompt.split("____")).toHaveLength(2);
    }
  });

  it("caps ready questions per sentence and keeps ids unique", () => {
    const per = new Map<number, number>();
    for (const q of ready.filter((x) => x.factIds.length === 1)) per.set(q.source.start, (per.get(q.source.start) ?? 0) + 1);
    for (const n of per.values()) expect(n).toBeLessThanOrEqual(MAX_PER_SENTENCE);
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it("honours maxPerSentence", () => {
    const one = generate(seed, { maxPerSentence: 1 }).questions.filter((q) => q.status === "ready");
    expect(one.length).toBeLessThan(ready.length);
    const per = new Map<number, number>();
    for (const q of one.filter((x) => x.factIds.length === 1)) per.set(q.source.start, (per.get(q.source.start) ?? 0) + 1);
    for (const n of per.values()) expect(n).toBe(1);
  });

  it("is deterministic for a seed", () => {
    expect(generate(seed)).toEqual(result);
    expect(generate(seed, { seed: 7 }).questions.filter((q) => q.status === "ready").length).toBeGreaterThanOrEqual(25);
  });
});
