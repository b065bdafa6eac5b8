import Link from "next/link";
import type { SourceRef } from "@/lib/generation/types";
import { cn } from "@/components/ui/cn";

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
  const verdict = feedback.correct ? "Correct" : feedback.score > 0 ? "Partly right" : "Not right";
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
      <figure className="rounded-lg border-l-4 border-brand-500 bg-white px-4 py-3">
        <blockquote className="font-serif text-base text-slate-800">
          <mark className="source-target">{feedback.source.sentence}</mark>
        </blockquote>
        {feedback.articleSlug ? (
          <figcaption className="mt-2 text-sm">
            <Link
              href={`/articles/${feedback.articleSlug}?s=${feedback.source.start}-${feedback.source.end}#source`}
              className="font-medium text-brand-700 underline underline-offset-2"
              target={newTab ? "_blank" : undefined}
            >
              See it in the article{newTab ? <span className="sr-only"> (opens in a new tab)</span> : null}
            </Link>
          </figcaption>
        ) : null}
      </figure>
    </div>
  );
}
