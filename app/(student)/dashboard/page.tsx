import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttemptHistory } from "@/components/attempts/attempt-history";
import { PracticeButton } from "@/components/articles/practice-button";
import { StudentAssignments } from "@/components/assignments/student-assignments";
import { MyClasses } from "@/components/classes/my-classes";
import { ReviewDueCard } from "@/components/review/review-due-card";
import { Card } from "@/components/ui/card";
import { listArticles } from "@/lib/articles/queries";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { closeOverdueFor } from "@/lib/attempts/close";
import { listAttempts } from "@/lib/attempts/queries";
import { requireRolePage } from "@/lib/auth/session";
import { codeFromLink } from "@/lib/classes/join-link";
import { listStudentClasses } from "@/lib/classes/queries";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("dashboard.metaTitle");

type Props = { searchParams: Promise<{ join?: string }> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireRolePage("student", "/dashboard");
  // From a class's join link (/join/CODE): the join form starts filled in.
  const { join } = await searchParams;
  const linkedCode = typeof join === "string" ? codeFromLink(join) : null;
  // First, or an attempt abandoned at its time limit would still show (and offer "Resume").
  await closeOverdueFor({ userId: user.id });
  const [articles, attempts, assignments, classes, t] = await Promise.all([
    listArticles(),
    listAttempts(user.id),
    listStudentAssignments(user.id),
    listStudentClasses(user.id),
    getTranslations("dashboard"),
  ]);
  const inProgress = attempts.filter((a) => a.status === "in_progress");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("hello", { name: user.name })}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      <ReviewDueCard userId={user.id} />

      {inProgress.length > 0 ? (
        <section aria-labelledby="resume" className="space-y-3">
          <h2 id="resume" className="text-lg font-semibold">
            {t("inProgress")}
          </h2>
          <ul className="grid gap-3">
            {inProgress.map((a) => (
              <li key={a.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3">
                  <span className="font-medium">{a.assignment?.set.title ?? a.article?.title ?? t("quiz")}</span>
                  <Link href={`/attempts/${a.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                    {t("resume")}
                  </Link>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="assignments" className="space-y-3">
        <h2 id="assignments" className="text-lg font-semibold">
          {t("assignments")}
        </h2>
        <StudentAssignments assignments={assignments} hasClasses={classes.length > 0} />
      </section>

      <section aria-labelledby="classes" className="space-y-3">
        <h2 id="classes" className="text-lg font-semibold">
          {t("myClasses")}
        </h2>
        <MyClasses classes={classes} linkedCode={linkedCode} />
      </section>

      <section aria-labelledby="practise" className="space-y-3">
        <h2 id="practise" className="text-lg font-semibold">
          {t("practise")}
        </h2>
        {articles.length === 0 ? (
          <Card>
            <p className="text-muted">{t("noArticles")}</p>
          </Card>
        ) : (
          <ul className="grid gap-3">
            {articles.map((a) => (
              <li key={a.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <Link href={`/articles/${a.slug}`} className="font-medium hover:underline">
                      {a.title}
                    </Link>
                    <p className="text-sm text-muted">{t("bankCount", { count: a.questionCount })}</p>
                  </div>
                  <PracticeButton slug={a.slug} signedIn title={a.title} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-lg font-semibold">
          {t("pastAttempts")}
        </h2>
        <AttemptHistory attempts={attempts.filter((a) => a.status !== "in_progress")} />
      </section>
    </div>
  );
}
