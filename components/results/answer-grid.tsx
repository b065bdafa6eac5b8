import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { columnTallies, MARK_SYMBOLS, type Grid, type GridCell, type Mark } from "@/lib/results/answers";

const MARK_TONES: Record<Mark, string> = {
  right: "bg-emerald-100 text-emerald-900",
  partial: "bg-amber-100 text-amber-900",
  wrong: "bg-red-100 text-red-900",
  unanswered: "bg-slate-100 text-slate-700",
};

const MARKS: Mark[] = ["right", "partial", "wrong", "unanswered"];
const points = (x: number) => String(Math.round(x * 100) / 100);

type T = Awaited<ReturnType<typeof getTranslations<"teacherResults">>>;

function cellTitle(cell: GridCell, t: T): string {
  if (cell.mark === "not_shown") return t("notInAttempt");
  return t("cellTitle", { mark: t(`marks.${cell.mark}`), score: points(cell.score) });
}

/** The key to the grid: every mark's colour with its symbol and words. */
function Legend({ t }: { t: T }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label={t("gridKey")}>
      {MARKS.map((m) => (
        <li key={m} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cn("inline-flex h-6 w-6 items-center justify-center rounded font-semibold", MARK_TONES[m])}>
            {MARK_SYMBOLS[m]}
          </span>
          {t(`marks.${m}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Students × questions, each student's best submitted attempt: a real table (row and column
 * headers), each mark a colour and a symbol, with its words for screen readers and in a tooltip.
 * On a phone the names stay put and the questions scroll sideways inside the grid's own box (the
 * page does not): unlike the other tables it does not become cards, because its point is reading
 * down a question's column across the class, which one card per student would take apart. The
 * scores are also in the students' cards above it.
 */
export async function AnswerGrid({
  grid,
  studentHref,
  rowsAre,
  caption,
  regionLabel,
}: {
  grid: Grid;
  /** Each name links to that student's answers; without it, names are plain text. */
  studentHref?: (studentId: string) => string;
  /** What a row is, for the corner header ("Player" in a live game). */
  rowsAre?: string;
  caption?: string;
  /** The grid's scrolling region's name ("Answer grid, students by questions"). */
  regionLabel?: string;
}) {
  const t = await getTranslations("teacherResults");
  const tallies = columnTallies(grid);
  const label = regionLabel ?? t("gridLabel");
  const withAttempt = grid.rows.filter((r) => r.attemptId !== null).length;
  return (
    <div className="space-y-3">
      <Legend t={t} />
      <div className="relative -mx-5 overflow-x-auto px-5 sm:-mx-6 sm:px-6" tabIndex={0} role="region" aria-label={label}>
        <table className="border-separate border-spacing-0.5 text-center text-sm" data-testid="answer-grid">
          <caption className="sr-only">{caption ?? t("gridCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-white py-2 pr-3 text-left text-xs font-medium uppercase tracking-wide text-muted">
                {rowsAre ?? t("student")}
              </th>
              {grid.columns.map((c) => (
                <th key={c.questionId} scope="col" title={c.prompt} className="min-w-10 px-1 py-2 text-xs font-semibold text-muted">
                  <span aria-hidden="true">{c.label}</span>
                  <span className="sr-only">{`${c.label}: ${c.prompt}`}</span>
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right text-xs font-medium uppercase tracking-wide text-muted">
                {t("score")}
              </th>
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((r) => (
              <tr key={r.studentId} data-testid="grid-row">
                <th scope="row" className="sticky left-0 z-10 max-w-28 truncate bg-white py-1 pr-3 text-left font-medium sm:max-w-56">
                  {/* Cut short on a phone to leave room for marks: the whole name is its tooltip. */}
                  {studentHref ? (
                    <Link href={studentHref(r.studentId)} title={r.name} className="text-brand-700 underline underline-offset-2">
                      {r.name}
                    </Link>
                  ) : (
                    <span title={r.name}>{r.name}</span>
                  )}
                </th>
                {r.attemptId === null ? (
                  <td colSpan={grid.columns.length} className="px-2 py-1 text-left text-muted">
                    {t(`status.${r.status}`)}
                  </td>
                ) : (
                  r.cells.map((cell) => (
                    <td
                      key={cell.questionId}
                      title={cellTitle(cell, t)}
                      data-mark={cell.mark}
                      className={cn("h-9 min-w-10 rounded font-semibold", cell.mark === "not_shown" ? "text-slate-400" : MARK_TONES[cell.mark])}
                    >
                      <span aria-hidden="true">{cell.mark === "not_shown" ? "·" : MARK_SYMBOLS[cell.mark]}</span>
                      <span className="sr-only">{cellTitle(cell, t)}</span>
                    </td>
                  ))
                )}
                <td className="px-2 py-1 text-right tabular-nums">
                  {r.score !== null && r.maxScore !== null ? `${points(r.score)} / ${points(r.maxScore)}` : <span className="text-muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
          {withAttempt > 0 ? (
            <tfoot>
              <tr>
                <th scope="row" className="sticky left-0 z-10 bg-white py-2 pr-3 text-left text-xs font-medium text-muted">
                  {t("fullyRight")}
                </th>
                {tallies.map((t, i) => (
                  <td key={grid.columns[i]!.questionId} className="px-1 py-2 text-xs tabular-nums text-muted">
                    {t.right}/{t.right + t.partial + t.wrong + t.unanswered}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </div>
  );
}
