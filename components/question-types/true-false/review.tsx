import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine } from "../shared/answer-line";

export function TrueFalseReview({ question }: { question: QuestionOf<"true_false"> }) {
  return <AnswerLine text={question.answerText} />;
}
