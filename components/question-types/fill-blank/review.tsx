import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine } from "../shared/answer-line";

export function FillBlankReview({ question }: { question: QuestionOf<"fill_blank"> }) {
  const others = question.answer.accepted.slice(1);
  return <AnswerLine text={question.answerText} also={others} />;
}
