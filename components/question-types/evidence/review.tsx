"use client";
import type { QuestionOf } from "@/lib/question-types";
import { useT } from "@/components/i18n/client-messages";
import { AnswerLine } from "../shared/answer-line";

/** The passage with its evidence sentence marked in words (never by colour alone). */
export function EvidenceReview({ question }: { question: QuestionOf<"evidence"> }) {
  const t = useT("teacherClient.review");
  return (
    <>
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700" aria-label={t("passage")}>
        {question.passage.map((s, i) => (
          <li key={s.start} className={i === question.answer ? "font-medium text-ink" : undefined}>
            {s.sentence}
            {i === question.answer ? <span className="text-muted">{t("evidence")}</span> : null}
          </li>
        ))}
      </ol>
      <AnswerLine text={t("sentenceOf", { n: question.answer + 1, total: question.passage.length })} />
    </>
  );
}
