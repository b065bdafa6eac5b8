import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "../lib/generation/index";
import { summary } from "./generate-summary";

const text = readFileSync(new URL("../content/korea-japan-economic-ties.md", import.meta.url), "utf8");

describe("the generate command's readable summary", () => {
  // Built on the engine's real output, with the verdicts set here: the test holds whatever the critic decides.
  const result = generate(text, { referenceDate: "2025-06-23" });
  const [first, second, ...rest] = result.questions;
  const withheld = { ...first!, status: "needs_review" as const, flags: [{ code: "cut_stem", message: "The stem is cut off mid-sentence." }, { code: "stilted", message: "The wording is a template." }] };
  const noReason = { ...second!, status: "needs_review" as const, flags: [] };
  const ready = rest.map((q) => ({ ...q, status: "ready" as const, flags: [] }));
  const out = summary({ ...result, questions: [withheld, noReason, ...ready] });

  it("lists the ready questions, then the withheld ones with their reasons", () => {
    expect(out).toContain(`${ready.length} ready · 2 withheld for review`);
    const readyAt = out.indexOf(`Ready questions (${ready.length}):`);
    const heldAt = out.indexOf("Withheld for review (2):");
    expect(readyAt).toBeGreaterThan(0);
    expect(heldAt).toBeGreaterThan(readyAt);
    const readyPart = out.slice(readyAt, heldAt);
    const heldPart = out.slice(heldAt);
    for (const q of ready) expect(readyPart).toContain(q.prompt);
    expect(readyPart).not.toContain(withheld.prompt);
    expect(heldPart).toContain(`[${withheld.type}] ${withheld.prompt}`);
    expect(heldPart).toContain("- The stem is cut off mid-sentence. (cut_stem)");
    expect(heldPart).toContain("- The wording is a template. (stilted)");
    expect(heldPart).toContain(noReason.prompt);
    expect(heldPart).toContain("(no reason given)");
  });

  it("says nothing is withheld when the engine is sure of every question", () => {
    const all = summary({ ...result, questions: result.questions.map((q) => ({ ...q, status: "ready" as const, flags: [] })) });
    expect(all).toContain(`${result.questions.length} ready · 0 withheld for review`);
    expect(all).not.toContain("Withheld for review (");
  });
});
