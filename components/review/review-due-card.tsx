import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countDue } from "@/lib/review/queries";

/** The dashboard's review prompt: how many questions are due, with the way in. */
export async function ReviewDueCard({ userId }: { userId: string }) {
  const due = await countDue(userId);
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="review-due">
      <div>
        <h2 className="text-lg font-semibold">{due === 0 ? "No reviews due" : due === 1 ? "1 question to review" : `${due} questions to review`}</h2>
        <p className="text-sm text-muted">
          {due === 0 ? "Questions you answer come back here when it's time to review them." : "A few minutes now keeps them from slipping."}{" "}
          <Link href="/progress" className="font-medium text-brand-700 underline underline-offset-2">
            Your progress
          </Link>{" "}
          ·{" "}
          <Link href="/leaderboard" className="font-medium text-brand-700 underline underline-offset-2">
            Leaderboard
          </Link>
        </p>
      </div>
      {due > 0 ? (
        <Link href="/review" className={buttonClasses("primary")}>
          Start review
        </Link>
      ) : null}
    </Card>
  );
}
