import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countDue } from "@/lib/review/queries";

/** The dashboard's review prompt: how many questions are due, with the way in. */
export async function ReviewDueCard({ userId }: { userId: string }) {
  const [due, t] = await Promise.all([countDue(userId), getTranslations("reviewDue")]);
  return (
    <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="review-due">
      <div>
        <h2 className="text-lg font-semibold">{due === 0 ? t("none") : t("count", { count: due })}</h2>
        <p className="text-sm text-muted">
          {due === 0 ? t("noneText") : t("someText")}{" "}
          <Link href="/progress" className="font-medium text-brand-700 underline underline-offset-2">
            {t("progress")}
          </Link>{" "}
          ·{" "}
          <Link href="/leaderboard" className="font-medium text-brand-700 underline underline-offset-2">
            {t("leaderboard")}
          </Link>
        </p>
      </div>
      {due > 0 ? (
        <Link href="/review" className={buttonClasses("primary")}>
          {t("start")}
        </Link>
      ) : null}
    </Card>
  );
}
