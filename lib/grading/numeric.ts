// Numeric questions: reading a response in the question's unit, comparing it with the key,
// and the format hint shown next to the input.
import type { QuestionOf } from "@/lib/question-types";
import { parseNumberParts, SCALE_WORDS } from "./parse-number";

type NumericQuestion = QuestionOf<"numeric">;

/** Relative slack so 0.1 + 0.2 style float noise never turns a right answer wrong. */
const EPSILON = 1e-9;

/**
 * The response as a number in the question's unit, or null when it cannot be read.
 *
 * Words of the unit may be typed after the number and are ignored ("12 points", "77.2 billion
 * USD" when the unit is "billion USD"). A scale word the student types is converted into the
 * unit's scale: with unit "billion USD", "77.2 billion", "77,200 million" and "77.2" all read
 * 77.2. A bare full-size figure ("77200000000") is taken literally and so is wrong there: the
 * unit is shown next to the input, and guessing which scale a bare number meant is not worth it.
 */
export function readNumericResponse(question: NumericQuestion, text: string): number | null {
  const unitScale = scaleOfUnit(question.answer.unit);
  const parts = parseNumberParts(stripUnitWords(text, question.answer.unit));
  if (!parts) return null;
  // Without a scale word the number is already in the unit shown next to the input.
  const value = parts.scale === 1 ? parts.mantissa : (parts.mantissa * parts.scale) / unitScale;
  return Number.isFinite(value) ? value : null;
}

export function isWithinTolerance(question: NumericQuestion, value: number): boolean {
  const { value: key, tolerance } = question.answer;
  return Math.abs(value - key) <= tolerance + EPSILON * Math.max(1, Math.abs(key));
}

/**
 * E.g. "Enter a number such as 62.4 (in %)". The example never falls within reach of the
 * answer, so the hint cannot give it away; it is a whole number when the key is an exact
 * whole number (tolerance under 1), which only says what precision is expected.
 */
export function numericFormatHint(question: NumericQuestion): string {
  const answer = question.answer ?? { value: Number.NaN, tolerance: 0 };
  const whole = Number.isInteger(answer.value) && answer.tolerance < 1;
  const candidates = whole ? ["1,250", "48", "300"] : ["62.4", "18.5", "7.25"];
  const margin = 2 * (Number.isFinite(answer.tolerance) ? answer.tolerance : 0) + 1;
  const example =
    candidates.find((c) => {
      const n = Number(c.replace(",", ""));
      return !(Math.abs(n - answer.value) <= margin);
    }) ?? candidates[0];
  const unit = typeof answer.unit === "string" ? answer.unit.trim() : "";
  const kind = whole ? "a whole number" : "a number";
  return unit ? `Enter ${kind} such as ${example} (in ${unit})` : `Enter ${kind} such as ${example}`;
}

/** 1e9 for "billion USD", 1 for "%" or no unit: the first scale word in the unit wins. */
function scaleOfUnit(unit: string | undefined): number {
  if (!unit) return 1;
  for (const word of unitWords(unit)) {
    const scale = SCALE_WORDS[word];
    if (scale) return scale;
  }
  return 1;
}

/** Drops trailing words that belong to the unit, except scale words (the parser reads those). */
function stripUnitWords(text: string, unit: string | undefined): string {
  if (!unit) return text;
  const droppable = new Set(unitWords(unit).filter((w) => !(w in SCALE_WORDS) && w !== "%"));
  if (droppable.size === 0) return text;
  const words = text.normalize("NFKC").toLowerCase().trim().split(/\s+/);
  while (words.length > 1 && droppable.has(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

function unitWords(unit: string): string[] {
  return unit.normalize("NFKC").toLowerCase().trim().split(/\s+/).filter(Boolean);
}
