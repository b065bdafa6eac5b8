import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CloseAssignmentButton, RemoveAssignmentButton, ReopenAssignmentForm } from "@/components/assignments/assignment-controls";
import { AssignmentSettingsForm } from "@/components/assignments/assignment-settings-form";
import { ExtensionsSection } from "@/components/assignments/extensions-section";
import { feedbackLabel } from "@/components/assignments/feedback-choices";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getManagedAssignment } from "@/lib/assignments/manage";
import { reopenNeedsDueDate } from "@/lib/assignments/manage-policy";
import { assignmentWindow } from "@/lib/assignments/policy";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { formatInZone, utcToZonedLocal, zoneLabel } from "@/lib/time/zones";

export const generateMetadata = titled("teacherAssignments.metaTitle");

type Props = { params: Promise<{ id: string }> };

const STATE = {
  upcoming: { label: "upcoming", tone: "neutral" },
  open: { label: "open", tone: "success" },
  closed: { label: "closed", tone: "neutral" },
} as const;

export default async function ManageAssignmentPage({ params }: Props) {
  const { id } = await params;
  const user = await requireRolePage("teacher", `/teacher/assignments/${id}`);
  // Attempts past their deadline are closed first, so "under way" and "used" are true.
  await closeOverdueFor({ assignmentId: id });
  const a = await getManagedAssignment(id, user.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [t, tc, locale] = await Promise.all([getTranslations("teacherAssignments"), getTranslations("teacherClasses"), getLocale()]);
  const now = new Date();
  const tz = a.timeZone;
  const when = (date: Date) => formatInZone(date, tz, intlLocale(locale));
  const window = assignmentWindow(a, now);
  const state = a.archivedAt ? { label: "archived", tone: "warning" as const } : a.closedAt ? { label: "closedByYou", tone: "neutral" as const } : STATE[window];
  const closedEarly = a.closedAt !== null || a.archivedAt !== null;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href={`/teacher/classes/${a.classId}`}>{a.className}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title", { title: a.title })}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={state.tone}>{tc(`windows.${state.label}`)}</Badge>
          <Badge>{tc("attempts", { count: a.attemptsAllowed })}</Badge>
          {a.timeLimitSec ? <Badge>{tc("minLimit", { n: Math.round(a.timeLimitSec / 60) })}</Badge> : null}
          <Badge>{feedbackLabel(tc, a.feedbackMode)}</Badge>
        </div>
        <p className="text-sm text-muted">
          {t("opens", { date: when(a.opensAt) })} · {a.dueAt ? t("due", { date: when(a.dueAt) }) : t("noDue")} · {t("timesIn", { zone: zoneLabel(tz) })} ·{" "}
          {a.started ? t("started", { started: a.studentsStarted, total: a.students.length, working: a.inProgress }) : t("noOneStarted")}
        </p>
        <Link href={`/teacher/assignments/${a.id}/results`} className={buttonClasses("secondary", "sm")}>
          {t("seeResults")}
        </Link>
      </div>

      <section aria-labelledby="status-heading">
        <Card className="space-y-3">
          <h2 id="status-heading" className="text-lg font-semibold">
            {closedEarly ? t("reopen") : t("close")}
          </h2>
          {closedEarly ? (
            <>
              <p className="text-sm text-muted">
                {a.archivedAt ? t("archivedText") : t("closedText")}
              </p>
              <ReopenAssignmentForm assignmentId={a.id} timeZone={tz} needsDueDate={reopenNeedsDueDate(a, now)} archived={a.archivedAt !== null} />
            </>
          ) : (
            <>
              <p className="text-sm text-muted">{t("closeText")}</p>
              <CloseAssignmentButton assignmentId={a.id} inProgress={a.inProgress} />
            </>
          )}
        </Card>
      </section>

      <section aria-labelledby="settings-heading">
        <Card className="space-y-4">
          <h2 id="settings-heading" className="text-lg font-semibold">
            {t("settings")}
          </h2>
          {a.archivedAt ? (
            <p className="text-muted">{t("restoreFirst")}</p>
          ) : (
            <AssignmentSettingsForm
              assignmentId={a.id}
              timeZone={tz}
              started={a.started}
              finished={a.finished}
              minAttempts={a.minAttempts}
              defaults={{
                opensAt: utcToZonedLocal(a.opensAt, tz),
                dueAt: a.dueAt ? utcToZonedLocal(a.dueAt, tz) : "",
                timeLimitMinutes: a.timeLimitSec ? String(Math.round(a.timeLimitSec / 60)) : "",
                attemptsAllowed: String(a.attemptsAllowed),
                feedbackMode: a.feedbackMode,
                shuffleQuestions: a.shuffleQuestions,
                shuffleOptions: a.shuffleOptions,
                oneAtATime: a.oneAtATime,
              }}
            />
          )}
        </Card>
      </section>

      <section aria-labelledby="extensions-heading">
        <Card className="space-y-4">
          <div>
            <h2 id="extensions-heading" className="text-lg font-semibold">
              {t("extensions")}
            </h2>
            <p className="text-sm text-muted">{t("extensionsText")}</p>
          </div>
          <ExtensionsSection assignmentId={a.id} timeZone={tz} students={a.students} extensions={a.extensions} timed={a.timeLimitSec !== null} hasDueDate={a.dueAt !== null} />
        </Card>
      </section>

      <section aria-labelledby="remove-heading">
        <Card className="space-y-3">
          <h2 id="remove-heading" className="text-lg font-semibold">
            {a.started ? t("archive") : t("delete")}
          </h2>
          <p className="text-sm text-muted">
            {a.started ? t("archiveText") : t("deleteText")}
          </p>
          {a.archivedAt ? <p className="text-sm text-muted">{t("alreadyArchived")}</p> : <RemoveAssignmentButton assignmentId={a.id} started={a.started} title={a.title} />}
        </Card>
      </section>
    </div>
  );
}
