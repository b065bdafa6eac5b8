// Turns whatever the browser sent into a typed response for one question, or a message the
// student can act on. Checks the shape (the contract's response schemas) and then the
// question (indices in range, permutations, one pair per prompt). Messages describe what to
// do, never what the answer is. Never throws: the input is untrusted and may be anything.
import {
  responseSchemas,
  type Question,
  type QuestionOf,
  type QuestionType,
} from "@/lib/generation/question-schema";
import { normaliseText } from "./normalise-text";
import { numericFormatHint, readNumericResponse } from "./numeric";
import type { ParseResult } from "./types";

export const MESSAGES = {
  singleChoice: "Choose one of the options.",
  multipleSelect: "Choose one or more of the options.",
  multipleSelectEmpty: "Choose at least one option.",
  multipleSelectDuplicate: "Choose each option only once.",
  trueFalse: "Choose true or false.",
  fillBlank: "Type your answer in the blank.",
  fillBlankTooLong: "Keep your answer under 200 characters.",
  fillBlankNoWords: "Type a word or number in the blank.",
  ordering: "Put all the items in order, using each item once.",
  matching: "Match each item to one of the choices.",
  matchingDuplicate: "Use each choice for only one item.",
  unknownQuestion: "This question cannot be answered right now.",
} as const;

export function parseResponse<T extends QuestionType>(question: QuestionOf<T>, raw: unknown): ParseResult<T>;
export function parseResponse(question: Question, raw: unknown): ParseResult;
export function parseResponse(question: Question, raw: unknown): ParseResult {
  try {
    return parseUnsafe(question, raw);
  } catch {
    // Reached only for hostile input (a throwing getter, a Proxy) or a corrupt question.
    return { ok: false, message: fallbackMessage(question) };
  }
}

function parseUnsafe(question: Question, raw: unknown): ParseResult {
  switch (question?.type) {
    case "single_choice": {
      const r = responseSchemas.single_choice.safeParse(raw);
      if (!r.success || r.data.choice >= question.options.length) return fail(MESSAGES.singleChoice);
      return { ok: true, response: r.data };
    }
    case "multiple_select": {
      const r = responseSchemas.multiple_select.safeParse(raw);
      if (!r.success || r.data.choices.some((i) => i >= question.options.length)) {
        return fail(MESSAGES.multipleSelect);
      }
      if (r.data.choices.length === 0) return fail(MESSAGES.multipleSelectEmpty);
      if (new Set(r.data.choices).size !== r.data.choices.length) return fail(MESSAGES.multipleSelectDuplicate);
      return { ok: true, response: r.data };
    }
    case "true_false": {
      const r = responseSchemas.true_false.safeParse(raw);
      return r.success ? { ok: true, response: r.data } : fail(MESSAGES.trueFalse);
    }
    case "numeric":
      return parseNumeric(question, raw);
    case "fill_blank": {
      const text = fieldOf(raw, "text");
      if (typeof text === "string" && text.length > 200) return fail(MESSAGES.fillBlankTooLong);
      const r = responseSchemas.fill_blank.safeParse(raw);
      if (!r.success || r.data.text.trim() === "") return fail(MESSAGES.fillBlank);
      if (normaliseText(r.data.text) === "") return fail(MESSAGES.fillBlankNoWords);
      return { ok: true, response: r.data };
    }
    case "ordering": {
      const r = responseSchemas.ordering.safeParse(raw);
      if (!r.success || !isPermutation(r.data.order, question.options.length)) return fail(MESSAGES.ordering);
      return { ok: true, response: r.data };
    }
    case "matching": {
      const r = responseSchemas.matching.safeParse(raw);
      if (
        !r.success ||
        r.data.pairs.length !== question.prompts.length ||
        r.data.pairs.some((i) => i !== null && i >= question.options.length)
      ) {
        return fail(MESSAGES.matching);
      }
      // Each choice belongs to one prompt in the key; refusing reuse also stops the
      // "same choice everywhere" hedge from banking a guaranteed share of the points.
      const used = r.data.pairs.filter((i) => i !== null);
      if (new Set(used).size !== used.length) return fail(MESSAGES.matchingDuplicate);
      return { ok: true, response: r.data };
    }
    default:
      return fail(MESSAGES.unknownQuestion);
  }
}

function parseNumeric(question: QuestionOf<"numeric">, raw: unknown): ParseResult<"numeric"> {
  const hint = `${numericFormatHint(question)}.`;
  const value = fieldOf(raw, "value");
  if (typeof value === "string" && value.length > 40) {
    return fail(`That is too long. ${hint}`);
  }
  const r = responseSchemas.numeric.safeParse(raw);
  if (!r.success || r.data.value.trim() === "") return fail(hint);
  if (readNumericResponse(question, r.data.value) === null) {
    return fail(`That is not a number we can read. ${hint}`);
  }
  return { ok: true, response: r.data };
}

function isPermutation(xs: number[], n: number): boolean {
  return xs.length === n && new Set(xs).size === n && xs.every((x) => x >= 0 && x < n);
}

/** Reads one own field of an unknown value without trusting it to be an object. */
function fieldOf(raw: unknown, key: string): unknown {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, key)) return undefined;
  return (raw as Record<string, unknown>)[key];
}

function fallbackMessage(question: unknown): string {
  let type: unknown;
  try {
    type = (question as { type?: unknown } | null)?.type;
  } catch {
    type = undefined;
  }
  switch (type) {
    case "single_choice":
      return MESSAGES.singleChoice;
    case "multiple_select":
      return MESSAGES.multipleSelect;
    case "true_false":
      return MESSAGES.trueFalse;
    case "numeric":
      return "Enter a number, like 62.4.";
    case "fill_blank":
      return MESSAGES.fillBlank;
    case "ordering":
      return MESSAGES.ordering;
    case "matching":
      return MESSAGES.matching;
    default:
      return MESSAGES.unknownQuestion;
  }
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
