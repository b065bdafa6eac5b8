import type { ReactNode } from "react";

/** The quiz's title, "Question n of N", how many are answered, and a progress bar. */
export function QuizProgress({ title, index, total, answered, aside }: { title: string; index: number; total: number; answered: number; aside?: ReactNode }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight sm:text-2xl">{title}</h1>
        {aside}
      </div>
      <div className="flex items-center justify-between text-sm text-muted">
        <span>
          Question {index + 1} of {total}
        </span>
        <span>{answered} answered</span>
      </div>
      <div
        role="progressbar"
        aria-label="Answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        className="h-2 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${total ? Math.round((answered / total) * 100) : 0}%` }} />
      </div>
    </div>
  );
}
