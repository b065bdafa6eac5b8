import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
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
import { intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { formatDuration } from "@/lib/results/aggregate";
import { MARK_SYMBOLS, type AnswerRow, type AttemptAnswers, type Mark } from "@/lib/results/answers";
import { getAssignmentResults } from "@/lib/results/queries";
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { AnswerText } from "@/components/i18n/answer-text";

export const generateMetadata = titled("teacherStudentAnswers.metaTitle");

type T = Awaited<ReturnType<typeof getTranslations<"teacherStudentAnswers">>>;
type TR = Awaited<ReturnType<typeof getTranslations<"teacherResults">>>;

type Props = { params: Promise<{ id: string; studentId: string }>; searchParams: Promise<{ attempt?: string | string[] }> };

const MARK_TONES: Record<Mark, "success" | "warning" | "danger" | "neutral"> = { right: "success", partial: "warning", wrong: "danger", unanswered: "neutral" };
const points = (x: number) => String(Math.round(x * 100) / 100);

function attemptLabel(a: AttemptAnswers, t: T, tr: TR): string {
  if (!a.closed) return tr("status.in_progress");
  const base = tr(a.status === "expired" ? "status.expired" : "status.submitted");
  return a.late ? t("late", { status: base }) : base;
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
  const [t, tr, types, locale] = await Promise.all([getTranslations("teacherStudentAnswers"), getTranslations("teacherResults"), getTranslations("client.types"), getLocale()]);
  const when = (date: Date) => formatInZone(date, tz, intlLocale(locale));
  const base = `/teacher/assignments/${a.id}/results`;
  const studentBase = `${base}/students/${studentId}`;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href={base}>{t("back", { title: a.title })}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title", { name: student.name })}</h1>
        <p className="text-sm text-muted">
          {student.email} · {a.title} · {a.className} · {t("timesIn", { zone: zoneLabel(tz) })}
        </p>
      </div>

      <section aria-labelledby="attempts-heading">
        <Card className="space-y-3">
          <h2 id="attempts-heading" className="text-lg font-semibold">
            {t("attempts")}
          </h2>
          {attempts.length === 0 ? (
            <p className="text-muted">{t("notStarted", { name: student.name })}</p>
          ) : (
            // A table from `sm` up, one card per attempt below it (components/ui/responsive-table.tsx).
            <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={t("attemptsLabel", { name: student.name })}>
              <CardTable className="w-full min-w-[34rem] text-left text-sm break-keep">
                <caption className="sr-only">{t("caption")}</caption>
                <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                  <CardRow>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("attempt")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("status")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("score")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("started")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("handedIn")}</ColumnHeader>
                    <ColumnHeader className="py-2 font-medium">{t("answers")}</ColumnHeader>
                  </CardRow>
                </CardTableHead>
                <CardTableBody className="divide-y divide-line">
                  {attempts.map((x) => (
                    <CardRow key={x.attemptId} data-testid="attempt-row">
                      <RowHeader className="py-2 pr-4 font-medium">
                        {/* The column says "Attempt" at desktop width; the card's heading has to say it itself. */}
                        <span className="sm:sr-only">{t("attemptCard")}</span>
                        {x.number}
                      </RowHeader>
                      <Cell label={t("status")} className="py-2 pr-4">
                        <Badge tone={!x.closed ? "brand" : x.late ? "warning" : x.status === "expired" ? "danger" : "success"}>{attemptLabel(x, t, tr)}</Badge>
                      </Cell>
                      <Cell label={t("score")} className="py-2 pr-4 tabular-nums">
                        {x.closed && x.score !== null ? `${points(x.score)} / ${points(x.maxScore ?? 0)}` : "—"}
                      </Cell>
                      <Cell label={t("started")} className="py-2 pr-4">
                        {when(x.startedAt)}
                      </Cell>
                      <Cell label={t("handedIn")} className="py-2 pr-4">
                        {x.submittedAt ? when(x.submittedAt) : "—"}
                      </Cell>
                      <Cell actions className="py-2">
                        {!x.closed ? (
                          <span className="text-muted">{t("notHandedIn")}</span>
                        ) : x.attemptId === shown?.attemptId ? (
                          <span className="text-muted">{t("shownBelow")}</span>
                        ) : (
                          <Link href={`${studentBase}?attempt=${x.attemptId}`} className="text-brand-700 underline underline-offset-2">
                            {t("show", { n: x.number })}
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
              {t("answersIn", { n: shown.number })}
            </h2>
            <p className="text-sm text-muted" data-testid="attempt-total">
              {t("total", { score: points(shown.score ?? 0), max: points(shown.maxScore ?? 0) })}
              {shown.submittedAt ? t("handedInAt", { date: when(shown.submittedAt) }) : ""}
              {t("numbered")}
            </p>
          </div>
          <ol className="grid gap-4">
            {[...shown.answers].sort((x, y) => x.position - y.position).map((r) => (
              <li key={r.questionId} className="min-w-0">
                <AnswerCard r={r} when={when} t={t} tr={tr} typeLabel={types(r.type)} />
              </li>
            ))}
          </ol>
        </section>
      ) : attempts.length > 0 ? (
        <Card>
          <p className="text-muted">{t("noneYet", { name: student.name })}</p>
        </Card>
      ) : null}
    </div>
  );
}

function AnswerCard({ r, when, t, tr, typeLabel }: { r: AnswerRow; when: (date: Date) => string; t: T; tr: TR; typeLabel: string }) {
  const label = t("q", { n: r.position });
  const headingId = `answer-${r.questionId}`;
  return (
    <Card className="space-y-3" role="group" aria-labelledby={headingId} data-testid="answer-card">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold text-muted">{label}</span>
          <Badge>{typeLabel}</Badge>
          <Badge tone={MARK_TONES[r.mark]}>
            <span aria-hidden="true" className="mr-1">
              {MARK_SYMBOLS[r.mark]}
            </span>
            {tr(`marks.${r.mark}`)}
          </Badge>
        </div>
        <h3 id={headingId} className="text-base font-medium leading-snug">
          {r.prompt}
        </h3>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-muted">{t("theirAnswer")}</dt>
        <dd className={cn("font-medium", r.mark === "unanswered" && "text-muted")}>
          <AnswerText text={r.response} />
        </dd>
        <dt className="text-muted">{t("correctAnswer")}</dt>
        <dd>
          <AnswerText text={r.answerText} />
        </dd>
        <dt className="text-muted">{t("points")}</dt>
        <dd className="tabular-nums" data-testid="answer-points">
          {t("pointsOf", { score: points(r.score), max: r.max })}
        </dd>
        <dt className="text-muted">{t("timeOnIt")}</dt>
        <dd className="tabular-nums">{formatDuration(r.timeMs) ?? t("notRecorded")}</dd>
        {r.answeredAt ? (
          <>
            <dt className="text-muted">{t("lastSaved")}</dt>
            <dd>{when(r.answeredAt)}</dd>
          </>
        ) : null}
      </dl>
      {r.overrides.length > 0 ? (
        <div className="space-y-1 text-sm">
          <p className="font-medium">{t("markChanged")}</p>
          <ul className="space-y-1" data-testid="override-history">
            {r.overrides.map((o) => (
              <li key={o.at.toISOString()} className="rounded-md bg-amber-50 px-3 py-2 text-amber-950">
                {t("override", { old: points(o.oldScore), new: points(o.newScore), by: o.by ?? t("formerTeacher"), date: when(o.at), reason: o.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.responseId ? <OverrideForm responseId={r.responseId} label={label} score={r.score} /> : null}
    </Card>
  );
}
