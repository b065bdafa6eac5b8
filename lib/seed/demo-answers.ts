// Plausible answers for the demo students' past attempts: right ones come from the grading
// library's own key, wrong ones are typical slips. Used by the seed and by tests' factories.
import { correctResponse } from "@/lib/grading";
import type { Question, AnyResponse } from "@/lib/generation/question-schema";

export function wrongResponse(q: Question): AnyResponse {
  switch (q.type) {
    case "single_choice":
      return { choice: (q.answer + 1) % q.options.length };
    case "true_false":
      return { value: !q.answer };
    case "multiple_select":
      return { choices: q.answer.slice(0, 1) };
    case "numeric":
      return { value: String(q.answer.value * 10 + 1) };
    case "fill_blank":
      return { text: "not sure" };
    case "ordering":
      return { order: [...q.answer].reverse() };
    case "matching":
      return { pairs: q.answer.map((_, i) => q.answer[(i + 1) % q.answer.length] ?? null) };
  }
}

export function demoResponse(q: Question, right: boolean): AnyResponse {
  return right ? correctResponse(q) : wrongResponse(q);
}
