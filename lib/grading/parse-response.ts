// Turns whatever the browser sent into a typed response for one question, or a message the
// student can act on. Checks the shape (the contract's response schemas) and then the
// question (indices in range, permutations, one pair per prompt). Messages describe what to
// do, never what the answer is. Never throws: the input is untrusted and may be anything.
import { findModule, MESSAGES, type Question, type QuestionOf, type QuestionType } from "@/lib/question-types";
import type { ParseResult } from "./types";

export { MESSAGES };

export function parseResponse<T extends QuestionType>(question: QuestionOf<T>, raw: unknown): ParseResult<T>;
export function parseResponse(question: Question, raw: unknown): ParseResult;
export function parseResponse(question: Question, raw: unknown): ParseResult {
  try {
    // An unknown type (corrupt or forged data) has no module: it cannot be answered.
    const types = findModule(question?.type);
    return types ? types.parse(question, raw) : fail(MESSAGES.unknownQuestion);
  } catch {
    // Reached only for hostile input (a throwing getter, a Proxy) or a corrupt question.
    return fail(fallbackMessage(question));
  }
}

function fallbackMessage(question: unknown): string {
  let type: unknown;
  try {
    type = (question as { type?: unknown } | null)?.type;
  } catch {
    type = undefined;
  }
  return findModule(type)?.parseFallback ?? MESSAGES.unknownQuestion;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
