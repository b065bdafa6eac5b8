// Plausible answers for the demo students' past attempts: right ones come from the grading
// library's own key, wrong ones are typical slips. Used by the seed and by tests' factories.
import { correctResponse } from "@/lib/grading";
import { moduleOf, type AnyResponse, type Question } from "@/lib/question-types";

export function wrongResponse(q: Question): AnyResponse {
  return moduleOf(q.type).wrongResponse(q);
}

export function demoResponse(q: Question, right: boolean): AnyResponse {
  return right ? correctResponse(q) : wrongResponse(q);
}
