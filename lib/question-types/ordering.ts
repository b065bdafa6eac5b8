// Put in order: items shown shuffled, keyed by their order, graded by pairwise agreement.
import { z } from "zod";
import { base, distinct, fail, isPermutation, mapIndex, optionAt, optionText, responseIndex } from "./base";
import { fieldMapper, rotate, trimmed } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const orderingSchema = z
  .object({
    ...base,
    type: z.literal("ordering"),
    /** Items in the order they are shown. */
    options: z.array(optionText).min(3).max(8).refine(distinct, "Items must be distinct"),
    /** answer[k] = index (into options) of the item that belongs in position k. */
    answer: z.array(z.number().int().nonnegative()),
  })
  .refine((q) => isPermutation(q.answer, q.options.length), {
    message: "The order must use every item once",
    path: ["answer"],
  });

export const orderingResponse = z.object({ order: z.array(responseIndex).max(20) });

export const ordering: QuestionTypeModule<"ordering"> = {
  type: "ordering",
  label: TYPE_LABELS.ordering,
  schema: orderingSchema,
  response: orderingResponse,
  baseDifficulty: 0.5,
  shufflesOptions: true,
  publicFields: (q) => ({ options: [...q.options] }),
  parse(q, raw) {
    const r = orderingResponse.safeParse(raw);
    if (!r.success || !isPermutation(r.data.order, q.options.length)) return fail(MESSAGES.ordering);
    return { ok: true, response: r.data };
  },
  parseFallback: MESSAGES.ordering,
  /**
   * Pairwise agreement (Kendall's tau), floored at 0: (agreeing pairs − disagreeing pairs) /
   * all pairs. Chosen over "share of items in the right position" because one item misplaced
   * shifts every item after it: moving the first event of five to the end leaves the story
   * otherwise in order, yet scores 0 by position. By pairs it keeps 6 of 10 pairs (score 0.2
   * after the chance correction). The subtraction mirrors multiple_select's penalty: a random
   * order agrees on half the pairs, so plain agreement would pay 0.5 for guessing; tau pays
   * about 0, and a reversed order pays exactly 0.
   */
  grade(q, r) {
    const n = q.answer.length;
    const position = new Map<number, number>();
    r.order.forEach((item, k) => position.set(item, k));
    const inPlace = r.order.map((item, k) => q.answer[k] === item);
    let agreeingPairs = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        pairs++;
        const pi = position.get(q.answer[i] ?? -1) ?? -1;
        const pj = position.get(q.answer[j] ?? -1) ?? -1;
        if (pi < pj) agreeingPairs++;
      }
    }
    const exact = inPlace.every(Boolean);
    const score = exact ? 1 : pairs === 0 ? 0 : Math.max(0, (2 * agreeingPairs - pairs) / pairs);
    return { type: "ordering", inPlace, agreeingPairs, pairs, score, correct: exact };
  },
  correctResponse: (q) => ({ order: [...q.answer] }),
  wrongResponse: (q) => ({ order: [...q.answer].reverse() }),
  formatAnswer(q, r) {
    const items = Array.isArray(r.order) ? r.order.map((i) => optionAt(q.options, i)).filter(Boolean) : [];
    return items.length ? items.join(" → ") : null;
  },
  remapResponse: (r, table) => (Array.isArray(r.order) ? { ...r, order: r.order.map((c) => mapIndex(c, table)) } : r),
  stemLeak: () => null,
  // Keyed by an arrangement of items it shows itself: no text of its own is a key.
  keys: () => [],
  shown: (q) => ({ stated: [q.prompt, ...q.options], offered: [] }),
  tally: null,
  wrongKey: (q, r) => ordering.formatAnswer(q, r),
  draft: {
    from: (q) => ({ options: q.answer.map((i) => q.options[i] ?? "") }),
    toFields(d) {
      const items = trimmed(d.options);
      const options = rotate(items);
      return { options, answer: items.map((item) => options.indexOf(item)), answerText: items.join(" → ") };
    },
    fieldFor: fieldMapper(() => "options", "correct"),
  },
};
