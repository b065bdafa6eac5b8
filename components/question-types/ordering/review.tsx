import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine, OptionList } from "../shared/answer-line";

export function OrderingReview({ question }: { question: QuestionOf<"ordering"> }) {
  return (
    <>
      <OptionList options={question.options} />
      <AnswerLine text={question.answerText} />
    </>
  );
}
