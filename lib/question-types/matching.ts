// Matching: each left-hand item paired with one right-hand choice (extras match nothing).
import { z } from "zod";
import { mentions } from "../generation/questions/text";
import { base, distinct, fail, mapIndex, optionAt, optionText, responseIndex } from "./base";
import { fieldMapper, rotate, trimmed } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const matchingSchema = z
  .object({
    ...base,
    type: z.literal("matching"),
    /** Left-hand items (e.g. quotes, acronyms). */
    prompts: z.array(optionText).min(2).max(8).refine(distinct, "Items must be distinct"),
    /** Right-hand choices (e.g. speakers, organisations); may have extra distractors. */
    options: z.array(optionText).min(2).max(10).refine(distinct, "Choices must be distinct"),
    /** answer[i] = index (into options) matching prompts[i]. */
    answer: z.array(z.number().int().nonnegative()),
  })
  .refine(
    (q) =>
      q.answer.length === q.prompts.length &&
      q.answer.every((i) => i < q.options.length) &&
      new Set(q.answer).size === q.answer.length,
    { message: "Each item needs its own matching choice", path: ["answer"] },
  );

export const matchingResponse = z.object({ pairs: z.array(responseIndex.nullable()).max(20) });

export const matching: QuestionTypeModule<"matching"> = {
  type: "matching",
  label: TYPE_LABELS.matching,
  schema: matchingSchema,
  response: matchingResponse,
  baseDifficulty: 0.45,
  shufflesOptions: true,
  publicFields: (q) => ({ options: [...q.options], prompts: [...q.prompts] }),
  parse(q, raw) {
    const r = matchingResponse.safeParse(raw);
    if (!r.success || r.data.pairs.length !== q.prompts.length || r.data.pairs.some((i) => i !== null && i >= q.options.length)) {
      return fail(MESSAGES.matching);
    }
    // Each choice belongs to one prompt in the key; refusing reuse also stops the
    // "same choice everywhere" hedge from banking a guaranteed share of the points.
    const used = r.data.pairs.filter((i) => i !== null);
    if (new Set(used).size !== used.length) return fail(MESSAGES.matchingDuplicate);
    return { ok: true, response: r.data };
  },
  parseFallback: MESSAGES.matching,
  /** Share of prompts paired with their right choice; an unanswered prompt counts as wrong. */
  grade(q, r) {
    const matched = q.answer.map((want, i) => r.pairs[i] === want);
    const right = matched.filter(Boolean).length;
    const exact = right === matched.length;
    const score = exact ? 1 : matched.length === 0 ? 0 : right / matched.length;
    return { type: "matching", matched, score, correct: exact };
  },
  correctResponse: (q) => ({ pairs: [...q.answer] }),
  wrongResponse: (q) => ({ pairs: q.answer.map((_, i) => q.answer[(i + 1) % q.answer.length] ?? null) }),
  formatAnswer(q, r) {
    const pairs = r.pairs;
    if (!Array.isArray(pairs)) return null;
    return q.prompts.map((p, i) => `${p} → ${optionAt(q.options, pairs[i]) ?? "—"}`).join("; ");
  },
  remapResponse: (r, table) => (Array.isArray(r.pairs) ? { ...r, pairs: r.pairs.map((c) => (c === null ? null : mapIndex(c, table))) } : r),
  stemLeak(q) {
    const o = q.options.find((x) => q.prompts.some((p) => mentions(p, x)));
    return o ? `The choice “${o}” appears in an item it is matched with.` : null;
  },
  // Keyed by an arrangement of items it shows itself: no text of its own is a key.
  keys: () => [],
  shown: (q) => ({ stated: [q.prompt, ...q.prompts], offered: q.options }),
  tally: null,
  wrongKey: (q, r) => matching.formatAnswer(q, r),
  draft: {
    from(q) {
      const used = new Set(q.answer);
      return {
        pairs: q.prompts.map((left, i) => ({ left, right: q.options[q.answer[i] ?? -1] ?? "" })),
        extras: q.options.filter((_, i) => !used.has(i)),
      };
    },
    toFields(d) {
      const rights = d.pairs.map((p) => p.right.trim());
      const options = [...rotate(rights), ...trimmed(d.extras).filter(Boolean)];
      return {
        prompts: d.pairs.map((p) => p.left.trim()),
        options,
        answer: rights.map((r) => options.indexOf(r)),
        answerText: d.pairs.map((p) => `${p.left.trim()} → ${p.right.trim()}`).join("; "),
      };
    },
    fieldFor: fieldMapper(() => "pairs", "correct", { prompts: "pairs", options: "pairs" }),
  },
};
