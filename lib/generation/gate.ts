// Stage 7: choose, bound and validate. Drops duplicates and leaky or over-long questions,
// caps questions per sentence (keeping every fact's best question before anyone's second),
// scores difficulty, gives stable ids and validates each question against the contract.
import { questionSchema, type Question } from "./question-schema";
import type { Draft, DraftQuestion } from "./questions/context";
import { mentionsNumber, literalOf } from "./questions/numbers";
import { mentions, normalise } from "./questions/text";
import { hashString } from "./random";

export interface GateOptions {
  maxPerSentence?: number;
  maxStemLength?: number;
  minConfidence?: number;
}

const BASE_DIFFICULTY: Record<Question["type"], number> = {
  true_false: 0.2,
  single_choice: 0.3,
  multiple_select: 0.45,
  matching: 0.45,
  fill_blank: 0.5,
  ordering: 0.5,
  numeric: 0.55,
};

export function difficultyOf(q: DraftQuestion, closeness: number): number {
  const options = "options" in q ? q.options.length : 0;
  const raw = BASE_DIFFICULTY[q.type] + 0.25 * closeness + (options > 0 ? 0.03 * (options - 4) : 0);
  return Math.round(Math.min(0.95, Math.max(0.05, raw)) * 100) / 100;
}

export function questionId(q: DraftQuestion): string {
  const key = `${q.type}|${normalise(q.prompt)}`;
  return `q-${hashString(key).toString(36)}${hashString(`${key}#`).toString(36).slice(0, 3)}`;
}

/** The answer must not be readable from the stem, nor any option from the stem. */
export function leaks(q: DraftQuestion): boolean {
  switch (q.type) {
    case "single_choice":
    case "multiple_select":
      return q.options.some((o) => mentions(q.prompt, o));
    case "numeric": {
      const lit = literalOf(q.answerText);
      // Also catches a cloze whose sentence repeats the figure elsewhere ("rose 5% … fell 5%").
      return lit !== null && mentionsNumber(q.prompt, lit);
    }
    case "fill_blank":
      return q.answer.accepted.some((a) => /[A-Za-z]/.test(a) ? mentions(q.prompt, a) : mentionsNumber(q.prompt, a));
    case "matching":
      return q.options.some((o) => q.prompts.some((p) => mentions(p, o)));
    default:
      return false;
  }
}

export function gate(drafts: Draft[], options: GateOptions = {}): Question[] {
  const maxPer = options.maxPerSentence ?? 3;
  const maxStem = options.maxStemLength ?? 300;
  const minConf = options.minConfidence ?? 0.6;
  // Best first: every fact's first question, then second questions, ...; priority breaks ties.
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.rank - b.d.rank || b.d.priority - a.d.priority || a.i - b.i);
  const seenPrompt = new Set<string>();
  const seenFact = new Set<string>();
  const perSentence = new Map<number, number>();
  const kept: { q: Question; start: number; order: number }[] = [];
  for (const { d, i } of ordered) {
    const q = d.question;
    if (q.prompt.length > maxStem || (d.confidence !== undefined && d.confidence < minConf) || leaks(q)) continue;
    const promptKey = `${q.type}|${normalise(q.prompt)}`;
    const factKey = `${q.type}|${[...q.factIds].sort().join(",")}|${d.variant ?? ""}`;
    if (seenPrompt.has(promptKey) || seenFact.has(factKey)) continue;
    const start = q.source.start;
    if (!d.crossSentence && (perSentence.get(start) ?? 0) >= maxPer) continue;
    const parsed = questionSchema.safeParse({ ...q, id: questionId(q), difficulty: difficultyOf(q, d.closeness) });
    if (!parsed.success) continue;
    seenPrompt.add(promptKey);
    seenFact.add(factKey);
    if (!d.crossSentence) perSentence.set(start, (perSentence.get(start) ?? 0) + 1);
    kept.push({ q: parsed.data, start, order: i });
  }
  return kept.sort((a, b) => a.start - b.start || a.order - b.order).map((k) => k.q);
}
