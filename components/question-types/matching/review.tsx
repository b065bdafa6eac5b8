import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine } from "../shared/answer-line";

export function MatchingReview({ question }: { question: QuestionOf<"matching"> }) {
  return (
    <>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {question.prompts.map((p, i) => (
          <li key={p}>
            {p} → {question.options[question.answer[i] ?? -1]}
          </li>
        ))}
      </ul>
      <AnswerLine text={question.answerText} />
    </>
  );
}
