import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine } from "../shared/answer-line";

export function NumericReview({ question }: { question: QuestionOf<"numeric"> }) {
  return <AnswerLine text={question.answerText} note={question.answer.tolerance > 0 ? `(± ${question.answer.tolerance})` : undefined} />;
}
