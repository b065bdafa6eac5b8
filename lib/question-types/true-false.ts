// True or false: a statement keyed true or false.
import { z } from "zod";
import { allOrNothing, base, fail } from "./base";
import { fieldMapper } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const trueFalseSchema = z.object({
  ...base,
  type: z.literal("true_false"),
  answer: z.boolean(),
});

export const trueFalseResponse = z.object({ value: z.boolean() });

const word = (v: unknown) => (typeof v === "boolean" ? (v ? "True" : "False") : null);

export const trueFalse: QuestionTypeModule<"true_false"> = {
  type: "true_false",
  label: TYPE_LABELS.true_false,
  schema: trueFalseSchema,
  response: trueFalseResponse,
  baseDifficulty: 0.2,
  shufflesOptions: false,
  publicFields: () => ({}),
  parse(_q, raw) {
    const r = trueFalseResponse.safeParse(raw);
    return r.success ? { ok: true, response: r.data } : fail(MESSAGES.trueFalse);
  },
  parseFallback: MESSAGES.trueFalse,
  grade: (q, { value }) => allOrNothing({ type: "true_false", value }, value === q.answer),
  correctResponse: (q) => ({ value: q.answer }),
  wrongResponse: (q) => ({ value: !q.answer }),
  formatAnswer: (_q, r) => word(r.value),
  remapResponse: (r) => r,
  stemLeak: () => null,
  keys(q) {
    // "False — the article gives $35.92 billion, not $195.47 billion.": a stem that prints
    // $35.92 billion settles it, whichever way the statement was written.
    const m = /the article gives (.+?)(?:, not .+)?\.$/.exec(q.answerText);
    return m?.[1] ? [m[1]] : [];
  },
  shown: (q) => ({ stated: [q.prompt], offered: [] }),
  tally: {
    labels: (q) => ({ labels: ["True", "False"], correct: [q.answer, !q.answer] }),
    picked: (_q, r) => [word(r.value)].filter((x): x is string => x !== null),
  },
  wrongKey: (q, r) => trueFalse.formatAnswer(q, r),
  draft: {
    from: (q) => ({ truth: q.answer }),
    toFields: (d) => ({ answer: d.truth, answerText: d.truth ? "True" : "False" }),
    fieldFor: fieldMapper(() => "truth", "correct"),
  },
};
