// The engine's front door: article text → facts, consistency findings and gated questions.
// Pure and deterministic: same text, options and seed give the same result.
import { analyse } from "./analyse";
import { gate, MAX_PER_SENTENCE } from "./gate";
import { buildDrafts } from "./questions/build";
import type { GenerateOptions, GenerationResult } from "./types";

/** The most questions kept from one article (a bank a teacher can still review). */
export const MAX_QUESTIONS = 1_000;

export function generate(text: string, options: GenerateOptions = {}): GenerationResult {
  const analysis = analyse(text, options);
  const drafts = buildDrafts(text, analysis.facts, analysis.issues, options.seed ?? 1);
  const critic = { text, sentences: analysis.sentences.map((s) => s.text), blocks: analysis.sentences.map((s) => s.blockIndex), facts: analysis.facts };
  const questions = gate(drafts, { maxPerSentence: options.maxPerSentence ?? MAX_PER_SENTENCE, critic }).slice(0, MAX_QUESTIONS);
  return { ...analysis, questions };
}

export { analyse, MAX_FACTS, type Analysis } from "./analyse";
export { MAX_SENTENCE_CHARS } from "./sentences";
export { gate, MAX_PER_SENTENCE, type GateOptions } from "./gate";
export { critique, CHECKS, type CriticContext } from "./critic";
export { buildDrafts } from "./questions/build";
export * from "../question-types";
export type * from "./types";
