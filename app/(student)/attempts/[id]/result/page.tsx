import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { formatScore } from "@/lib/attempts/format-score";
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
import { formatPercent, intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { AnswerText } from "@/components/i18n/answer-text";

export const generateMetadata = titled("result.metaTitle");

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
  const [t, locale] = await Promise.all([getTranslations("result"), getLocale()]);
  const partialTypes = review.items.some((i) => hasPartialCredit(i.question.type));

  return (
    <div className="space-y-6">
      <Card className="space-y-4">
        <div>
          <p className="text-sm text-muted">{review.title}</p>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="score">
            {t("scored", { score: formatScore(review.score), max: review.maxScore })}
          </h1>
          <p className="text-muted" data-testid="score-note">
            {formatPercent(percent, locale)}
            {partialTypes ? t("partial") : "."}
            {review.status === "expired" ? t("expired") : ""}
          </p>
          {changed > 0 ? (
            <p className="mt-1 text-sm" data-testid="marks-changed">
              {t("changed", { count: changed })}
              {review.showAnswers ? t("changedShown") : t("changedLater")}
            </p>
          ) : null}
        </div>
        <nav aria-label={t("nextSteps")} className="flex flex-wrap items-start gap-2" data-testid="next-steps">
          {steps.tryAgain ? (
            <StartAssignmentButton assignmentId={steps.tryAgain.assignmentId} title={steps.tryAgain.title} label={t("tryAgain", { n: steps.tryAgain.attemptsLeft })} />
          ) : null}
          {steps.next ? (
            <StartAssignmentButton assignmentId={steps.next.assignmentId} title={steps.next.title} label={steps.next.resume ? t("resumeNext") : t("next")} variant={steps.tryAgain ? "secondary" : "primary"} />
          ) : null}
          {steps.review ? (
            <Link href="/review" className={buttonClasses("secondary")}>
              {t("reviewMissed")}
              {steps.review.due > 0 ? t("reviewDue", { n: steps.review.due }) : ""}
            </Link>
          ) : null}
          {review.articleSlug ? (
            <Link href={`/articles/${review.articleSlug}`} className={buttonClasses("secondary")}>
              {t("readArticle")}
            </Link>
          ) : null}
          <Link href="/dashboard" className={buttonClasses(steps.tryAgain || steps.next ? "secondary" : "primary")}>
            {t("dashboard")}
          </Link>
        </nav>
      </Card>

      {!review.showAnswers ? (
        <Alert tone="info">
          {t("answersLater")}
          {review.feedbackFrom ? (
            <>
              {" "}
              (<time dateTime={review.feedbackFrom.toISOString()}>{formatInZone(review.feedbackFrom, review.timeZone, intlLocale(locale))}</time>, {t("zoneTime", { zone: zoneLabel(review.timeZone) })})
            </>
          ) : null}
          {t("comeBack")}
        </Alert>
      ) : null}

      <ol className="grid gap-3 sm:gap-4">
        {review.items.map(({ question, given, feedback, override }, i) => (
          <li key={question.id}>
            <Card className="space-y-2 sm:space-y-3">
              <p className="text-sm font-semibold text-muted">{t("questionN", { n: i + 1 })}</p>
              <h2 className="font-medium leading-snug sm:text-lg">{question.prompt}</h2>
              <dl className="flex flex-wrap gap-x-1 text-sm">
                <dt className="text-muted">{t("yourAnswer")}</dt>
                <dd className="font-medium">
                  <AnswerText text={formatAnswer(question, given)} />
                </dd>
              </dl>
              {feedback && override ? (
                <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="teacher-override">
                  {t("override", { old: formatScore(override.oldScore), new: formatScore(override.newScore), reason: override.reason })}
                </p>
              ) : null}
              {feedback ? (
                <FeedbackPanel feedback={feedback} label={t("questionLabel", { n: i + 1 })} />
              ) : review.showAnswers ? (
                <p className="text-sm text-muted">{t("inAssignment")}</p>
              ) : null}
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
