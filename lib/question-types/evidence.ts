// Find the evidence: the student reads a short passage of the article (the source sentence and
// its neighbours) and picks the sentence that supports a claim. Keyed and graded by the source
// span, so any fact the engine extracts can become one. The passage's texts are public; which
// one is the source (its index and offsets) is the key and stays on the server until grading.
import { z } from "zod";
import { normalise } from "../generation/questions/text";
import { allOrNothing, base, fail, sourceRefSchema } from "./base";
import { fieldMapper } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

/** Sentences a passage shows: enough for a choice, few enough to read on a phone. */
export const PASSAGE_MIN = 2;
export const PASSAGE_MAX = 7;

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

export const evidenceSchema = z
  .object({
    ...base,
    type: z.literal("evidence"),
    /** The passage, in reading order: each sentence with its offsets into the article. */
    passage: z.array(sourceRefSchema).min(PASSAGE_MIN).max(PASSAGE_MAX),
    /** Index (into passage) of the sentence that supports the claim: the one at `source`. */
    answer: z.number().int().nonnegative(),
  })
  .refine((q) => q.passage.every((s, i) => i === 0 || s.start >= (q.passage[i - 1]?.end ?? 0)), {
    message: "The passage's sentences must be in reading order",
    path: ["passage"],
  })
  .refine((q) => {
    const keyed = q.passage[q.answer];
    return keyed !== undefined && sameSpan(keyed, q.source);
  }, {
    message: "Choose the sentence that supports the claim",
    path: ["answer"],
  });

export const evidenceResponse = z.object({ sentence: z.number().int().min(0).max(PASSAGE_MAX - 1) });

/** Words of a text, normalised, for comparing a claim with the sentence it paraphrases. */
const words = (s: string) => normalise(s).split(" ").filter(Boolean);

/** Consecutive words of the claim copied from the sentence at or above which the claim quotes it. */
export const QUOTED_RUN = 8;

/** The longest run of consecutive words the claim shares with the sentence. */
export function sharedRun(claim: string, sentence: string): number {
  const a = words(claim);
  const b = words(sentence);
  let best = 0;
  // Longest common substring over words: small inputs (one sentence, one claim).
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = (prev[j - 1] ?? 0) + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/** Whether a claim copies its evidence sentence: QUOTED_RUN words in a row, or all of a shorter one. */
export function quotesSentence(claim: string, sentence: string): boolean {
  const n = Math.min(QUOTED_RUN, words(sentence).length);
  return n > 0 && sharedRun(claim, sentence) >= n;
}

const clipped = (s: string) => (s.length > 600 ? `${s.slice(0, 599)}…` : s);

export const evidence: QuestionTypeModule<"evidence"> = {
  type: "evidence",
  label: TYPE_LABELS.evidence,
  schema: evidenceSchema,
  response: evidenceResponse,
  baseDifficulty: 0.35,
  // Reading order is part of the question: the passage is never shuffled.
  shufflesOptions: false,
  publicFields: (q) => ({ passage: q.passage.map((s) => s.sentence) }),
  parse(q, raw) {
    const r = evidenceResponse.safeParse(raw);
    if (!r.success || r.data.sentence >= q.passage.length) return fail(MESSAGES.evidence);
    return { ok: true, response: r.data };
  },
  parseFallback: MESSAGES.evidence,
  /** Right when the chosen sentence is the source span (not merely the same index). */
  grade(q, r) {
    const chosen = q.passage[r.sentence];
    return allOrNothing({ type: "evidence", chosen: r.sentence }, chosen !== undefined && sameSpan(chosen, q.source));
  },
  correctResponse: (q) => ({ sentence: q.answer }),
  // The next sentence: the slip of a reader who stopped one sentence late.
  wrongResponse: (q) => ({ sentence: (q.answer + 1) % q.passage.length }),
  formatAnswer: (q, r) => (typeof r.sentence === "number" ? (q.passage[r.sentence]?.sentence ?? null) : null),
  remapResponse: (r) => r,
  stemLeak: (q) => (quotesSentence(q.prompt, q.source.sentence) ? "The claim copies the evidence sentence word for word." : null),
  // Keyed by a sentence it shows itself: no text of its own is a key.
  keys: () => [],
  shown: (q) => ({ stated: [q.prompt, ...q.passage.map((s) => s.sentence)], offered: [] }),
  tally: {
    labels: (q) => ({ labels: q.passage.map((s) => s.sentence), correct: q.passage.map((_, i) => i === q.answer) }),
    picked: (q, r) => [typeof r.sentence === "number" ? q.passage[r.sentence]?.sentence : undefined].filter((x): x is string => x !== undefined),
  },
  wrongKey: (q, r) => evidence.formatAnswer(q, r),
  draft: {
    from: (q) => ({ passage: q.passage.map((s) => s.sentence), correct: [q.answer] }),
    /** The passage is the article's text: it comes from the stored question, never from the draft. */
    toFields(d, base) {
      const passage = base.passage ?? [];
      const answer = d.correct[0] ?? -1;
      const chosen = passage[answer];
      return { passage, answer, source: chosen ?? base.source, answerText: chosen ? clipped(chosen.sentence) : "" };
    },
    fieldFor: fieldMapper(() => "correct", "correct", { passage: "correct", source: "correct" }),
  },
};
