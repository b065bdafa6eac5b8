import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listUnfinishedJobs } from "@/lib/articles/jobs";
import { requireRolePage } from "@/lib/auth/session";
import { listQuestionBanks } from "@/lib/questions/queries";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherHome.metaTitle");

export default async function TeacherHome() {
  const user = await requireRolePage("teacher", "/teacher");
  const [banks, jobs, t] = await Promise.all([listQuestionBanks(user), listUnfinishedJobs(user), getTranslations("teacherHome")]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
          <p className="mt-1 text-muted">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/teacher/sets" className={buttonClasses("secondary")}>
            {t("sets")}
          </Link>
          <Link href="/teacher/live" className={buttonClasses("secondary")}>
            {t("live")}
          </Link>
          <Link href="/teacher/articles/new" className={buttonClasses("primary")}>
            {t("addArticle")}
          </Link>
        </div>
      </div>
      {jobs.length > 0 ? (
        <section aria-labelledby="jobs-heading" className="space-y-3">
          <h2 id="jobs-heading" className="text-lg font-semibold">
            {t("jobsHeading")}
          </h2>
          <ul className="grid gap-3">
            {jobs.map((j) => (
              <li key={j.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3">
                  <Link href={`/teacher/articles/new/${j.id}`} className="min-w-0 font-medium break-words hover:underline">
                    {j.title}
                  </Link>
                  {j.status === "failed" ? <Badge tone="danger">{t("jobFailed")}</Badge> : <Badge tone="brand">{j.status === "queued" ? t("jobQueued") : t("jobReading")}</Badge>}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {banks.length === 0 ? (
        <Card>
          <p className="text-muted">{t("empty")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4">
          {banks.map((b) => (
            <li key={b.id}>
              <Card className="space-y-3">
                <p className="text-sm text-muted">{[b.source, b.published].filter(Boolean).join(" · ")}</p>
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/teacher/articles/${b.slug}`} className="hover:underline">
                    {b.title}
                  </Link>
                </h2>
                <div className="flex flex-wrap gap-2">
                  {b.mine ? <Badge tone="brand">{t("yours")}</Badge> : !b.editable ? <Badge>{t("sharedReadOnly")}</Badge> : null}
                  <Badge tone="success">{t("approved", { n: b.byStatus.approved ?? 0 })}</Badge>
                  {b.editable ? <Badge>{t("draft", { n: b.byStatus.draft ?? 0 })}</Badge> : null}
                  {b.editable && b.needsReview > 0 ? <Badge tone="warning">{t("needsReview", { n: b.needsReview })}</Badge> : null}
                  {b.editable ? <Badge>{t("retired", { n: b.byStatus.retired ?? 0 })}</Badge> : null}
                  <Badge tone="warning">{t("facts", { n: b.factCount })}</Badge>
                  {b.issueCount > 0 ? <Badge tone="danger">{t("findings", { n: b.issueCount })}</Badge> : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
