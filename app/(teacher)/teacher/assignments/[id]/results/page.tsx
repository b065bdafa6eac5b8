import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AnswerGrid } from "@/components/results/answer-grid";
import { QuestionAnalysis } from "@/components/results/question-analysis";
import { StudentTable } from "@/components/results/student-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { closeOverdueFor } from "@/lib/attempts/close";
import { getAssignmentResults } from "@/lib/results/queries";
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";
import { formatNumber, intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherResults.metaTitle");

type Props = { params: Promise<{ id: string }> };

export default async function AssignmentResultsPage({ params }: Props) {
  const { id } = await params;
  // The page renders alongside the layout, so it checks too (and redirects like the layout would).
  const user = await requireRolePage("teacher", `/teacher/assignments/${id}/results`);
  // Attempts left open past their deadline are closed first (as the student pages do), so the figures are true.
  await closeOverdueFor({ assignmentId: id });
  const results = await getAssignmentResults(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { assignment: a, students, questions } = results;
  const tz = a.timeZone;
  const [t, locale] = await Promise.all([getTranslations("teacherResults"), getLocale()]);
  const when = (date: Date) => formatInZone(date, tz, intlLocale(locale));
  const done = students.filter((s) => s.best !== null);
  const scored = done.map((s) => s.best?.percent).filter((p): p is number => p !== null && p !== undefined);
  const average = scored.length ? Math.round((scored.reduce((x, y) => x + y, 0) / scored.length) * 10) / 10 : null;
  const base = `/teacher/assignments/${a.id}/results`;
  const studentHref = (studentId: string) => `${base}/students/${studentId}`;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href={`/teacher/classes/${a.classId}`}>{a.className}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title", { title: a.title })}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>{t("class")}</dt>
            <dd className="text-ink">{a.className}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("opens")}</dt>
            <dd className="text-ink">{when(a.opensAt)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("due")}</dt>
            <dd className="text-ink">{a.dueAt ? when(a.dueAt) : t("noDue")}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("timesIn")}</dt>
            <dd className="text-ink">{zoneLabel(tz)}</dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2 pt-2">
          <Link href={`/teacher/assignments/${a.id}`} className={buttonClasses("primary", "sm")}>
            {t("manage")}
          </Link>
          {/* Plain links: these are file downloads from route handlers, not pages. */}
          <a href={`${base}/students.csv`} download className={buttonClasses("secondary", "sm")}>
            {t("csvStudents")}
          </a>
          <a href={`${base}/questions.csv`} download className={buttonClasses("secondary", "sm")}>
            {t("csvQuestions")}
          </a>
          <a href={`${base}/answers.csv`} download className={buttonClasses("secondary", "sm")}>
            {t("csvAnswers")}
          </a>
        </div>
      </div>

      <section aria-labelledby="students-heading">
        <Card className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="students-heading" className="text-lg font-semibold">
              {t("students")}
            </h2>
            {students.length > 0 ? (
              <p className="text-sm text-muted">
                {t("submitted", { done: done.length, total: students.length })}
                {average !== null ? t("average", { average: `${formatNumber(average, locale)}%` }) : ""}
                {t("bestShown")}
              </p>
            ) : null}
          </div>
          {students.length === 0 ? (
            <p className="text-muted">
              {t.rich("noStudents", {
                link: (chunks) => (
                  <Link href={`/teacher/classes/${a.classId}`} className="text-brand-700 underline underline-offset-2">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <StudentTable rows={students} timeZone={tz} studentHref={studentHref} />
          )}
        </Card>
      </section>

      {students.length > 0 && questions.length > 0 ? (
        <section aria-labelledby="grid-heading">
          <Card className="space-y-3">
            <div>
              <h2 id="grid-heading" className="text-lg font-semibold">
                {t("gridHeading")}
              </h2>
              <p className="text-sm text-muted">{t("gridText")}</p>
            </div>
            <AnswerGrid grid={results.grid} studentHref={studentHref} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="questions-heading" className="space-y-3">
        <div>
          <h2 id="questions-heading" className="text-lg font-semibold">
            {t("analysis")}
          </h2>
          {results.closedAttempts > 0 ? (
            <p className="text-sm text-muted">{t("over", { n: results.closedAttempts })}</p>
          ) : null}
        </div>
        {results.closedAttempts === 0 ? (
          <Card>
            <p className="text-muted">{t(students.some((s) => s.status === "in_progress") ? "noneSubmittedWorking" : "noneSubmitted")}</p>
          </Card>
        ) : null}
        {questions.length === 0 ? (
          <Card>
            <p className="text-muted">{t("noQuestions")}</p>
          </Card>
        ) : results.closedAttempts > 0 ? (
          <QuestionAnalysis questions={questions} />
        ) : null}
      </section>
    </div>
  );
}
