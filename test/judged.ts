// The engine's real output on the seed article with the critic's verdicts set by the test, so
// integration tests hold whatever the critic currently decides. Pure: no database.
import { readFileSync } from "node:fs";
import { generate } from "@/lib/generation";
import type { Question } from "@/lib/question-types";
import type { GenerationResult } from "@/lib/generation/types";

export const SEED_TEXT = readFileSync(new URL("../content/korea-japan-economic-ties.md", import.meta.url), "utf8");

export const CUT_STEM = { code: "cut_stem", message: "The stem is cut off mid-sentence." };
export const OPTION_IN_STEM = { code: "option_in_stem", message: "An option appears in the stem." };

/** The engine's questions without any verdict: what an install stored before the critic existed. */
export function withoutVerdicts(result: GenerationResult): GenerationResult {
  return {
    ...result,
    questions: result.questions.map((q) => {
      const { status: _s, flags: _f, ...rest } = q;
      return rest as Question;
    }),
  };
}

/** Every `every`-th question (from the first) held back with flags; the rest ready. */
export function judged(result: GenerationResult, every = 2): { result: GenerationResult; heldKeys: string[] } {
  const questions = result.questions.map((q, i): Question =>
    i % every === 0 ? { ...q, status: "needs_review", flags: i % 4 === 0 ? [CUT_STEM, OPTION_IN_STEM] : [CUT_STEM] } : { ...q, status: "ready", flags: [] },
  );
  return { result: { ...result, questions }, heldKeys: questions.filter((q) => q.status === "needs_review").map((q) => q.id) };
}

export function seedResult(): GenerationResult {
  return generate(SEED_TEXT, { referenceDate: "2025-06-23" });
}
