import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseAssignmentButton, RemoveAssignmentButton, ReopenAssignmentForm } from "@/components/assignments/assignment-controls";
import { AssignmentSettingsForm } from "@/components/assignments/assignment-settings-form";
import { ExtensionsSection } from "@/components/assignments/extensions-section";
import { FEEDBACK_LABELS } from "@/components/assignments/feedback-choices";
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
import { formatInZone, utcToZonedLocal, zoneLabel } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Manage assignment" };

type Props = { params: Promise<{ id: string }> };

const STATE = {
  upcoming: { label: "Not open yet", tone: "neutral" },
  open: { label: "Open", tone: "success" },
  closed: { label: "Closed", tone: "neutral" },
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
  const now = new Date();
  const tz = a.timeZone;
  const window = assignmentWindow(a, now);
  const state = a.archivedAt ? { label: "Archived", tone: "warning" as const } : a.closedAt ? { label: "Closed by you", tone: "neutral" as const } : STATE[window];
  const closedEarly = a.closedAt !== null || a.archivedAt !== null;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href={`/teacher/classes/${a.classId}`}>{a.className}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight">Manage: {a.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={state.tone}>{state.label}</Badge>
          <Badge>{a.attemptsAllowed === 1 ? "1 attempt" : `${a.attemptsAllowed} attempts`}</Badge>
          {a.timeLimitSec ? <Badge>{Math.round(a.timeLimitSec / 60)} min limit</Badge> : null}
          <Badge>{FEEDBACK_LABELS[a.feedbackMode] ?? a.feedbackMode}</Badge>
        </div>
        <p className="text-sm text-muted">
          Opens {formatInZone(a.opensAt, tz)} · {a.dueAt ? `Due ${formatInZone(a.dueAt, tz)}` : "No due date"} · times in {zoneLabel(tz)} ·{" "}
          {a.started ? `${a.studentsStarted} of ${a.students.length} students started, ${a.inProgress} working on it now` : "No one has started yet"}
        </p>
        <Link href={`/teacher/assignments/${a.id}/results`} className={buttonClasses("secondary", "sm")}>
          See results
        </Link>
      </div>

      <section aria-labelledby="status-heading">
        <Card className="space-y-3">
          <h2 id="status-heading" className="text-lg font-semibold">
            {closedEarly ? "Reopen" : "Close"}
          </h2>
          {closedEarly ? (
            <>
              <p className="text-sm text-muted">
                {a.archivedAt ? "Archived: students don't see it. Restoring puts it back on their lists, open." : "Closed: no one can start it. Reopening lets students start again (attempts already handed in keep their grades)."}
              </p>
              <ReopenAssignmentForm assignmentId={a.id} timeZone={tz} needsDueDate={reopenNeedsDueDate(a, now)} archived={a.archivedAt !== null} />
            </>
          ) : (
            <>
              <p className="text-sm text-muted">Stops the assignment now, whatever its due date: no one can start it, and attempts under way are handed in with the answers given so far.</p>
              <CloseAssignmentButton assignmentId={a.id} inProgress={a.inProgress} />
            </>
          )}
        </Card>
      </section>

      <section aria-labelledby="settings-heading">
        <Card className="space-y-4">
          <h2 id="settings-heading" className="text-lg font-semibold">
            Settings
          </h2>
          {a.archivedAt ? (
            <p className="text-muted">Restore the assignment to change its settings.</p>
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
              Extensions
            </h2>
            <p className="text-sm text-muted">Extra time, an extra attempt or a later due date for one student. They see it on their dashboard at once.</p>
          </div>
          <ExtensionsSection assignmentId={a.id} timeZone={tz} students={a.students} extensions={a.extensions} timed={a.timeLimitSec !== null} hasDueDate={a.dueAt !== null} />
        </Card>
      </section>

      <section aria-labelledby="remove-heading">
        <Card className="space-y-3">
          <h2 id="remove-heading" className="text-lg font-semibold">
            {a.started ? "Archive" : "Delete"}
          </h2>
          <p className="text-sm text-muted">
            {a.started
              ? "Students have started, so the assignment can't be deleted without losing their grades. Archiving closes it and hides it from students and from the class's list; results and grades stay."
              : "No one has started, so it can be deleted."}
          </p>
          {a.archivedAt ? <p className="text-sm text-muted">Already archived.</p> : <RemoveAssignmentButton assignmentId={a.id} started={a.started} title={a.title} />}
        </Card>
      </section>
    </div>
  );
}
