// Scores one response against one question. Every question is worth 1 point; partial credit
// gives a share of it. grade() is total: it re-checks the response with parseResponse (cheap)
// so junk handed to it by mistake scores 0 with a message instead of throwing.
import { moduleOf, type Question, type QuestionOf, type QuestionType, type ResponseOf } from "@/lib/question-types";
import { MESSAGES, parseResponse } from "./parse-response";
import type { GradeResult } from "./types";

export function grade<T extends QuestionType>(question: QuestionOf<T>, response: ResponseOf<T>): GradeResult;
export function grade(question: Question, response: unknown): GradeResult;
export function grade(question: Question, response: unknown): GradeResult {
  try {
    const parsed = parseResponse(question, response);
    if (!parsed.ok) return invalid(parsed.message);
    return sanitise(gradeParsed(question, parsed.response));
  } catch {
    return invalid(MESSAGES.unknownQuestion);
  }
}

export function invalid(message: string): GradeResult {
  return { type: "invalid", message, score: 0, correct: false };
}

// The cast is sound: parseResponse checked the response against this very question, and the
// module is looked up by the question's own type.
function gradeParsed(q: Question, response: unknown): GradeResult {
  return moduleOf(q.type).grade(q, response as ResponseOf<typeof q.type>);
}

/** Defends the [0, 1] and "correct ⇒ score 1" invariants against a corrupt question. */
function sanitise(result: GradeResult): GradeResult {
  const score = Number.isFinite(result.score) ? Math.min(1, Math.max(0, result.score)) : 0;
  return { ...result, score, correct: result.correct && score === 1 };
}
