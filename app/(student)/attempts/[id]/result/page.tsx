import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatScore } from "@/components/attempts/attempt-history";
import { StartAssignmentButton } from "@/components/assignments/start-assignment-button";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { closeOverdueFor } from "@/lib/attempts/close";
import { nextSteps } from "@/lib/attempts/next-steps";
import { getAttemptReview } from "@/lib/attempts/queries";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { hasPartialCredit } from "@/lib/feedback/scoring-rule";
import { countDue } from "@/lib/review/queries";
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
  const [assignments, dueReviews] = await Promise.all([listStudentAssignments(user.id), countDue(user.id)]);
  const steps = nextSteps({
    assignmentId: review.assignmentId,
    assignments,
    dueReviews,
    missedWithKeys: review.items.filter((i) => i.keyVisible && !i.correct).length,
  });
  const changed = review.items.filter((i) => i.override).length;
  const percent = review.maxScore > 0 ? Math.round((review.score / review.maxScore) * 100) : 0;
  const partialTypes = review.items.some((i) => hasPartialCredit(i.question.type));

  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div>
          <p className="text-sm text-muted">{review.title}</p>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="score">
            You scored {formatScore(review.score)} out of {review.maxScore}
          </h1>
          <p className="text-muted" data-testid="score-note">
            {percent}%{partialTypes ? " — some questions give part of a point for a partly right answer." : "."}
            {review.status === "expired" ? " Time ran out, so the answers saved by then were graded." : ""}
          </p>
          {changed > 0 ? (
            <p className="mt-1 text-sm" data-testid="marks-changed">
              Your teacher changed the mark of {changed === 1 ? "one answer" : `${changed} answers`} after grading
              {review.showAnswers ? ": the reason is with the answer below." : "; the reason shows with the answers."}
            </p>
          ) : null}
        </div>
        <nav aria-label="Next steps" className="flex flex-wrap items-start gap-2" data-testid="next-steps">
          {steps.tryAgain ? (
            <StartAssignmentButton assignmentId={steps.tryAgain.assignmentId} title={steps.tryAgain.title} label={`Try again (${steps.tryAgain.attemptsLeft} left)`} />
          ) : null}
          {steps.next ? (
            <StartAssignmentButton assignmentId={steps.next.assignmentId} title={steps.next.title} label={steps.next.resume ? "Resume next assignment" : "Next assignment"} variant={steps.tryAgain ? "secondary" : "primary"} />
          ) : null}
          {steps.review ? (
            <Link href="/review" className={buttonClasses("secondary")}>
              Review missed questions{steps.review.due > 0 ? ` (${steps.review.due} due)` : ""}
            </Link>
          ) : null}
          {review.articleSlug ? (
            <Link href={`/articles/${review.articleSlug}`} className={buttonClasses("secondary")}>
              Read the article
            </Link>
          ) : null}
          <Link href="/dashboard" className={buttonClasses(steps.tryAgain || steps.next ? "secondary" : "primary")}>
            Dashboard
          </Link>
        </nav>
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

      <ol className="grid gap-3 sm:gap-4">
        {review.items.map(({ question, given, feedback, override }, i) => (
          <li key={question.id}>
            <Card className="space-y-2 sm:space-y-3">
              <p className="text-sm font-semibold text-muted">Question {i + 1}</p>
              <h2 className="font-medium leading-snug sm:text-lg">{question.prompt}</h2>
              <dl className="flex flex-wrap gap-x-1 text-sm">
                <dt className="text-muted">Your answer:</dt>
                <dd className="font-medium">{formatAnswer(question, given)}</dd>
              </dl>
              {feedback && override ? (
                <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="teacher-override">
                  Your teacher changed this mark from {formatScore(override.oldScore)} to {formatScore(override.newScore)} of 1 point: “{override.reason}”
                </p>
              ) : null}
              {feedback ? (
                <FeedbackPanel feedback={feedback} label={`question ${i + 1}`} />
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
