import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OverrideForm } from "@/components/results/override-form";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { TYPE_LABELS } from "@/lib/question-types";
import { formatDuration, STATUS_LABELS } from "@/lib/results/aggregate";
import { MARK_LABELS, MARK_SYMBOLS, type AnswerRow, type AttemptAnswers, type Mark } from "@/lib/results/answers";
import { getAssignmentResults } from "@/lib/results/queries";
import { formatInZone, zoneLabel } from "@/lib/time/zones";

export const metadata: Metadata = { title: "A student's answers" };

type Props = { params: Promise<{ id: string; studentId: string }>; searchParams: Promise<{ attempt?: string | string[] }> };

const MARK_TONES: Record<Mark, "success" | "warning" | "danger" | "neutral"> = { right: "success", partial: "warning", wrong: "danger", unanswered: "neutral" };
const points = (x: number) => String(Math.round(x * 100) / 100);

function attemptLabel(a: AttemptAnswers): string {
  if (!a.closed) return STATUS_LABELS.in_progress;
  const base = a.status === "expired" ? STATUS_LABELS.expired : STATUS_LABELS.submitted;
  return a.late ? `${base}, late` : base;
}

export default async function StudentAnswersPage({ params, searchParams }: Props) {
  const { id, studentId } = await params;
  const user = await requireRolePage("teacher", `/teacher/assignments/${id}/results/students/${studentId}`);
  await closeOverdueFor({ assignmentId: id });
  // The assignment must be one of this teacher's classes' (else not found), and the student in that class.
  const results = await getAssignmentResults(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const student = results.students.find((s) => s.studentId === studentId);
  if (!student) notFound();
  const { assignment: a } = results;
  const tz = a.timeZone;
  const attempts = results.attempts.filter((x) => x.userId === studentId);
  const closed = attempts.filter((x) => x.closed);
  const wanted = (await searchParams).attempt;
  // The attempt asked for, else the best one (as the results table shows), else the latest handed in.
  const shown =
    closed.find((x) => x.attemptId === wanted) ?? closed.find((x) => x.attemptId === student.best?.attemptId) ?? closed.at(-1) ?? null;
  const base = `/teacher/assignments/${a.id}/results`;
  const studentBase = `${base}/students/${studentId}`;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href={base}>Results: {a.title}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight">{student.name}&apos;s answers</h1>
        <p className="text-sm text-muted">
          {student.email} · {a.title} · {a.className} · times in {zoneLabel(tz)}
        </p>
      </div>

      <section aria-labelledby="attempts-heading">
        <Card className="space-y-3">
          <h2 id="attempts-heading" className="text-lg font-semibold">
            Attempts
          </h2>
          {attempts.length === 0 ? (
            <p className="text-muted">{student.name} hasn&apos;t started this assignment yet.</p>
          ) : (
            // A table from `sm` up, one card per attempt below it (components/ui/responsive-table.tsx).
            <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={`${student.name}'s attempts`}>
              <CardTable className="w-full min-w-[34rem] text-left text-sm">
                <caption className="sr-only">Every attempt, oldest first</caption>
                <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                  <CardRow>
                    <ColumnHeader className="py-2 pr-4 font-medium">Attempt</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">Status</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">Score</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">Started</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">Handed in</ColumnHeader>
                    <ColumnHeader className="py-2 font-medium">Answers</ColumnHeader>
                  </CardRow>
                </CardTableHead>
                <CardTableBody className="divide-y divide-line">
                  {attempts.map((x) => (
                    <CardRow key={x.attemptId} data-testid="attempt-row">
                      <RowHeader className="py-2 pr-4 font-medium">
                        {/* The column says "Attempt" at desktop width; the card's heading has to say it itself. */}
                        <span className="sm:sr-only">Attempt </span>
                        {x.number}
                      </RowHeader>
                      <Cell label="Status" className="py-2 pr-4">
                        <Badge tone={!x.closed ? "brand" : x.late ? "warning" : x.status === "expired" ? "danger" : "success"}>{attemptLabel(x)}</Badge>
                      </Cell>
                      <Cell label="Score" className="py-2 pr-4 tabular-nums">
                        {x.closed && x.score !== null ? `${points(x.score)} / ${points(x.maxScore ?? 0)}` : "—"}
                      </Cell>
                      <Cell label="Started" className="py-2 pr-4">
                        {formatInZone(x.startedAt, tz)}
                      </Cell>
                      <Cell label="Handed in" className="py-2 pr-4">
                        {x.submittedAt ? formatInZone(x.submittedAt, tz) : "—"}
                      </Cell>
                      <Cell actions className="py-2">
                        {!x.closed ? (
                          <span className="text-muted">Not handed in yet</span>
                        ) : x.attemptId === shown?.attemptId ? (
                          <span className="text-muted">Shown below</span>
                        ) : (
                          <Link href={`${studentBase}?attempt=${x.attemptId}`} className="text-brand-700 underline underline-offset-2">
                            Show attempt {x.number}
                          </Link>
                        )}
                      </Cell>
                    </CardRow>
                  ))}
                </CardTableBody>
              </CardTable>
            </div>
          )}
        </Card>
      </section>

      {shown ? (
        <section aria-labelledby="answers-heading" className="space-y-3">
          <div>
            <h2 id="answers-heading" className="text-lg font-semibold">
              Answers in attempt {shown.number}
            </h2>
            <p className="text-sm text-muted" data-testid="attempt-total">
              Total {points(shown.score ?? 0)} of {points(shown.maxScore ?? 0)} points
              {shown.submittedAt ? ` · handed in ${formatInZone(shown.submittedAt, tz)}` : ""} · questions numbered as in the answer grid
            </p>
          </div>
          <ol className="grid gap-4">
            {[...shown.answers].sort((x, y) => x.position - y.position).map((r) => (
              <li key={r.questionId} className="min-w-0">
                <AnswerCard r={r} timeZone={tz} />
              </li>
            ))}
          </ol>
        </section>
      ) : attempts.length > 0 ? (
        <Card>
          <p className="text-muted">{student.name}&apos;s answers show here once an attempt is handed in: nothing is marked before.</p>
        </Card>
      ) : null}
    </div>
  );
}

function AnswerCard({ r, timeZone }: { r: AnswerRow; timeZone: string }) {
  const label = `Q${r.position}`;
  const headingId = `answer-${r.questionId}`;
  return (
    <Card className="space-y-3" role="group" aria-labelledby={headingId} data-testid="answer-card">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold text-muted">{label}</span>
          <Badge>{TYPE_LABELS[r.type]}</Badge>
          <Badge tone={MARK_TONES[r.mark]}>
            <span aria-hidden="true" className="mr-1">
              {MARK_SYMBOLS[r.mark]}
            </span>
            {MARK_LABELS[r.mark]}
          </Badge>
        </div>
        <h3 id={headingId} className="text-base font-medium leading-snug">
          {r.prompt}
        </h3>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-muted">Their answer</dt>
        <dd className={cn("font-medium", r.mark === "unanswered" && "text-muted")}>{r.response}</dd>
        <dt className="text-muted">Correct answer</dt>
        <dd>{r.answerText}</dd>
        <dt className="text-muted">Points</dt>
        <dd className="tabular-nums" data-testid="answer-points">
          {points(r.score)} of {r.max}
        </dd>
        <dt className="text-muted">Time on it</dt>
        <dd className="tabular-nums">{formatDuration(r.timeMs) ?? "Not recorded"}</dd>
        {r.answeredAt ? (
          <>
            <dt className="text-muted">Last saved</dt>
            <dd>{formatInZone(r.answeredAt, timeZone)}</dd>
          </>
        ) : null}
      </dl>
      {r.overrides.length > 0 ? (
        <div className="space-y-1 text-sm">
          <p className="font-medium">Mark changed</p>
          <ul className="space-y-1" data-testid="override-history">
            {r.overrides.map((o) => (
              <li key={o.at.toISOString()} className="rounded-md bg-amber-50 px-3 py-2 text-amber-950">
                {points(o.oldScore)} → {points(o.newScore)} by {o.by ?? "a former teacher"} on {formatInZone(o.at, timeZone)}: “{o.reason}”
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.responseId ? <OverrideForm responseId={r.responseId} label={label} score={r.score} /> : null}
    </Card>
  );
}
