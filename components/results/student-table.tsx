import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { formatDuration, STATUS_LABELS, type ResultStatus, type StudentRow } from "@/lib/results/aggregate";
import { formatInZone } from "@/lib/time/zones";
import { Bar, percentLabel } from "./bar";

const STATUS_TONES: Record<ResultStatus, "neutral" | "brand" | "success" | "warning" | "danger"> = {
  not_started: "neutral",
  in_progress: "brand",
  submitted: "success",
  late: "warning",
  expired: "danger",
  closed: "neutral",
};

const points = (x: number) => String(Math.round(x * 100) / 100);

/**
 * `studentHref`: each name links to that student's answers (the drill-down). A table from `sm`
 * up, one card per student below it (components/ui/responsive-table.tsx): the score stays in view.
 */
export function StudentTable({ rows, timeZone, studentHref }: { rows: StudentRow[]; timeZone: string; studentHref: (studentId: string) => string }) {
  return (
    // From `sm` up the table keeps its columns and scrolls sideways inside the card when narrower than them.
    <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label="Student results table">
      <CardTable className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Each student&apos;s best submitted attempt</caption>
        <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <CardRow>
            <ColumnHeader className="py-2 pr-4 font-medium">Student</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">Status</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">Best score</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">Time taken</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">Submitted</ColumnHeader>
            <ColumnHeader className="py-2 font-medium text-right">Attempts</ColumnHeader>
          </CardRow>
        </CardTableHead>
        <CardTableBody className="divide-y divide-line">
          {rows.map((r) => (
            <CardRow key={r.studentId} data-testid="student-row">
              <RowHeader className="py-3 pr-4 font-medium">
                <Link href={studentHref(r.studentId)} className="block text-brand-700 underline underline-offset-2">
                  {r.name}
                </Link>
                <span className="block text-xs font-normal text-muted">{r.email}</span>
              </RowHeader>
              <Cell label="Status" className="py-3 pr-4">
                <span className="inline-flex flex-wrap justify-end gap-1 sm:justify-start">
                  <Badge tone={STATUS_TONES[r.status]}>{STATUS_LABELS[r.status]}</Badge>
                  {r.retaking ? <Badge tone="brand">Retaking</Badge> : null}
                </span>
              </Cell>
              <Cell label="Best score" className="py-3 pr-4" data-testid="best-score">
                {r.best ? (
                  <Bar percent={r.best.percent} label={`${points(r.best.score)} / ${points(r.best.maxScore)} (${percentLabel(r.best.percent)})`} />
                ) : (
                  <span className="text-muted">—</span>
                )}
              </Cell>
              <Cell label="Time taken" className="py-3 pr-4 tabular-nums">
                {formatDuration(r.best?.timeTakenMs ?? null) ?? <span className="text-muted">—</span>}
              </Cell>
              <Cell label="Submitted" className="py-3 pr-4">
                {r.best?.submittedAt ? formatInZone(r.best.submittedAt, timeZone) : <span className="text-muted">—</span>}
              </Cell>
              <Cell label="Attempts" className="py-3 text-right tabular-nums">
                {r.attempts}
              </Cell>
            </CardRow>
          ))}
        </CardTableBody>
      </CardTable>
    </div>
  );
}
