// Single choice: one keyed option among 2–8.
import { z } from "zod";
import { figureInStem } from "../generation/questions/distractors";
import { literalOf, mentionsNumber } from "../generation/questions/numbers";
import { mentions } from "../generation/questions/text";
import { allOrNothing, base, distinct, fail, mapIndex, optionAt, optionText, responseIndex } from "./base";
import { fieldMapper, trimmed } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const singleChoiceSchema = z
  .object({
    ...base,
    type: z.literal("single_choice"),
    options: z.array(optionText).min(2).max(8).refine(distinct, "Options must be distinct"),
    /** Index of the correct option. */
    answer: z.number().int().nonnegative(),
  })
  .refine((q) => q.answer < q.options.length, { message: "Answer must be one of the options", path: ["answer"] });

export const singleChoiceResponse = z.object({ choice: responseIndex });

export const singleChoice: QuestionTypeModule<"single_choice"> = {
  type: "single_choice",
  label: TYPE_LABELS.single_choice,
  schema: singleChoiceSchema,
  response: singleChoiceResponse,
  baseDifficulty: 0.3,
  shufflesOptions: true,
  publicFields: (q) => ({ options: [...q.options] }),
  parse(q, raw) {
    const r = singleChoiceResponse.safeParse(raw);
    if (!r.success || r.data.choice >= q.options.length) return fail(MESSAGES.singleChoice);
    return { ok: true, response: r.data };
  },
  parseFallback: MESSAGES.singleChoice,
  grade: (q, { choice }) => allOrNothing({ type: "single_choice", chosen: choice }, choice === q.answer),
  correctResponse: (q) => ({ choice: q.answer }),
  wrongResponse: (q) => ({ choice: (q.answer + 1) % q.options.length }),
  formatAnswer: (q, r) => optionAt(q.options, r.choice) ?? null,
  remapResponse: (r, table) => ({ ...r, choice: mapIndex(r.choice, table) }),
  stemLeak(q) {
    // … in its own words or as the same figure written otherwise: a sentence quoted with the one
    // before it may show "146 million euros" beside the option "€146 million".
    const o = q.options.find((x) => mentions(q.prompt, x) || figureInStem(q.prompt, x));
    if (o) return `The option “${o}” appears in the stem.`;
    // "… had ____ the odds of injury (odds ratio 1.7; …)" with the key "1.7 times": a bracket or
    // a second mention gives the key's number bare, without the word the option adds. Only a
    // number hard to meet by chance counts (a decimal, or three digits or more): "2 times" beside
    // "2 percent" is no leak.
    const lit = literalOf(q.options[q.answer] ?? "");
    return lit && /\.\d|\d{3}/.test(lit) && mentionsNumber(q.prompt, lit) ? `The key's figure ${lit} appears in the stem.` : null;
  },
  keys: (q) => [q.options[q.answer] ?? q.answerText],
  shown: (q) => ({ stated: [q.prompt], offered: q.options }),
  tally: {
    labels: (q) => ({ labels: q.options, correct: q.options.map((_, i) => i === q.answer) }),
    picked: (q, r) => [optionAt(q.options, r.choice)].filter((x): x is string => x !== undefined),
  },
  wrongKey: (q, r) => singleChoice.formatAnswer(q, r),
  draft: {
    from: (q) => ({ options: [...q.options], correct: [q.answer] }),
    toFields(d) {
      const options = trimmed(d.options);
      const answer = d.correct[0] ?? -1;
      return { options, answer, answerText: options[answer] ?? "" };
    },
    fieldFor: fieldMapper(() => "correct", "correct"),
  },
};
