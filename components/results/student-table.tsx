import Link from "next/link";
import { Badge } from "@/components/ui/badge";
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

/** `studentHref`: each name links to that student's answers (the drill-down). */
export function StudentTable({ rows, timeZone, studentHref }: { rows: StudentRow[]; timeZone: string; studentHref: (studentId: string) => string }) {
  return (
    // The table keeps its columns on a phone and scrolls sideways inside the card.
    <div className="-mx-5 overflow-x-auto px-5 sm:-mx-6 sm:px-6" tabIndex={0} role="region" aria-label="Student results table">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Each student&apos;s best submitted attempt</caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Student</th>
            <th scope="col" className="py-2 pr-4 font-medium">Status</th>
            <th scope="col" className="py-2 pr-4 font-medium">Best score</th>
            <th scope="col" className="py-2 pr-4 font-medium">Time taken</th>
            <th scope="col" className="py-2 pr-4 font-medium">Submitted</th>
            <th scope="col" className="py-2 font-medium text-right">Attempts</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.studentId} data-testid="student-row">
              <th scope="row" className="py-3 pr-4 font-medium">
                <Link href={studentHref(r.studentId)} className="block text-brand-700 underline underline-offset-2">
                  {r.name}
                </Link>
                <span className="block text-xs font-normal text-muted">{r.email}</span>
              </th>
              <td className="py-3 pr-4">
                <span className="flex flex-wrap gap-1">
                  <Badge tone={STATUS_TONES[r.status]}>{STATUS_LABELS[r.status]}</Badge>
                  {r.retaking ? <Badge tone="brand">Retaking</Badge> : null}
                </span>
              </td>
              <td className="py-3 pr-4">
                {r.best ? (
                  <Bar percent={r.best.percent} label={`${points(r.best.score)} / ${points(r.best.maxScore)} (${percentLabel(r.best.percent)})`} />
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className="py-3 pr-4 tabular-nums">{formatDuration(r.best?.timeTakenMs ?? null) ?? <span className="text-muted">—</span>}</td>
              <td className="py-3 pr-4">
                {r.best?.submittedAt ? formatInZone(r.best.submittedAt, timeZone) : <span className="text-muted">—</span>}
              </td>
              <td className="py-3 text-right tabular-nums">{r.attempts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
