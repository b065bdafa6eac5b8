import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatScore } from "@/components/attempts/attempt-history";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { closeOverdueFor } from "@/lib/attempts/close";
import { getAttemptReview } from "@/lib/attempts/queries";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatInZone, zoneLabel } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Your result" };

export default async function ResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("student", "/dashboard");
  await closeOverdueFor({ userId: user.id });
  const review = await getAttemptReview(id, user.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!review) redirect(`/attempts/${id}`);
  const changed = review.items.filter((i) => i.override).length;
  const percent = review.maxScore > 0 ? Math.round((review.score / review.maxScore) * 100) : 0;

  return (
    <div className="space-y-6">
      <Card className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <p className="text-sm text-muted">{review.title}</p>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="score">
            You scored {formatScore(review.score)} out of {review.maxScore}
          </h1>
          <p className="text-muted">
            {percent}% — partial credit counts for multiple select, ordering and matching.
            {review.status === "expired" ? " Time ran out, so the answers saved by then were graded." : ""}
          </p>
          {changed > 0 ? (
            <p className="mt-1 text-sm" data-testid="marks-changed">
              Your teacher changed the mark of {changed === 1 ? "one answer" : `${changed} answers`} after grading
              {review.showAnswers ? ": the reason is with the answer below." : "; the reason shows with the answers."}
            </p>
          ) : null}
        </div>
        <div className="flex gap-2">
          {review.articleSlug ? (
            <Link href={`/articles/${review.articleSlug}`} className={buttonClasses("secondary")}>
              Read the article
            </Link>
          ) : null}
          <Link href="/dashboard" className={buttonClasses("primary")}>
            Dashboard
          </Link>
        </div>
      </Card>

      {!review.showAnswers ? (
        <Alert tone="info">
          Your teacher shows the answers after the due date
          {review.feedbackFrom ? (
            <>
              {" "}
              (<time dateTime={review.feedbackFrom.toISOString()}>{formatInZone(review.feedbackFrom, review.timeZone)}</time>, {zoneLabel(review.timeZone)} time)
            </>
          ) : null}
          . Come back then to review each question.
        </Alert>
      ) : null}

      <ol className="grid gap-4">
        {review.items.map(({ question, given, score, correct, articleSlug, keyVisible, override }, i) => (
          <li key={question.id}>
            <Card className="space-y-3">
              <p className="text-sm font-semibold text-muted">Question {i + 1}</p>
              <h2 className="text-lg font-medium leading-snug">{question.prompt}</h2>
              <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="text-muted">Your answer</dt>
                <dd className="font-medium">{formatAnswer(question, given)}</dd>
              </dl>
              {keyVisible && override ? (
                <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="teacher-override">
                  Your teacher changed this mark from {formatScore(override.oldScore)} to {formatScore(override.newScore)} of 1 point: “{override.reason}”
                </p>
              ) : null}
              {keyVisible ? (
                <FeedbackPanel
                  feedback={{ correct, score, answerText: question.answerText, explanation: question.explanation, source: question.source, articleSlug }}
                />
              ) : review.showAnswers ? (
                <p className="text-sm text-muted">This question is also in an assignment of yours: its answer shows once that assignment&apos;s feedback is out.</p>
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}

