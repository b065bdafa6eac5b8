import type { SourceRef } from "@/lib/generation/types";
import { cn } from "@/components/ui/cn";
import { SourceQuote, sourceHref } from "./source-quote";
import { verdictOf } from "./verdict";

export type FeedbackView = {
  correct: boolean;
  score: number;
  answerText: string;
  explanation: string;
  source: SourceRef;
  articleSlug: string;
};

/** Right or wrong, the correct answer, and the sentence it came from, linked into the article. */
export function FeedbackPanel({ feedback, newTab = false }: { feedback: FeedbackView; newTab?: boolean }) {
  const verdict = verdictOf(feedback);
  return (
    <div
      className={cn(
        "space-y-3 rounded-xl border p-4",
        feedback.correct ? "border-emerald-200 bg-emerald-50" : feedback.score > 0 ? "border-amber-200 bg-amber-50" : "border-red-200 bg-red-50",
      )}
    >
      <p className="font-semibold" data-testid="feedback-verdict">
        {verdict}
        {!feedback.correct && feedback.score > 0 ? ` (${Math.round(feedback.score * 100)}% credit)` : null}
      </p>
      <p className="text-sm">
        <span className="text-slate-700">Correct answer: </span>
        <span className="font-medium">{feedback.answerText}</span>
      </p>
      <p className="text-sm text-slate-700">{feedback.explanation}</p>
      <SourceQuote source={feedback.source} href={feedback.articleSlug ? sourceHref(feedback.articleSlug, feedback.source) : null} newTab={newTab} />
    </div>
  );
}
