// The response that earns full marks for a question. Used to show "the correct answer" in
// the answer's own shape (e.g. to pre-fill a review screen) and by the property tests.
import type { Question, QuestionOf, QuestionType, ResponseOf } from "@/lib/generation/question-schema";

export function correctResponse<T extends QuestionType>(question: QuestionOf<T>): ResponseOf<T>;
export function correctResponse(question: Question): ResponseOf<QuestionType>;
export function correctResponse(q: Question): ResponseOf<QuestionType> {
  switch (q.type) {
    case "single_choice":
      return { choice: q.answer };
    case "multiple_select":
      return { choices: [...q.answer] };
    case "true_false":
      return { value: q.answer };
    case "numeric":
      // String() of a finite number is what parseNumber reads, except for exponent forms
      // (1e21, 1e-7), which no news figure needs.
      return { value: String(q.answer.value) };
    case "fill_blank":
      return { text: q.answer.accepted[0] ?? "" };
    case "ordering":
      return { order: [...q.answer] };
    case "matching":
      return { pairs: [...q.answer] };
  }
}
