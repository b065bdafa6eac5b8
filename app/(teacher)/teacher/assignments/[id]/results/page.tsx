import type { Metadata } from "next";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Assignment results" };

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
  const done = students.filter((s) => s.best !== null);
  const scored = done.map((s) => s.best?.percent).filter((p): p is number => p !== null && p !== undefined);
  const average = scored.length ? Math.round((scored.reduce((x, y) => x + y, 0) / scored.length) * 10) / 10 : null;
  const base = `/teacher/assignments/${a.id}/results`;
  const studentHref = (studentId: string) => `${base}/students/${studentId}`;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href={`/teacher/classes/${a.classId}`}>{a.className}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight">Results: {a.title}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>Class:</dt>
            <dd className="text-ink">{a.className}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Opens:</dt>
            <dd className="text-ink">{formatInZone(a.opensAt, tz)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Due:</dt>
            <dd className="text-ink">{a.dueAt ? formatInZone(a.dueAt, tz) : "No due date"}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Times in:</dt>
            <dd className="text-ink">{zoneLabel(tz)}</dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2 pt-2">
          <Link href={`/teacher/assignments/${a.id}`} className={buttonClasses("primary", "sm")}>
            Manage assignment
          </Link>
          {/* Plain links: these are file downloads from route handlers, not pages. */}
          <a href={`${base}/students.csv`} download className={buttonClasses("secondary", "sm")}>
            Download CSV: students
          </a>
          <a href={`${base}/questions.csv`} download className={buttonClasses("secondary", "sm")}>
            Download CSV: questions
          </a>
          <a href={`${base}/answers.csv`} download className={buttonClasses("secondary", "sm")}>
            Download CSV: every answer
          </a>
        </div>
      </div>

      <section aria-labelledby="students-heading">
        <Card className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="students-heading" className="text-lg font-semibold">
              Students
            </h2>
            {students.length > 0 ? (
              <p className="text-sm text-muted">
                {done.length} of {students.length} submitted
                {average !== null ? ` · average best score ${average}%` : ""} · best attempt shown
              </p>
            ) : null}
          </div>
          {students.length === 0 ? (
            <p className="text-muted">
              No students in this class yet. Share the class join code from the{" "}
              <Link href={`/teacher/classes/${a.classId}`} className="text-brand-700 underline underline-offset-2">
                class page
              </Link>
              ; students appear here as soon as they join.
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
                Answers by student
              </h2>
              <p className="text-sm text-muted">
                Each student&apos;s best attempt, question by question. Hover over a question number for its wording (the analysis below lists every question); a name opens
                that student&apos;s answers.
              </p>
            </div>
            <AnswerGrid grid={results.grid} studentHref={studentHref} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="questions-heading" className="space-y-3">
        <div>
          <h2 id="questions-heading" className="text-lg font-semibold">
            Question analysis
          </h2>
          {results.closedAttempts > 0 ? (
            <p className="text-sm text-muted">
              Over {results.closedAttempts} submitted {results.closedAttempts === 1 ? "attempt" : "attempts"}; a question left blank counts as wrong.
            </p>
          ) : null}
        </div>
        {results.closedAttempts === 0 ? (
          <Card>
            <p className="text-muted">
              No one has submitted yet{students.some((s) => s.status === "in_progress") ? " (some students are working on it now)" : ""}. The analysis appears
              here after the first submission.
            </p>
          </Card>
        ) : null}
        {questions.length === 0 ? (
          <Card>
            <p className="text-muted">This assignment&apos;s set has no questions.</p>
          </Card>
        ) : results.closedAttempts > 0 ? (
          <QuestionAnalysis questions={questions} />
        ) : null}
      </section>
    </div>
  );
}
