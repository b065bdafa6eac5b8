import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { ReviewSession } from "@/components/review/review-session";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { nextDueAt, nextDueCard } from "@/lib/review/queries";

export const generateMetadata = titled("review.metaTitle");
// Due cards depend on the clock: never serve a cached page.
export const dynamic = "force-dynamic";


export default async function ReviewPage() {
  const user = await requireRolePage("student", "/dashboard");
  // An expired attempt's answers join the queue when it is graded: grade it before reading the queue.
  await closeOverdueFor({ userId: user.id });
  const card = await nextDueCard(user.id);
  const upcoming = card ? null : await nextDueAt(user.id);
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale()]);
  const whenFormat = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">
          {t("intro")}
        </p>
      </div>
      {card ? (
        <ReviewSession key={card.question.id} question={card.question} articleTitle={card.articleTitle} due={card.due} />
      ) : (
        <Card className="space-y-3" data-testid="review-empty">
          <h2 className="text-lg font-semibold">{t("nothing")}</h2>
          <p className="text-muted">
            {upcoming ? t("nextDue", { when: whenFormat.format(upcoming) }) : t("takeQuiz")}
          </p>
          <Link href="/dashboard" className={buttonClasses("primary")}>
            {t("back")}
          </Link>
        </Card>
      )}
    </div>
  );
}
