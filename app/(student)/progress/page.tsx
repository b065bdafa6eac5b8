import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";
import { ProgressView } from "@/components/progress/progress-view";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { getProgress } from "@/lib/progress/queries";

export const generateMetadata = titled("progressPage.metaTitle");
export const dynamic = "force-dynamic";

export default async function ProgressPage() {
  const user = await requireRolePage("student", "/dashboard");
  await closeOverdueFor({ userId: user.id });
  const [progress, t] = await Promise.all([getProgress(user.id), getTranslations("progressPage")]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="mt-1 text-muted">{t("intro")}</p>
        </div>
        <div className="flex gap-3 text-sm font-medium">
          <Link href="/review" className="text-brand-700 underline underline-offset-2">
            {t("review", { n: progress.dueReviews })}
          </Link>
          <Link href="/leaderboard" className="text-brand-700 underline underline-offset-2">
            {t("leaderboard")}
          </Link>
        </div>
      </div>
      <ProgressView
        progress={progress}
        emptyHint={
          <>
            {t("empty")}{" "}
            <Link href="/dashboard" className="font-medium text-brand-700 underline underline-offset-2">
              {t("pick")}
            </Link>
            .
          </>
        }
      />
    </div>
  );
}
