"use client";
import { useLocale, useT } from "@/components/i18n/client-messages";
import { intlLocale } from "@/lib/i18n/format";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { QuestionInput, type Answer } from "@/components/quiz/question-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SourceQuote, sourceHref } from "@/components/quiz/source-quote";
import { AnswerComparison, VerdictBadge } from "@/components/quiz/verdict";
import type { PublicQuestion } from "@/lib/question-types";
import { submitReviewAction, type ReviewFeedback } from "@/lib/review/actions";

type Props = { question: PublicQuestion; articleTitle: string; due: number };


/** One due card: answer, check on the server, see why, then move on to the next. */
export function ReviewSession({ question, articleTitle, due }: Props) {
  const router = useRouter();
  const t = useT("client.review");
  const whenFormat = new Intl.DateTimeFormat(intlLocale(useLocale()), { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [feedback, setFeedback] = useState<ReviewFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, startChecking] = useTransition();
  const [moving, startMoving] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (feedback) feedbackRef.current?.focus();
  }, [feedback]);

  function check() {
    if (!answer) {
      setError(t("chooseFirst"));
      return;
    }
    setError(null);
    startChecking(async () => {
      const result = await submitReviewAction({ questionId: question.id, response: answer });
      if (result.ok) setFeedback(result);
      else setError(result.message);
    });
  }

  const labelId = `review-prompt-${question.id}`;
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted" data-testid="due-count">
        {due === 1 ? t("dueOne") : t("dueMany", { n: due })}
        {t("from", { title: articleTitle })}
      </p>
      <Card className="space-y-4" data-testid="review-card">
        <h2 id={labelId} ref={headingRef} tabIndex={-1} className="text-lg font-medium leading-snug outline-none">
          {question.prompt}
        </h2>
        <fieldset disabled={Boolean(feedback) || checking} className="min-w-0">
          <legend className="sr-only">{t("yourAnswer")}</legend>
          <QuestionInput question={question} labelId={labelId} answer={answer} onAnswer={(a) => setAnswer(a)} />
        </fieldset>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {!feedback ? (
          <Button onClick={check} disabled={checking}>
            {checking ? t("checking") : t("check")}
          </Button>
        ) : null}
      </Card>

      {feedback ? (
        <Card className="space-y-3" data-testid="review-feedback">
          <div className="flex flex-wrap items-center gap-2">
            <h2 ref={feedbackRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              {feedback.correct ? t("right") : feedback.score > 0 ? t("partly") : t("notQuite")}
            </h2>
            <VerdictBadge result={feedback} />
          </div>
          <AnswerComparison given={feedback.given} answerText={feedback.answerText} />
          {feedback.partialNote ? (
            <p className="text-sm text-slate-700" data-testid="partial-credit-rule">
              {feedback.partialNote}
            </p>
          ) : null}
          {feedback.explanation ? <p className="text-sm text-slate-700">{feedback.explanation}</p> : null}
          <SourceQuote source={feedback.source} marks={feedback.marks} href={feedback.articleSlug ? sourceHref(feedback.articleSlug, feedback.source) : null} />
          <p className="text-sm text-muted">{t("nextReview", { when: whenFormat.format(new Date(feedback.nextDue)) })}</p>
          <Button onClick={() => startMoving(() => router.refresh())} disabled={moving}>
            {moving ? t("loading") : due > 1 ? t("next") : t("finish")}
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
