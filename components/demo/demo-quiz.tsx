"use client";
import { useT } from "@/components/i18n/client-messages";
import { useEffect, useRef, useState } from "react";
import { QuizControls } from "@/components/quiz/quiz-controls";
import { QuizProgress } from "@/components/quiz/quiz-progress";
import { QuestionInput, type Answer } from "@/components/quiz/question-input";
import { QUESTION_SCROLL_MARGIN, showQuestion } from "@/components/quiz/show-question";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { gradeDemoAction, type DemoReview } from "@/lib/demo/actions";
import type { PublicQuestion } from "@/lib/question-types";
import { DemoReviewList } from "./demo-review";

/**
 * The visitor's demo quiz: answers live in this component only (nothing is saved), and the
 * answer key arrives once, in gradeDemoAction's reply after submitting.
 */
export function DemoQuiz({ questions, articleTitle }: { questions: PublicQuestion[]; articleTitle: string }) {
  const t = useT("client.demo");
  const typeLabel = useT("client.types");
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<DemoReview | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    showQuestion(heading.current);
  }, [index]);

  if (review) {
    return (
      <DemoReviewList
        review={review}
        onRestart={() => {
          setReview(null);
          setAnswers({});
          setIndex(0);
        }}
      />
    );
  }

  const question = questions[index];
  if (!question) return <Alert tone="info">{t("noQuestions")}</Alert>;
  const answeredCount = questions.filter((q) => q.id in answers).length;
  const unanswered = questions.length - answeredCount;
  const labelId = `prompt-${question.id}`;

  const submit = async () => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await gradeDemoAction({ questionIds: questions.map((q) => q.id), responses: answers });
      if (result.ok) {
        setReview(result);
        window.scrollTo({ top: 0 });
      } else setError(result.message);
    } catch {
      setError(t("offline"));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="space-y-6">
      <QuizProgress title={t("title", { title: articleTitle })} index={index} total={questions.length} answered={answeredCount} />

      <Card className={`${QUESTION_SCROLL_MARGIN} space-y-5`} data-testid="question" data-question-id={question.id} data-question-type={question.type}>
        <div className="space-y-2">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{typeLabel(question.type)}</p>
          <h2 id={labelId} ref={heading} tabIndex={-1} className="text-lg font-medium leading-snug focus:outline-none sm:text-xl">
            {question.prompt}
          </h2>
        </div>
        <QuestionInput
          key={question.id}
          question={question}
          labelId={labelId}
          answer={answers[question.id]}
          onAnswer={(answer) => setAnswers((a) => ({ ...a, [question.id]: answer }))}
        />
      </Card>

      {error ? <Alert tone="error">{error}</Alert> : null}

      <QuizControls
        index={index}
        total={questions.length}
        unanswered={unanswered}
        submitting={submitting}
        submitLabel={t("check")}
        pendingLabel={t("checking")}
        onMove={setIndex}
        onSubmit={() => void submit()}
      />
    </div>
  );
}
