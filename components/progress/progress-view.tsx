import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import type { Progress } from "@/lib/progress/queries";
import type { Mastery } from "@/lib/progress/mastery";
import { zoneLabel } from "@/lib/time/zones";
import { ScoreChart } from "./lazy-score-chart";

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card className="p-4 sm:p-5">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight">{value}</dd>
      {hint ? <dd className="text-xs text-muted">{hint}</dd> : null}
    </Card>
  );
}

function MasteryList({ title, id, rows }: { title: string; id: string; rows: (Mastery & { label: string; href?: string })[] }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <Card>
        <ul className="space-y-4">
          {rows.map((r) => (
            <li key={r.key} className="space-y-1.5">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="font-medium">{r.href ? <Link href={r.href} className="hover:underline">{r.label}</Link> : r.label}</span>
                <span className="shrink-0 text-muted">
                  {r.percent}% · {r.answered} answered
                </span>
              </div>
              <div
                role="meter"
                aria-label={`${r.label} mastery`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={r.percent}
                aria-valuetext={`${r.percent}% over ${r.answered} answers`}
                className="h-2.5 overflow-hidden rounded-full bg-slate-200"
              >
                <div className="h-full rounded-full bg-brand-600" style={{ width: `${r.percent}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </Card>
    </section>
  );
}

const dateTime = (timeZone: string) => new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZone });

/**
 * Progress for one student: shared by the student's own page and their teacher's view. `studentName`
 * is set on the teacher's view, which speaks of the student ("Their score"), not to them ("Your score").
 */
export function ProgressView({ progress, emptyHint, studentName }: { progress: Progress; emptyHint: ReactNode; studentName?: string }) {
  const { streak } = progress;
  const own = studentName === undefined;
  if (progress.quizzes === 0) {
    return (
      <Card className="space-y-2" data-testid="progress-empty">
        <h2 className="text-lg font-semibold">No finished quizzes yet</h2>
        <div className="text-muted">{emptyHint}</div>
      </Card>
    );
  }
  const fmt = dateTime(progress.timeZone);
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Questions answered" value={String(progress.answered)} hint={`in ${progress.quizzes} ${progress.quizzes === 1 ? "quiz" : "quizzes"}`} />
        <Stat label="Accuracy" value={progress.accuracy === null ? "–" : `${progress.accuracy}%`} hint="partial credit counts" />
        <Stat
          label="Daily streak"
          value={`${streak.current} ${streak.current === 1 ? "day" : "days"}`}
          hint={streak.activeToday ? `best ${streak.longest}` : streak.current > 0 ? (own ? "practise today to keep it" : "not practised today yet") : `best ${streak.longest}`}
        />
        <Stat label="Reviews due" value={String(progress.dueReviews)} />
      </dl>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Scores over time
        </h2>
        <Card>
          <figure className="space-y-3">
            <ScoreChart points={progress.history} timeZone={progress.timeZone} />
            <figcaption className="text-sm text-muted">
              {own ? "Your" : `${studentName}’s`} score on each finished quiz, oldest first ({progress.history.length} {progress.history.length === 1 ? "quiz" : "quizzes"}). The same data is in the table below.
            </figcaption>
          </figure>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Show scores as a table</summary>
            {/* A table from `sm` up, one card per quiz below it (components/ui/responsive-table.tsx). */}
            <div className="relative mt-3 sm:overflow-x-auto">
              <CardTable className="w-full text-left text-sm">
                <caption className="sr-only">Score on each finished quiz</caption>
                <CardTableHead>
                  <CardRow className="border-b border-line text-muted">
                    <ColumnHeader className="py-2 pr-3 font-medium">Quiz</ColumnHeader>
                    <ColumnHeader className="py-2 pr-3 font-medium">Finished</ColumnHeader>
                    <ColumnHeader className="py-2 text-right font-medium">Score</ColumnHeader>
                  </CardRow>
                </CardTableHead>
                <CardTableBody>
                  {progress.history.map((h) => (
                    <CardRow key={h.id} className="border-b border-line last:border-0">
                      <RowHeader className="py-2 pr-3 font-normal">{h.title}</RowHeader>
                      <Cell label="Finished" className="py-2 pr-3 whitespace-nowrap">
                        {fmt.format(new Date(h.at))}
                      </Cell>
                      <Cell label="Score" className="py-2 text-right tabular-nums">
                        {h.percent}%
                      </Cell>
                    </CardRow>
                  ))}
                </CardTableBody>
              </CardTable>
            </div>
          </details>
        </Card>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <MasteryList title="Mastery by article" id="by-article" rows={progress.byArticle.map((a) => ({ ...a, label: a.title, href: a.slug ? `/articles/${a.slug}` : undefined }))} />
        <MasteryList title="Mastery by kind of fact" id="by-kind" rows={progress.byKind} />
      </div>
      <p className="text-xs text-muted">Days and times are shown in {zoneLabel(progress.timeZone)} time; the streak counts {own ? "your" : "their"} days there.</p>
    </div>
  );
}
