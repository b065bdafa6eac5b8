import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatScore } from "@/components/attempts/attempt-history";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { getAttemptReview } from "@/lib/attempts/queries";
import { requireRole } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Your result" };

export default async function ResultPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRole("student");
  const review = await getAttemptReview(id, user.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!review) redirect(`/attempts/${id}`);
  const percent = review.maxScore > 0 ? Math.round((review.score / review.maxScore) * 100) : 0;

  return (
    <div className="space-y-6">
      <Card className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <p className="text-sm text-muted">{review.title}</p>
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="score">
            You scored {formatScore(review.score)} out of {review.maxScore}
          </h1>
          <p className="text-muted">{percent}% — partial credit counts for multiple select, ordering and matching.</p>
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

      <ol className="grid gap-4">
        {review.items.map(({ question, given, score, correct }, i) => (
          <li key={question.id}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm font-semibold text-muted">Question {i + 1}</span>
                {correct ? <Badge tone="success">Correct</Badge> : score > 0 ? <Badge tone="warning">Partly right</Badge> : <Badge tone="danger">Not right</Badge>}
              </div>
              <h2 className="text-lg font-medium leading-snug">{question.prompt}</h2>
              <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="text-muted">Your answer</dt>
                <dd className="font-medium">{formatAnswer(question, given)}</dd>
                <dt className="text-muted">Correct answer</dt>
                <dd className="font-medium">{question.answerText}</dd>
              </dl>
              <p className="text-sm text-slate-700">{question.explanation}</p>
              <figure className="rounded-lg border-l-4 border-brand-500 bg-brand-50 px-4 py-3">
                <blockquote className="font-serif text-base text-slate-800">
                  <mark className="source-target">{question.source.sentence}</mark>
                </blockquote>
                {review.articleSlug ? (
                  <figcaption className="mt-2 text-sm">
                    <Link
                      href={`/articles/${review.articleSlug}?s=${question.source.start}-${question.source.end}#source`}
                      className="font-medium text-brand-700 underline underline-offset-2"
                    >
                      See it in the article
                    </Link>
                  </figcaption>
                ) : null}
              </figure>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
