import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { feedbackLabel } from "@/components/assignments/feedback-choices";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { RemoveStudentButton } from "@/components/classes/remove-student-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { closeOverdueFor } from "@/lib/attempts/close";
import { joinPath, joinQrSvg } from "@/lib/classes/join-link";
import { getTeacherClass } from "@/lib/classes/queries";
import { addressedOrigin } from "@/lib/http/origin";
import { NotFoundError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = titled("teacherClasses.metaClass");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ assigned?: string; deleted?: string; archived?: string }> };

export default async function ClassPage({ params, searchParams }: Props) {
  const teacher = await requireRolePage("teacher", "/teacher");
  const { id } = await params;
  const { assigned, deleted, archived } = await searchParams;
  // Each assignment shows how many attempts are finished: close the overdue ones first.
  await closeOverdueFor({ classId: id });
  const klass = await getTeacherClass(id, teacher.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("teacherClasses"), getLocale()]);
  const when = (date: Date) => formatInZone(date, klass.timeZone, intlLocale(locale));
  const zone = zoneLabel(klass.timeZone);
  const joinUrl = `${addressedOrigin(await headers()) ?? ""}${joinPath(klass.joinCode)}`;
  const qr = await joinQrSvg(joinUrl);

  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/teacher/classes">{t("listTitle")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{klass.name}</h1>
        <p className="mt-1 text-muted">{t("timesIn", { zone })}</p>
      </div>
      {assigned ? <Alert tone="success">{t("assigned")}</Alert> : null}
      {deleted ? <Alert tone="success">{t("deleted")}</Alert> : null}
      {archived ? <Alert tone="success">{t("archived")}</Alert> : null}

      <section aria-labelledby="join-code-heading">
        <Card className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 flex-1 space-y-2">
            <h2 id="join-code-heading" className="text-lg font-semibold">
              {t("joinCode")}
            </h2>
            <JoinCodePanel classId={klass.id} joinCode={klass.joinCode} joinUrl={joinUrl} />
          </div>
          <figure className="flex shrink-0 flex-col items-center gap-2 self-center sm:self-start">
            {/* Drawn on the server by lib/classes/join-link.ts (the qrcode package): markup only, no script. */}
            <div role="img" aria-label={t("qrLabel", { name: klass.name })} className="size-40 [&>svg]:size-full" data-testid="join-qr" dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption className="max-w-40 text-center text-xs text-muted">{t("qrCaption")}</figcaption>
          </figure>
        </Card>
      </section>

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            {t("assignmentsHeading")}
          </h2>
          <Link href={`/teacher/classes/${klass.id}/assign`} className={buttonClasses("primary", "sm")}>
            {t("assignSet")}
          </Link>
        </div>
        {klass.assignments.length === 0 ? (
          <Card>
            <p className="text-muted">{t("nothingAssigned")}</p>
          </Card>
        ) : (
          <ul className="grid gap-3">
            {klass.assignments.map((a) => {
              const state = t(`windows.${a.closedEarly ? "closedByYou" : a.window}`);
              return (
                <li key={a.id}>
                  <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="class-assignment">
                    <div className="space-y-1">
                      <h3 className="font-medium">{a.setTitle}</h3>
                      <p className="text-sm text-muted">
                        {t.rich("opens", { date: when(a.opensAt), time: (chunks) => <time dateTime={a.opensAt.toISOString()}>{chunks}</time> })}
                        {a.dueAt ? t.rich("due", { date: when(a.dueAt), time: (chunks) => <time dateTime={a.dueAt!.toISOString()}>{chunks}</time> }) : t("noDue")}
                      </p>
                      <div className="flex flex-wrap gap-2">
                        <Badge tone={a.window === "open" ? "success" : "neutral"}>{state}</Badge>
                        <Badge>{t("attempts", { count: a.attemptsAllowed })}</Badge>
                        {a.timeLimitSec ? <Badge>{t("minLimit", { n: Math.round(a.timeLimitSec / 60) })}</Badge> : null}
                        {a.oneAtATime ? <Badge>{t("oneAtATime")}</Badge> : null}
                        <Badge>{feedbackLabel(t, a.feedbackMode)}</Badge>
                        <Badge tone="brand">{t("finished", { n: a.finishedAttempts })}</Badge>
                      </div>
                    </div>
                    <div className="flex shrink-0 gap-4">
                      <Link href={`/teacher/assignments/${a.id}`} aria-label={t("manageLabel", { title: a.setTitle })} className="font-medium text-brand-700 underline underline-offset-2">
                        {t("manage")}
                      </Link>
                      <Link href={`/teacher/assignments/${a.id}/results`} aria-label={t("resultsLabel", { title: a.setTitle })} className="font-medium text-brand-700 underline underline-offset-2">
                        {t("results")}
                      </Link>
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
        {klass.archived.length > 0 ? (
          <details className="rounded-2xl border border-line bg-white px-5 py-3 shadow-sm">
            <summary className="cursor-pointer font-medium">{t("archivedList", { n: klass.archived.length })}</summary>
            <ul className="mt-2 divide-y divide-line" data-testid="archived-assignments">
              {klass.archived.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{a.setTitle}</span>
                  <span className="flex gap-4">
                    <Link href={`/teacher/assignments/${a.id}`} aria-label={t("manageLabel", { title: a.setTitle })} className="text-brand-700 underline underline-offset-2">
                      {t("manage")}
                    </Link>
                    <Link href={`/teacher/assignments/${a.id}/results`} aria-label={t("resultsLabel", { title: a.setTitle })} className="text-brand-700 underline underline-offset-2">
                      {t("results")}
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-lg font-semibold">
          {t("studentsHeading")} <span className="text-muted">({klass.students.length})</span>
        </h2>
        {klass.students.length === 0 ? (
          <Card>
            <p className="text-muted">{t("noStudents")}</p>
          </Card>
        ) : (
          // Not <Card>: its padding can't be overridden (cn doesn't merge classes) and rows run edge to edge.
          <div className="rounded-2xl border border-line bg-white shadow-sm">
            <ul className="divide-y divide-line" data-testid="roster">
              {klass.students.map((s) => (
                <li key={s.id} className="flex flex-col gap-2 px-5 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <p className="font-medium">{s.name}</p>
                    <p className="truncate text-sm text-muted">{s.email}</p>
                  </div>
                  <RemoveStudentButton classId={klass.id} userId={s.id} name={s.name} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}

