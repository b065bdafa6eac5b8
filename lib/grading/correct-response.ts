// The response that earns full marks for a question. Used to show "the correct answer" in
// the answer's own shape (e.g. to pre-fill a review screen) and by the property tests.
import { moduleOf, type Question, type QuestionOf, type QuestionType, type ResponseOf } from "@/lib/question-types";

export function correctResponse<T extends QuestionType>(question: QuestionOf<T>): ResponseOf<T>;
export function correctResponse(question: Question): ResponseOf<QuestionType>;
export function correctResponse(q: Question): ResponseOf<QuestionType> {
  return moduleOf(q.type).correctResponse(q);
}
