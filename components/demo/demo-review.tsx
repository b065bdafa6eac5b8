"use client";
import { useLocale, useT } from "@/components/i18n/client-messages";
import { formatPercent } from "@/lib/i18n/format";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { formatScore } from "@/lib/attempts/format-score";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FeedbackDetails } from "@/components/quiz/feedback-panel";
import { AnswerComparison, useAnswerWords, VerdictBadge } from "@/components/quiz/verdict";
import type { DemoReview } from "@/lib/demo/actions";
import { hasPartialCredit } from "@/lib/feedback/scoring-rule";

/** The graded demo quiz: score, then each question with the source sentence it came from. */
export function DemoReviewList({ review, onRestart }: { review: DemoReview; onRestart: () => void }) {
  const t = useT("client.demo");
  const locale = useLocale();
  const answerWords = useAnswerWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []); // the quiz just turned into its results: say so
  const partialTypes = review.items.some((item) => hasPartialCredit(item.type));

  return (
    <div className="space-y-6">
      <Card className="space-y-3">
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold tracking-tight focus:outline-none" data-testid="score">
          {t("scored", { score: formatScore(review.score), max: review.maxScore })}
        </h1>
        <p className="text-muted">
          {formatPercent(Math.round(review.percent), locale)}
          {partialTypes ? t("partial") : ""}
          {t("wasDemo")}
        </p>
      </Card>

      <ol className="grid gap-4">
        {review.items.map((item, i) => (
          <li key={item.questionId}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-semibold text-muted">{t("questionN", { n: i + 1 })}</span>
                <VerdictBadge result={item} />
              </div>
              <h2 className="text-lg font-medium leading-snug">{item.prompt}</h2>
              {item.answered ? (
                <>
                  <AnswerComparison given={item.yourAnswer} answerText={item.answerText} />
                  {item.partialNote ? (
                    <p className="text-sm text-slate-700" data-testid="partial-credit-rule">
                      {item.partialNote}
                    </p>
                  ) : null}
                  <FeedbackDetails feedback={item} href={item.sourceHref} label={t("questionLabel", { n: i + 1 })} />
                </>
              ) : (
                <>
                  <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
                    <dt className="text-muted">{t("yourAnswer")}</dt>
                    <dd className="font-medium">{answerWords(item.yourAnswer)}</dd>
                  </dl>
                  <p className="text-sm text-muted">{t("answerIt")}</p>
                </>
              )}
            </Card>
          </li>
        ))}
      </ol>

      <Card className="space-y-3 border-brand-200 bg-brand-50">
        <h2 className="text-xl font-semibold">{t("keep")}</h2>
        <p className="text-slate-700">
          {t("keepText")}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonClasses("primary", "lg")}>
            {t("create")}
          </Link>
          <Button variant="secondary" size="lg" onClick={onRestart}>
            {t("again")}
          </Button>
        </div>
      </Card>
    </div>
  );
}
