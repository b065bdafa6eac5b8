"use client";
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

const whenFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });

/** One due card: answer, check on the server, see why, then move on to the next. */
export function ReviewSession({ question, articleTitle, due }: Props) {
  const router = useRouter();
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
      setError("Choose or type an answer first.");
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
        {due === 1 ? "1 question due" : `${due} questions due`} · from “{articleTitle}”
      </p>
      <Card className="space-y-4" data-testid="review-card">
        <h2 id={labelId} ref={headingRef} tabIndex={-1} className="text-lg font-medium leading-snug outline-none">
          {question.prompt}
        </h2>
        <fieldset disabled={Boolean(feedback) || checking} className="min-w-0">
          <legend className="sr-only">Your answer</legend>
          <QuestionInput question={question} labelId={labelId} answer={answer} onAnswer={(a) => setAnswer(a)} />
        </fieldset>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {!feedback ? (
          <Button onClick={check} disabled={checking}>
            {checking ? "Checking…" : "Check answer"}
          </Button>
        ) : null}
      </Card>

      {feedback ? (
        <Card className="space-y-3" data-testid="review-feedback">
          <div className="flex flex-wrap items-center gap-2">
            <h2 ref={feedbackRef} tabIndex={-1} className="text-lg font-semibold outline-none">
              {feedback.correct ? "Right" : feedback.score > 0 ? "Partly right" : "Not quite"}
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
          <p className="text-sm text-muted">Next review of this question: {whenFormat.format(new Date(feedback.nextDue))}.</p>
          <Button onClick={() => startMoving(() => router.refresh())} disabled={moving}>
            {moving ? "Loading…" : due > 1 ? "Next question" : "Finish"}
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
