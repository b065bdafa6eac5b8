// How a partial mark was worked out, in words, from the type's grade function (lib/question-types:
// multiple-select.ts, ordering.ts, matching.ts). Shown only beside a partial mark.
import type { GradeDetail, GradeResult } from "@/lib/grading/types";
import type { QuestionType } from "@/lib/question-types/model";

/** The types whose grade can give part of a point. */
export const PARTIAL_CREDIT_TYPES: readonly QuestionType[] = ["multiple_select", "ordering", "matching"];

export const hasPartialCredit = (type: string) => (PARTIAL_CREDIT_TYPES as readonly string[]).includes(type);

const RULES: Partial<Record<QuestionType, string>> = {
  multiple_select: "Multiple select: (right picks − wrong picks) ÷ correct options, never below 0, so ticking everything earns nothing.",
  ordering: "Ordering: every pair of items in the right order counts for you and every pair in the wrong order against: (right pairs − wrong pairs) ÷ all pairs, never below 0.",
  matching: "Matching: each item matched to its right choice earns an equal share of the point.",
};

/** A mark: the grade itself (with its detail) or just the stored score. */
export type Graded = { score: number; correct: boolean } | GradeResult;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The worked sum for this answer, when the grade's detail is at hand. */
function worked(detail: GradeDetail): string | null {
  switch (detail.type) {
    case "multiple_select": {
      const right = detail.rightPicks.length;
      const wrong = detail.wrongPicks.length;
      const keyed = right + detail.missed.length;
      return `You picked ${right} right and ${wrong} wrong of ${keyed} correct: (${right} − ${wrong}) ÷ ${keyed} = ${pct(Math.max(0, (right - wrong) / keyed))}.`;
    }
    case "ordering": {
      const wrong = detail.pairs - detail.agreeingPairs;
      return `You had ${detail.agreeingPairs} of ${detail.pairs} pairs in order: (${detail.agreeingPairs} − ${wrong}) ÷ ${detail.pairs} = ${pct(Math.max(0, (detail.agreeingPairs - wrong) / detail.pairs))}.`;
    }
    case "matching": {
      const right = detail.matched.filter(Boolean).length;
      return `You matched ${right} of ${detail.matched.length}: ${pct(right / detail.matched.length)}.`;
    }
    default:
      return null;
  }
}

/**
 * The scoring rule beside a partial mark (more than 0, less than full), with this answer's sum
 * when the grade's detail is given; null for a full or zero mark and for all-or-nothing types.
 */
export function partialCreditNote(type: string, result: Graded): string | null {
  if (result.correct || result.score <= 0 || result.score >= 1) return null;
  const rule = RULES[type as QuestionType];
  if (!rule) return null;
  const sum = "type" in result && result.type === type ? worked(result) : null;
  return sum ? `${rule} ${sum}` : rule;
}
