// Scores one response against one question. Every question is worth 1 point; partial credit
// gives a share of it. grade() is total: it re-checks the response with parseResponse (cheap)
// so junk handed to it by mistake scores 0 with a message instead of throwing.
import type { Question, QuestionOf, QuestionType, ResponseOf } from "@/lib/generation/question-schema";
import { matchesAccepted, normaliseText } from "./normalise-text";
import { isWithinTolerance, readNumericResponse } from "./numeric";
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

// The casts below are sound: parseResponse checked the response against this very question.
function gradeParsed(q: Question, response: unknown): GradeResult {
  switch (q.type) {
    case "single_choice": {
      const { choice } = response as ResponseOf<"single_choice">;
      return allOrNothing({ type: "single_choice", chosen: choice }, choice === q.answer);
    }
    case "true_false": {
      const { value } = response as ResponseOf<"true_false">;
      return allOrNothing({ type: "true_false", value }, value === q.answer);
    }
    case "multiple_select":
      return gradeMultipleSelect(q, response as ResponseOf<"multiple_select">);
    case "numeric":
      return gradeNumeric(q, response as ResponseOf<"numeric">);
    case "fill_blank":
      return gradeFillBlank(q, response as ResponseOf<"fill_blank">);
    case "ordering":
      return gradeOrdering(q, response as ResponseOf<"ordering">);
    case "matching":
      return gradeMatching(q, response as ResponseOf<"matching">);
    default:
      return invalid(MESSAGES.unknownQuestion);
  }
}

function allOrNothing<D extends object>(detail: D, right: boolean): D & { score: number; correct: boolean } {
  return { ...detail, score: right ? 1 : 0, correct: right };
}

/**
 * (right picks − wrong picks) / number of correct options, floored at 0. The penalty for
 * wrong picks is what makes "tick everything" worth nothing instead of full marks.
 */
function gradeMultipleSelect(q: QuestionOf<"multiple_select">, r: ResponseOf<"multiple_select">): GradeResult {
  const key = new Set(q.answer);
  const picked = new Set(r.choices);
  const rightPicks = [...picked].filter((i) => key.has(i)).sort((a, b) => a - b);
  const wrongPicks = [...picked].filter((i) => !key.has(i)).sort((a, b) => a - b);
  const missed = [...key].filter((i) => !picked.has(i)).sort((a, b) => a - b);
  const exact = wrongPicks.length === 0 && missed.length === 0;
  const score = exact ? 1 : Math.max(0, (rightPicks.length - wrongPicks.length) / key.size);
  return { type: "multiple_select", rightPicks, wrongPicks, missed, score, correct: exact };
}

function gradeNumeric(q: QuestionOf<"numeric">, r: ResponseOf<"numeric">): GradeResult {
  const parsed = readNumericResponse(q, r.value);
  if (parsed === null) return invalid(MESSAGES.unknownQuestion);
  const right = isWithinTolerance(q, parsed);
  return allOrNothing({ type: "numeric", parsed, difference: Math.abs(parsed - q.answer.value) }, right);
}

function gradeFillBlank(q: QuestionOf<"fill_blank">, r: ResponseOf<"fill_blank">): GradeResult {
  const matched = q.answer.accepted.find((a) => matchesAccepted(r.text, a)) ?? null;
  return allOrNothing({ type: "fill_blank", normalised: normaliseText(r.text), matched }, matched !== null);
}

/**
 * Pairwise agreement (Kendall's tau), floored at 0: (agreeing pairs − disagreeing pairs) /
 * all pairs. Chosen over "share of items in the right position" because one item misplaced
 * shifts every item after it: moving the first event of five to the end leaves the story
 * otherwise in order, yet scores 0 by position. By pairs it keeps 6 of 10 pairs (score 0.2
 * after the chance correction). The subtraction mirrors multiple_select's penalty: a random
 * order agrees on half the pairs, so plain agreement would pay 0.5 for guessing; tau pays
 * about 0, and a reversed order pays exactly 0.
 */
function gradeOrdering(q: QuestionOf<"ordering">, r: ResponseOf<"ordering">): GradeResult {
  const n = q.answer.length;
  const position = new Map<number, number>();
  r.order.forEach((item, k) => position.set(item, k));
  const inPlace = r.order.map((item, k) => q.answer[k] === item);
  let agreeingPairs = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      pairs++;
      const pi = position.get(q.answer[i] ?? -1) ?? -1;
      const pj = position.get(q.answer[j] ?? -1) ?? -1;
      if (pi < pj) agreeingPairs++;
    }
  }
  const exact = inPlace.every(Boolean);
  const score = exact ? 1 : pairs === 0 ? 0 : Math.max(0, (2 * agreeingPairs - pairs) / pairs);
  return { type: "ordering", inPlace, agreeingPairs, pairs, score, correct: exact };
}

/** Share of prompts paired with their right choice; an unanswered prompt counts as wrong. */
function gradeMatching(q: QuestionOf<"matching">, r: ResponseOf<"matching">): GradeResult {
  const matched = q.answer.map((want, i) => r.pairs[i] === want);
  const right = matched.filter(Boolean).length;
  const exact = right === matched.length;
  const score = exact ? 1 : matched.length === 0 ? 0 : right / matched.length;
  return { type: "matching", matched, score, correct: exact };
}

/** Defends the [0, 1] and "correct ⇒ score 1" invariants against a corrupt question. */
function sanitise(result: GradeResult): GradeResult {
  const score = Number.isFinite(result.score) ? Math.min(1, Math.max(0, result.score)) : 0;
  return { ...result, score, correct: result.correct && score === 1 };
}
