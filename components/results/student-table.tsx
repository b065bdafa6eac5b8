import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { intlLocale } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/badge";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { formatDuration, type ResultStatus, type StudentRow } from "@/lib/results/aggregate";
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
export async function StudentTable({ rows, timeZone, studentHref }: { rows: StudentRow[]; timeZone: string; studentHref: (studentId: string) => string }) {
  const [t, locale] = await Promise.all([getTranslations("teacherResults"), getLocale()]);
  return (
    // From `sm` up the table keeps its columns and scrolls sideways inside the card when narrower than them.
    <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={t("tableLabel")}>
      <CardTable className="w-full min-w-[40rem] text-left text-sm break-keep">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <CardRow>
            <ColumnHeader className="py-2 pr-4 font-medium">{t("student")}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">{t("statusCol")}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">{t("bestScore")}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">{t("timeTaken")}</ColumnHeader>
            <ColumnHeader className="py-2 pr-4 font-medium">{t("submittedCol")}</ColumnHeader>
            <ColumnHeader className="py-2 font-medium text-right">{t("attempts")}</ColumnHeader>
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
              <Cell label={t("statusCol")} className="py-3 pr-4">
                <span className="inline-flex flex-wrap justify-end gap-1 whitespace-nowrap sm:justify-start">
                  <Badge tone={STATUS_TONES[r.status]}>{t(`status.${r.status}`)}</Badge>
                  {r.retaking ? <Badge tone="brand">{t("retaking")}</Badge> : null}
                </span>
              </Cell>
              <Cell label={t("bestScore")} className="py-3 pr-4" data-testid="best-score">
                {r.best ? (
                  <Bar percent={r.best.percent} label={`${points(r.best.score)} / ${points(r.best.maxScore)} (${percentLabel(r.best.percent)})`} />
                ) : (
                  <span className="text-muted">—</span>
                )}
              </Cell>
              <Cell label={t("timeTaken")} className="py-3 pr-4 tabular-nums">
                {formatDuration(r.best?.timeTakenMs ?? null) ?? <span className="text-muted">—</span>}
              </Cell>
              <Cell label={t("submittedCol")} className="py-3 pr-4">
                {r.best?.submittedAt ? formatInZone(r.best.submittedAt, timeZone, intlLocale(locale)) : <span className="text-muted">—</span>}
              </Cell>
              <Cell label={t("attempts")} className="py-3 text-right tabular-nums">
                {r.attempts}
              </Cell>
            </CardRow>
          ))}
        </CardTableBody>
      </CardTable>
    </div>
  );
}
