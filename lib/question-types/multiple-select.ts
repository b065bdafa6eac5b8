// Multiple select: every keyed option among 3–10, with partial credit.
import { z } from "zod";
import { figureInStem } from "../generation/questions/distractors";
import { mentions } from "../generation/questions/text";
import { base, distinct, fail, mapIndex, optionAt, optionText, responseIndex } from "./base";
import { fieldMapper, trimmed } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const multipleSelectSchema = z
  .object({
    ...base,
    type: z.literal("multiple_select"),
    options: z.array(optionText).min(3).max(10).refine(distinct, "Options must be distinct"),
    /** Indices of every correct option, ascending. */
    answer: z.array(z.number().int().nonnegative()).min(1),
  })
  .refine((q) => q.answer.every((i) => i < q.options.length) && new Set(q.answer).size === q.answer.length, {
    message: "Answers must be distinct options",
    path: ["answer"],
  });

export const multipleSelectResponse = z.object({ choices: z.array(responseIndex).max(20) });

const picks = (options: string[], r: Record<string, unknown>) => (Array.isArray(r.choices) ? r.choices.map((i) => optionAt(options, i)).filter((x): x is string => Boolean(x)) : []);

export const multipleSelect: QuestionTypeModule<"multiple_select"> = {
  type: "multiple_select",
  label: TYPE_LABELS.multiple_select,
  schema: multipleSelectSchema,
  response: multipleSelectResponse,
  baseDifficulty: 0.45,
  shufflesOptions: true,
  publicFields: (q) => ({ options: [...q.options] }),
  parse(q, raw) {
    const r = multipleSelectResponse.safeParse(raw);
    if (!r.success || r.data.choices.some((i) => i >= q.options.length)) return fail(MESSAGES.multipleSelect);
    if (r.data.choices.length === 0) return fail(MESSAGES.multipleSelectEmpty);
    if (new Set(r.data.choices).size !== r.data.choices.length) return fail(MESSAGES.multipleSelectDuplicate);
    return { ok: true, response: r.data };
  },
  parseFallback: MESSAGES.multipleSelect,
  /**
   * (right picks − wrong picks) / number of correct options, floored at 0. The penalty for
   * wrong picks is what makes "tick everything" worth nothing instead of full marks.
   */
  grade(q, r) {
    const key = new Set(q.answer);
    const picked = new Set(r.choices);
    const rightPicks = [...picked].filter((i) => key.has(i)).sort((a, b) => a - b);
    const wrongPicks = [...picked].filter((i) => !key.has(i)).sort((a, b) => a - b);
    const missed = [...key].filter((i) => !picked.has(i)).sort((a, b) => a - b);
    const exact = wrongPicks.length === 0 && missed.length === 0;
    const score = exact ? 1 : Math.max(0, (rightPicks.length - wrongPicks.length) / key.size);
    return { type: "multiple_select", rightPicks, wrongPicks, missed, score, correct: exact };
  },
  correctResponse: (q) => ({ choices: [...q.answer] }),
  wrongResponse: (q) => ({ choices: q.answer.slice(0, 1) }),
  formatAnswer(q, r) {
    const p = picks(q.options, r);
    return p.length ? p.join(", ") : null;
  },
  remapResponse: (r, table) => (Array.isArray(r.choices) ? { ...r, choices: r.choices.map((c) => mapIndex(c, table)) } : r),
  stemLeak(q) {
    // … in its own words or as the same figure written otherwise: a sentence quoted with the one
    // before it may show "146 million euros" beside the option "€146 million".
    const o = q.options.find((x) => mentions(q.prompt, x) || figureInStem(q.prompt, x));
    return o ? `The option “${o}” appears in the stem.` : null;
  },
  keys: (q) => q.answer.map((i) => q.options[i]).filter((o): o is string => o !== undefined),
  shown: (q) => ({ stated: [q.prompt], offered: q.options }),
  tally: {
    labels: (q) => ({ labels: q.options, correct: q.options.map((_, i) => q.answer.includes(i)) }),
    picked: (q, r) => [...new Set(picks(q.options, r))],
  },
  wrongKey: (q, r) => multipleSelect.formatAnswer(q, r),
  draft: {
    from: (q) => ({ options: [...q.options], correct: [...q.answer] }),
    toFields(d) {
      const options = trimmed(d.options);
      const answer = [...d.correct].sort((a, b) => a - b);
      return { options, answer, answerText: answer.map((i) => options[i] ?? "").join("; ") };
    },
    fieldFor: fieldMapper(() => "correct", "correct"),
  },
};
