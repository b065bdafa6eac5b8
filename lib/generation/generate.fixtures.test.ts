import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "./index";
import { questionSchema, type Question } from "../question-types";
import { answerProblems } from "./questions/answer-checks";
import { mentions } from "./questions/text";
import { LONG_PASSAGE } from "./critic/checks";

// Articles nobody tuned the engine on: the question stages must hold up on them unchanged.
const dir = fileURLToPath(new URL("./__fixtures__/", import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".md"));

const shown = (q: Question) => [q.prompt, q.answerText, ...("options" in q ? q.options : []), ...(q.type === "matching" ? q.prompts : [])];

describe.each(fixtures)("generate() on fixture %s", (name) => {
  const text = readFileSync(`${dir}${name}`, "utf8");
  const r = generate(text);

  it("makes several kinds of schema-valid questions", () => {
    expect(r.questions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(r.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
    for (const q of r.questions) expect(questionSchema.safeParse(q).success, q.prompt).toBe(true);
  });

  it("sources and keys every question to the article", () => {
    for (const q of r.questions) expect(answerProblems(q, text), q.prompt).toEqual([]);
  });

  it("holds back every question on a contradicted fact and names no contested member", () => {
    const flagged = new Set(r.facts.filter((f) => f.contradicted && f.kind !== "membership").map((f) => f.id));
    const contested = r.facts.flatMap((f) => (f.kind === "membership" ? f.members.filter((m) => f.nonMembers.includes(m)) : []));
    for (const q of r.questions) {
      if (q.factIds.some((id) => flagged.has(id))) {
        expect(q.status, q.prompt).toBe("needs_review");
        expect(q.flags?.some((f) => f.code === "contradicted"), q.prompt).toBe(true);
      }
      for (const name of contested) for (const s of shown(q)) expect(mentions(s, name), `${name} in ${s}`).toBe(false);
    }
  });

  it("keeps stems bounded and ids unique", () => {
    // A stem quoting a two-sentence passage ("X. This growth …") may run to LONG_PASSAGE.
    for (const q of r.questions) expect(q.prompt.length).toBeLessThanOrEqual(LONG_PASSAGE);
    expect(new Set(r.questions.map((q) => q.id)).size).toBe(r.questions.length);
  });
});

describe("fixture-specific expectations", () => {
  it("asks the named members of a group whose count disagrees with its list, minus the contested one", () => {
    const name = fixtures.find((f) => /eu-manufacturers/.test(f));
    if (!name) return;
    const r = generate(readFileSync(`${dir}${name}`, "utf8"));
    const ms = r.questions.find((q) => q.type === "multiple_select");
    expect(ms?.type).toBe("multiple_select");
    if (ms?.type !== "multiple_select") return;
    expect(ms.answer.map((i) => ms.options[i]).sort()).toEqual(["Argentina", "Brazil", "Paraguay", "Uruguay"]);
    // The stated count (4) disagrees with the list (5): it is only ever held back for a teacher.
    for (const q of r.questions.filter((x) => x.type === "numeric" && /how many/.test(x.prompt) && /Mercosur/.test(x.prompt))) {
      expect(q.status).toBe("needs_review");
      expect(q.flags?.some((f) => f.code === "contradicted")).toBe(true);
    }
  });

  it("says ranked money amounts in their natural scale", () => {
    const name = fixtures.find((f) => /central-bank/.test(f));
    if (!name) return;
    const r = generate(readFileSync(`${dir}${name}`, "utf8"));
    const m = r.questions.find((q) => q.type === "matching" && /chipmakers/.test(q.prompt));
    expect(m?.answerText).toMatch(/\$23\.5 billion/);
  });
});
