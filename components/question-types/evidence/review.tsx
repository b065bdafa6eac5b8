import type { QuestionOf } from "@/lib/question-types";
import { AnswerLine } from "../shared/answer-line";

/** The passage with its evidence sentence marked in words (never by colour alone). */
export function EvidenceReview({ question }: { question: QuestionOf<"evidence"> }) {
  return (
    <>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700" aria-label="Passage">
        {question.passage.map((s, i) => (
          <li key={s.start} className={i === question.answer ? "font-medium text-ink" : undefined}>
            {s.sentence}
            {i === question.answer ? <span className="text-muted"> (evidence)</span> : null}
          </li>
        ))}
      </ol>
      <AnswerLine text={`sentence ${question.answer + 1} of ${question.passage.length}`} />
    </>
  );
}
