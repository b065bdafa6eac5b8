// The engine's front door: article text → facts, consistency findings and gated questions.
// Pure and deterministic: same text, options and seed give the same result.
import { analyse } from "./analyse";
import { gate, MAX_PER_SENTENCE } from "./gate";
import { buildDrafts } from "./questions/build";
import { evidenceQuestions } from "./questions/evidence-questions";
import type { GenerateOptions, GenerationResult } from "./types";

/** The most questions kept from one article (a bank a teacher can still review). */
export const MAX_QUESTIONS = 1_000;

export function generate(text: string, options: GenerateOptions = {}): GenerationResult {
  const analysis = analyse(text, options);
  // The year the article was written (the caller's reference date, or its header's date).
  const published = Number(/^(\d{4})-/.exec(options.referenceDate ?? analysis.article.published ?? "")?.[1]);
  const publishedOn = /^\d{4}-\d{2}-\d{2}/.exec(options.referenceDate ?? analysis.article.published ?? "")?.[0];
  const drafts = buildDrafts(text, analysis.facts, analysis.issues, options.seed ?? 1, Number.isInteger(published) ? published : undefined, publishedOn);
  const critic = { text, sentences: analysis.sentences.map((s) => s.text), blocks: analysis.sentences.map((s) => s.blockIndex), headlines: analysis.sentences.filter((s) => analysis.blocks[s.blockIndex]?.kind === "headline").map((s) => s.text), facts: analysis.facts };
  const maxPerSentence = options.maxPerSentence ?? MAX_PER_SENTENCE;
  const gated = gate(drafts, { maxPerSentence, critic });
  // Evidence questions come beside the gate's choice (never instead of it), in reading order.
  const questions = [...gated, ...evidenceQuestions(gated, analysis.sentences, { facts: analysis.facts, maxPerSentence })].sort((a, b) => a.source.start - b.source.start).slice(0, MAX_QUESTIONS);
  return { ...analysis, questions };
}

export { analyse, MAX_FACTS, type Analysis } from "./analyse";
export { MAX_SENTENCE_CHARS } from "./sentences";
export { gate, MAX_PER_SENTENCE, type GateOptions } from "./gate";
export { critique, CHECKS, type CriticContext } from "./critic";
export { buildDrafts } from "./questions/build";
export { evidenceQuestions, passageAround } from "./questions/evidence-questions";
export * from "../question-types";
export type * from "./types";
