import type { Metadata } from "next";
import Link from "next/link";
import { ReviewSession } from "@/components/review/review-session";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { nextDueAt, nextDueCard } from "@/lib/review/queries";

export const metadata: Metadata = { title: "Review" };
// Due cards depend on the clock: never serve a cached page.
export const dynamic = "force-dynamic";

const whenFormat = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

export default async function ReviewPage() {
  const user = await requireRolePage("student", "/dashboard");
  // An expired attempt's answers join the queue when it is graded: grade it before reading the queue.
  await closeOverdueFor({ userId: user.id });
  const card = await nextDueCard(user.id);
  const upcoming = card ? null : await nextDueAt(user.id);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Review</h1>
        <p className="mt-1 text-muted">
          Questions you answered come back just before you would forget them: sooner when you missed them, later when you knew them.
        </p>
      </div>
      {card ? (
        <ReviewSession key={card.question.id} question={card.question} articleTitle={card.articleTitle} due={card.due} />
      ) : (
        <Card className="space-y-3" data-testid="review-empty">
          <h2 className="text-lg font-semibold">Nothing to review right now</h2>
          <p className="text-muted">
            {upcoming
              ? `Your next question comes due ${whenFormat.format(upcoming)}.`
              : "Take a practice quiz: every question you answer joins your review queue."}
          </p>
          <Link href="/dashboard" className={buttonClasses("primary")}>
            Back to the dashboard
          </Link>
        </Card>
      )}
    </div>
  );
}
