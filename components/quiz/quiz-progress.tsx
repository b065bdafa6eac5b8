"use client";
import type { ReactNode } from "react";
import { useT } from "@/components/i18n/client-messages";

/**
 * The quiz's title, "Question n of N", how many are answered, a progress bar and the timer
 * (`aside`).
 *
 * On a phone it is one slim row that stays at the top of the screen while the student scrolls —
 * the title cut to fit, "3 of 8", the timer — with a thin progress line under it; the site header
 * scrolls away on quiz pages there (globals.css), so the two never stack up over the question.
 * From `sm` up it sits in the page's flow as before: the full title, "Question 3 of 8" and the
 * count answered, and the bar. One set of elements for both, ordered by breakpoint, so each
 * (the timer's announcements above all) exists once.
 */
export function QuizProgress({ title, index, total, answered, aside }: { title: string; index: number; total: number; answered: number; aside?: ReactNode }) {
  const t = useT("client.quiz");
  return (
    <div
      data-quiz-bar
      className="sticky top-0 z-30 -mx-4 flex flex-wrap items-center gap-x-2 border-b border-line bg-white/95 px-4 pt-2 backdrop-blur sm:static sm:mx-0 sm:items-baseline sm:border-0 sm:bg-transparent sm:px-0 sm:pt-0 sm:backdrop-blur-none"
    >
      <h1 title={title} className="order-1 min-w-0 flex-1 truncate text-base font-semibold tracking-tight sm:whitespace-normal sm:text-2xl">
        {title}
      </h1>
      <div className="order-2 flex shrink-0 items-center justify-between text-sm text-muted tabular-nums sm:order-3 sm:mt-3 sm:w-full">
        <span>
          <span className="max-sm:sr-only">{t("questionWord")}</span>
          {t("nOfTotal", { n: index + 1, total })}
        </span>
        <span className="max-sm:hidden">{t("answered", { n: answered })}</span>
      </div>
      {aside ? <div className="order-3 shrink-0 sm:order-2">{aside}</div> : null}
      <div
        role="progressbar"
        aria-label={t("answeredBar")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        className="order-4 -mx-4 mt-2 h-1 basis-[calc(100%+2rem)] overflow-hidden bg-slate-200 sm:mx-0 sm:mt-3 sm:h-2 sm:basis-full sm:rounded-full"
      >
        <div className="h-full bg-brand-600 transition-all sm:rounded-full" style={{ width: `${total ? Math.round((answered / total) * 100) : 0}%` }} />
      </div>
    </div>
  );
}
