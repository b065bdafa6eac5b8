"use client";
import type { SourceRef } from "@/lib/generation/types";
import { useLocale, useT } from "@/components/i18n/client-messages";
import { formatPercent } from "@/lib/i18n/format";
import type { Span } from "@/lib/feedback/marked-runs";
import { cn } from "@/components/ui/cn";
import { SourceQuote, sourceHref } from "./source-quote";
import { useAnswerWords, VERDICT_KEY, verdictOf } from "./verdict";

export type FeedbackView = {
  correct: boolean;
  score: number;
  answerText: string;
  /** As shown: the source sentence is quoted below it, not in it. */
  explanation: string;
  source: SourceRef;
  /** The words of the sentence that answer the question. */
  marks: Span[];
  /** How a partial mark was worked out; null unless the mark is partial. */
  partialNote: string | null;
  articleSlug: string;
};

/**
 * Why an answer is right, and the sentence that says so, behind a disclosure: open when the answer
 * was wrong or partly right, closed when it was right (a long result page stays short on a phone).
 * `label` ("question 3") tells its controls apart from the other questions' on the same page.
 */
export function FeedbackDetails({
  feedback,
  href,
  newTab = false,
  label,
}: {
  feedback: Pick<FeedbackView, "correct" | "explanation" | "source" | "marks">;
  href: string | null;
  newTab?: boolean;
  label?: string;
}) {
  const t = useT("client.feedback");
  return (
    <details className="group text-sm" open={!feedback.correct} data-testid="feedback-details">
      <summary className="cursor-pointer rounded font-medium text-brand-700 underline-offset-2 hover:underline">
        {feedback.explanation ? t("explanationAndSource") : t("source")}
        {label ? <span className="sr-only">{t("forLabel", { label })}</span> : null}
      </summary>
      <div className="mt-2 space-y-2">
        {feedback.explanation ? <p className="text-slate-700">{feedback.explanation}</p> : null}
        <SourceQuote source={feedback.source} marks={feedback.marks} href={href} newTab={newTab} linkContext={label} />
      </div>
    </details>
  );
}

/** Right or wrong, the correct answer when it differs, how a partial mark was made, and the collapsible why. */
export function FeedbackPanel({ feedback, newTab = false, label }: { feedback: FeedbackView; newTab?: boolean; label?: string }) {
  const t = useT("client.feedback");
  const locale = useLocale();
  const words = useAnswerWords();
  const verdict = verdictOf(feedback);
  return (
    <div
      className={cn(
        "space-y-2 rounded-xl border px-4 py-3",
        feedback.correct ? "border-emerald-200 bg-emerald-50" : feedback.score > 0 ? "border-amber-200 bg-amber-50" : "border-red-200 bg-red-50",
      )}
    >
      <p className="font-semibold" data-testid="feedback-verdict">
        {t(VERDICT_KEY[verdict])}
        {!feedback.correct && feedback.score > 0 ? t("credit", { percent: formatPercent(Math.round(feedback.score * 100), locale) }) : null}
      </p>
      {!feedback.correct ? (
        <p className="text-sm">
          <span className="text-slate-700">{t("correctAnswer")}</span>
          <span className="font-medium">{words(feedback.answerText)}</span>
        </p>
      ) : null}
      {feedback.partialNote ? (
        <p className="text-sm text-slate-700" data-testid="partial-credit-rule">
          {feedback.partialNote}
        </p>
      ) : null}
      <FeedbackDetails feedback={feedback} href={feedback.articleSlug ? sourceHref(feedback.articleSlug, feedback.source) : null} newTab={newTab} label={label} />
    </div>
  );
}
