import type { Metadata } from "next";
import Link from "next/link";
import { ProgressView } from "@/components/progress/progress-view";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { getProgress } from "@/lib/progress/queries";

export const metadata: Metadata = { title: "Your progress" };
export const dynamic = "force-dynamic";

export default async function ProgressPage() {
  const user = await requireRolePage("student", "/dashboard");
  await closeOverdueFor({ userId: user.id });
  const progress = await getProgress(user.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Your progress</h1>
          <p className="mt-1 text-muted">What you have mastered, and what to practise next.</p>
        </div>
        <div className="flex gap-3 text-sm font-medium">
          <Link href="/review" className="text-brand-700 underline underline-offset-2">
            Review ({progress.dueReviews} due)
          </Link>
          <Link href="/leaderboard" className="text-brand-700 underline underline-offset-2">
            Leaderboard
          </Link>
        </div>
      </div>
      <ProgressView
        progress={progress}
        emptyHint={
          <>
            Finish a quiz and your scores, mastery and streak appear here.{" "}
            <Link href="/dashboard" className="font-medium text-brand-700 underline underline-offset-2">
              Pick an article to practise
            </Link>
            .
          </>
        }
      />
    </div>
  );
}
