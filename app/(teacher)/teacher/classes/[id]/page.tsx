import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { FEEDBACK_LABELS } from "@/components/assignments/feedback-choices";
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
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Class" };

const WINDOW_LABELS = { upcoming: "Not open yet", open: "Open", closed: "Closed" } as const;

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
  const zone = zoneLabel(klass.timeZone);
  const joinUrl = `${addressedOrigin(await headers()) ?? ""}${joinPath(klass.joinCode)}`;
  const qr = await joinQrSvg(joinUrl);

  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/teacher/classes">My classes</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{klass.name}</h1>
        <p className="mt-1 text-muted">Times in {zone} time.</p>
      </div>
      {assigned ? <Alert tone="success">Assigned. Students in the class see it on their dashboard.</Alert> : null}
      {deleted ? <Alert tone="success">Assignment deleted.</Alert> : null}
      {archived ? <Alert tone="success">Assignment archived: students no longer see it. Its results are under &ldquo;Archived&rdquo; below.</Alert> : null}

      <section aria-labelledby="join-code-heading">
        <Card className="flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0 flex-1 space-y-2">
            <h2 id="join-code-heading" className="text-lg font-semibold">
              Join code
            </h2>
            <JoinCodePanel classId={klass.id} joinCode={klass.joinCode} joinUrl={joinUrl} />
          </div>
          <figure className="flex shrink-0 flex-col items-center gap-2 self-center sm:self-start">
            {/* Drawn on the server by lib/classes/join-link.ts (the qrcode package): markup only, no script. */}
            <div role="img" aria-label={`QR code of the join link for ${klass.name}`} className="size-40 [&>svg]:size-full" data-testid="join-qr" dangerouslySetInnerHTML={{ __html: qr }} />
            <figcaption className="max-w-40 text-center text-xs text-muted">Students scan it to open the join link.</figcaption>
          </figure>
        </Card>
      </section>

      <section aria-labelledby="assignments-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            Assignments
          </h2>
          <Link href={`/teacher/classes/${klass.id}/assign`} className={buttonClasses("primary", "sm")}>
            Assign a question set
          </Link>
        </div>
        {klass.assignments.length === 0 ? (
          <Card>
            <p className="text-muted">Nothing assigned yet. Assign a question set to give the class something to do.</p>
          </Card>
        ) : (
          <ul className="grid gap-3">
            {klass.assignments.map((a) => {
              const state = a.closedEarly ? "Closed by you" : WINDOW_LABELS[a.window];
              return (
                <li key={a.id}>
                  <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="class-assignment">
                    <div className="space-y-1">
                      <h3 className="font-medium">{a.setTitle}</h3>
                      <p className="text-sm text-muted">
                        Opens <time dateTime={a.opensAt.toISOString()}>{formatInZone(a.opensAt, klass.timeZone)}</time>
                        {a.dueAt ? (
                          <>
                            {" "}· Due <time dateTime={a.dueAt.toISOString()}>{formatInZone(a.dueAt, klass.timeZone)}</time>
                          </>
                        ) : (
                          " · No due date"
                        )}
                      </p>
                      <div className="flex flex-wrap gap-2">
                        <Badge tone={a.window === "open" ? "success" : "neutral"}>{state}</Badge>
                        <Badge>{a.attemptsAllowed === 1 ? "1 attempt" : `${a.attemptsAllowed} attempts`}</Badge>
                        {a.timeLimitSec ? <Badge>{Math.round(a.timeLimitSec / 60)} min limit</Badge> : null}
                        {a.oneAtATime ? <Badge>One at a time</Badge> : null}
                        <Badge>{FEEDBACK_LABELS[a.feedbackMode] ?? a.feedbackMode}</Badge>
                        <Badge tone="brand">{a.finishedAttempts} finished</Badge>
                      </div>
                    </div>
                    <div className="flex shrink-0 gap-4">
                      <Link href={`/teacher/assignments/${a.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                        Manage<span className="sr-only"> {a.setTitle}</span>
                      </Link>
                      <Link href={`/teacher/assignments/${a.id}/results`} className="font-medium text-brand-700 underline underline-offset-2">
                        Results<span className="sr-only"> for {a.setTitle}</span>
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
            <summary className="cursor-pointer font-medium">Archived ({klass.archived.length})</summary>
            <ul className="mt-2 divide-y divide-line" data-testid="archived-assignments">
              {klass.archived.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{a.setTitle}</span>
                  <span className="flex gap-4">
                    <Link href={`/teacher/assignments/${a.id}`} className="text-brand-700 underline underline-offset-2">
                      Manage<span className="sr-only"> {a.setTitle}</span>
                    </Link>
                    <Link href={`/teacher/assignments/${a.id}/results`} className="text-brand-700 underline underline-offset-2">
                      Results<span className="sr-only"> for {a.setTitle}</span>
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
          Students <span className="text-muted">({klass.students.length})</span>
        </h2>
        {klass.students.length === 0 ? (
          <Card>
            <p className="text-muted">No students yet. Share the join code above: students type it on their dashboard.</p>
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
