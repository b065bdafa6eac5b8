import { z } from "zod";
import { id } from "./classes";

export const OVERRIDE_REASON_MAX = 500;

/** "0,5" (a decimal comma) reads as 0.5; an empty box is no number. */
const points = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
  z
    .number({ message: "Type the points for this answer: a number from 0 to 1, like 0.5." })
    .finite("Type the points for this answer: a number from 0 to 1, like 0.5.")
    .min(0, "Points can't be below 0.")
    .max(1, "Each question is worth 1 point at most."),
);

/** A teacher's new mark for one answer, with the reason the student will read. */
export const overrideAnswerInput = z.object({
  responseId: id,
  score: points,
  reason: z
    .string({ message: "Say why you are changing the mark: the student reads it." })
    .trim()
    .min(3, "Say why you are changing the mark: the student reads it.")
    .max(OVERRIDE_REASON_MAX, `Keep the reason under ${OVERRIDE_REASON_MAX} characters.`),
});
