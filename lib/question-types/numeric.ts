// Numeric: a number within a tolerance, in the question's unit.
import { z } from "zod";
import { literalOf, mentionsNumber } from "../generation/questions/numbers";
import { normaliseText } from "../grading/normalise-text";
import { isWithinTolerance, numericFormatHint, readNumericResponse } from "../grading/numeric";
import { allOrNothing, base, fail, fieldOf } from "./base";
import { fieldMapper, toNumber } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const numericSchema = z.object({
  ...base,
  type: z.literal("numeric"),
  answer: z.object({
    value: z.number().finite(),
    /** Absolute tolerance: a response r is right when |r - value| <= tolerance. */
    tolerance: z.number().finite().nonnegative(),
    /** Shown next to the input, e.g. "%", "billion USD", "points". */
    unit: z.string().max(40).optional(),
  }),
});

export const numericResponse = z.object({ value: z.string().max(40) });

export const numeric: QuestionTypeModule<"numeric"> = {
  type: "numeric",
  label: TYPE_LABELS.numeric,
  schema: numericSchema,
  response: numericResponse,
  baseDifficulty: 0.55,
  shufflesOptions: false,
  publicFields: (q) => (q.answer.unit ? { unit: q.answer.unit } : {}),
  parse(q, raw) {
    const hint = `${numericFormatHint(q)}.`;
    const value = fieldOf(raw, "value");
    if (typeof value === "string" && value.length > 40) return fail(`That is too long. ${hint}`);
    const r = numericResponse.safeParse(raw);
    if (!r.success || r.data.value.trim() === "") return fail(hint);
    if (readNumericResponse(q, r.data.value) === null) return fail(`That is not a number we can read. ${hint}`);
    return { ok: true, response: r.data };
  },
  parseFallback: "Enter a number, like 62.4.",
  grade(q, r) {
    const parsed = readNumericResponse(q, r.value);
    if (parsed === null) return { type: "invalid", message: MESSAGES.unknownQuestion, score: 0, correct: false };
    return allOrNothing({ type: "numeric", parsed, difference: Math.abs(parsed - q.answer.value) }, isWithinTolerance(q, parsed));
  },
  // String() of a finite number is what parseNumber reads, except for exponent forms
  // (1e21, 1e-7), which no news figure needs.
  correctResponse: (q) => ({ value: String(q.answer.value) }),
  wrongResponse: (q) => ({ value: String(q.answer.value * 10 + 1) }),
  formatAnswer: (q, r) => (typeof r.value === "string" && r.value.trim() ? `${r.value.trim()}${q.answer.unit ? ` ${q.answer.unit}` : ""}` : null),
  remapResponse: (r) => r,
  stemLeak(q) {
    const lit = literalOf(q.answerText);
    return lit !== null && mentionsNumber(q.prompt, lit) ? "The answer's figure appears in the stem." : null;
  },
  keys: (q) => [q.answerText],
  shown: (q) => ({ stated: [q.prompt], offered: [] }),
  tally: null,
  /** "62.40" and "62.4 %" are one number. */
  wrongKey(q, r) {
    if (typeof r.value !== "string" || !r.value.trim()) return null;
    const n = readNumericResponse(q, r.value);
    if (n === null) return normaliseText(r.value) || null;
    return q.answer.unit ? `${n} ${q.answer.unit}` : String(n);
  },
  draft: {
    from: (q) => ({ value: String(q.answer.value), tolerance: String(q.answer.tolerance), unit: q.answer.unit ?? "" }),
    toFields(d) {
      const value = toNumber(d.value);
      const unit = d.unit.trim() || undefined;
      return { answer: { value, tolerance: toNumber(d.tolerance), ...(unit ? { unit } : {}) }, answerText: `${d.value.trim()}${unit ? ` ${unit}` : ""}` };
    },
    fieldFor: fieldMapper((path) => (path[1] === "tolerance" ? "tolerance" : "value"), "value"),
  },
};
