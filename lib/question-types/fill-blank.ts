// Fill in the blank: a typed word or figure matched against accepted answers.
import { z } from "zod";
import { mentionsNumber } from "../generation/questions/numbers";
import { mentions } from "../generation/questions/text";
import { matchesAccepted, normaliseText } from "../grading/normalise-text";
import { allOrNothing, base, fail, fieldOf } from "./base";
import { fieldMapper, trimmed } from "./draft-fields";
import { MESSAGES } from "./messages";
import type { QuestionTypeModule } from "./module";
import { TYPE_LABELS } from "./labels";

export const fillBlankSchema = z
  .object({
    ...base,
    type: z.literal("fill_blank"),
    /** The prompt contains exactly one "____" where the answer goes. */
    answer: z.object({ accepted: z.array(z.string().trim().min(1).max(200)).min(1).max(10) }),
  })
  .refine((q) => q.prompt.includes("____"), { message: "The prompt needs a ____ blank", path: ["prompt"] });

export const fillBlankResponse = z.object({ text: z.string().max(200) });

export const fillBlank: QuestionTypeModule<"fill_blank"> = {
  type: "fill_blank",
  label: TYPE_LABELS.fill_blank,
  schema: fillBlankSchema,
  response: fillBlankResponse,
  baseDifficulty: 0.5,
  shufflesOptions: false,
  publicFields: () => ({}),
  parse(_q, raw) {
    const text = fieldOf(raw, "text");
    if (typeof text === "string" && text.length > 200) return fail(MESSAGES.fillBlankTooLong);
    const r = fillBlankResponse.safeParse(raw);
    if (!r.success || r.data.text.trim() === "") return fail(MESSAGES.fillBlank);
    if (normaliseText(r.data.text) === "") return fail(MESSAGES.fillBlankNoWords);
    return { ok: true, response: r.data };
  },
  parseFallback: MESSAGES.fillBlank,
  grade(q, r) {
    const matched = q.answer.accepted.find((a) => matchesAccepted(r.text, a)) ?? null;
    return allOrNothing({ type: "fill_blank", normalised: normaliseText(r.text), matched }, matched !== null);
  },
  correctResponse: (q) => ({ text: q.answer.accepted[0] ?? "" }),
  wrongResponse: () => ({ text: "not sure" }),
  formatAnswer: (_q, r) => (typeof r.text === "string" && r.text.trim() ? r.text.trim() : null),
  remapResponse: (r) => r,
  stemLeak(q) {
    const a = q.answer.accepted.find((x) => (/[A-Za-z]/.test(x) ? mentions(q.prompt, x) : mentionsNumber(q.prompt, x)));
    return a ? `The answer “${a}” appears in the stem.` : null;
  },
  keys: (q) => [q.answerText, ...q.answer.accepted],
  shown: (q) => ({ stated: [q.prompt], offered: [] }),
  tally: null,
  /** Text as graded. */
  wrongKey: (_q, r) => (typeof r.text === "string" ? normaliseText(r.text) || null : null),
  draft: {
    from: (q) => ({ accepted: [...q.answer.accepted] }),
    toFields(d) {
      const accepted = trimmed(d.accepted).filter(Boolean);
      return { answer: { accepted }, answerText: accepted[0] ?? "" };
    },
    fieldFor: fieldMapper(() => "accepted", "accepted"),
  },
};
