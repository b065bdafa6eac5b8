import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine, OptionList } from "../shared/answer-line";

export function SingleChoiceReview({ question }: { question: QuestionOf<"single_choice"> }) {
  return (
    <>
      <OptionList options={question.options} />
      <AnswerLine text={question.answerText} />
    </>
  );
}
