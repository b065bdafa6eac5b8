import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine, OptionList } from "../shared/answer-line";

export function MultipleSelectReview({ question }: { question: QuestionOf<"multiple_select"> }) {
  return (
    <>
      <OptionList options={question.options} />
      <AnswerLine text={question.answerText} />
    </>
  );
}
