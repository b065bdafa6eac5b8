import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatPercent, intlLocale } from "@/lib/i18n/format";
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

type T = Awaited<ReturnType<typeof getTranslations<"progress">>>;

function MasteryList({ title, id, rows, t, locale }: { title: string; id: string; rows: (Mastery & { label: string; href?: string })[]; t: T; locale: string }) {
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
                  {t("answeredN", { percent: formatPercent(r.percent, locale), n: r.answered })}
                </span>
              </div>
              <div
                role="meter"
                aria-label={t("meterLabel", { label: r.label })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={r.percent}
                aria-valuetext={t("meterText", { percent: formatPercent(r.percent, locale), n: r.answered })}
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

const dateTime = (timeZone: string, locale: string) => new Intl.DateTimeFormat(intlLocale(locale), { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZone });

/**
 * Progress for one student: shared by the student's own page and their teacher's view. `studentName`
 * is set on the teacher's view, which speaks of the student ("Their score"), not to them ("Your score").
 */
export async function ProgressView({ progress, emptyHint, studentName }: { progress: Progress; emptyHint: ReactNode; studentName?: string }) {
  const { streak } = progress;
  const own = studentName === undefined;
  const [t, locale] = await Promise.all([getTranslations("progress"), getLocale()]);
  const pct = (n: number) => formatPercent(n, locale);
  if (progress.quizzes === 0) {
    return (
      <Card className="space-y-2" data-testid="progress-empty">
        <h2 className="text-lg font-semibold">{t("none")}</h2>
        <div className="text-muted">{emptyHint}</div>
      </Card>
    );
  }
  const fmt = dateTime(progress.timeZone, locale);
  const history = progress.history.map((h) => ({ ...h, title: h.live ? t("liveTitle", { title: h.title }) : h.title }));
  return (
    <div className="space-y-8">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t("answered")} value={String(progress.answered)} hint={t("inQuizzes", { count: progress.quizzes })} />
        <Stat label={t("accuracy")} value={progress.accuracy === null ? "–" : pct(progress.accuracy)} hint={t("partialCounts")} />
        <Stat
          label={t("streak")}
          value={t("days", { count: streak.current })}
          hint={streak.activeToday ? t("best", { n: streak.longest }) : streak.current > 0 ? (own ? t("keepIt") : t("notToday")) : t("best", { n: streak.longest })}
        />
        <Stat label={t("due")} value={String(progress.dueReviews)} />
      </dl>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("over")}
        </h2>
        <Card>
          <figure className="space-y-3">
            <ScoreChart points={history} timeZone={progress.timeZone} />
            <figcaption className="text-sm text-muted">
              {own ? t("captionOwn", { count: progress.history.length }) : t("captionOf", { name: studentName, count: progress.history.length })}
            </figcaption>
          </figure>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("asTable")}</summary>
            {/* A table from `sm` up, one card per quiz below it (components/ui/responsive-table.tsx). */}
            <div className="relative mt-3 sm:overflow-x-auto">
              <CardTable className="w-full text-left text-sm">
                <caption className="sr-only">{t("tableCaption")}</caption>
                <CardTableHead>
                  <CardRow className="border-b border-line text-muted">
                    <ColumnHeader className="py-2 pr-3 font-medium">{t("quiz")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-3 font-medium">{t("finished")}</ColumnHeader>
                    <ColumnHeader className="py-2 text-right font-medium">{t("score")}</ColumnHeader>
                  </CardRow>
                </CardTableHead>
                <CardTableBody>
                  {history.map((h) => (
                    <CardRow key={h.id} className="border-b border-line last:border-0">
                      <RowHeader className="py-2 pr-3 font-normal">{h.title}</RowHeader>
                      <Cell label={t("finished")} className="py-2 pr-3 whitespace-nowrap">
                        {fmt.format(new Date(h.at))}
                      </Cell>
                      <Cell label={t("score")} className="py-2 text-right tabular-nums">
                        {pct(h.percent)}
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
        <MasteryList title={t("byArticle")} id="by-article" t={t} locale={locale} rows={progress.byArticle.map((a) => ({ ...a, label: a.title, href: a.slug ? `/articles/${a.slug}` : undefined }))} />
        <MasteryList title={t("byKind")} id="by-kind" t={t} locale={locale} rows={progress.byKind.map((k) => ({ ...k, label: t.has(`kinds.${k.key}`) ? t(`kinds.${k.key}`) : k.label }))} />
      </div>
      <p className="text-xs text-muted">{t(own ? "zonesOwn" : "zonesTheir", { zone: zoneLabel(progress.timeZone) })}</p>
    </div>
  );
}
