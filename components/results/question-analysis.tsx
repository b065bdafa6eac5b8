import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { formatDuration, shareToPercent, type QuestionStats } from "@/lib/results/aggregate";
import { Bar, percentLabel } from "./bar";

/** `formatTime`: how the median time reads; minutes and seconds by default, a live game's in seconds. */
type T = Awaited<ReturnType<typeof getTranslations<"teacherResults">>>;

export async function QuestionAnalysis({ questions, formatTime = formatDuration }: { questions: QuestionStats[]; formatTime?: (ms: number | null) => string | null }) {
  const [t, types] = await Promise.all([getTranslations("teacherResults"), getTranslations("client.types")]);
  return (
    <ol className="grid gap-4">
      {questions.map((q) => (
        // min-w-0: a grid item otherwise grows to its widest table instead of scrolling it.
        <li key={q.questionId} className="min-w-0">
          <QuestionCard q={q} formatTime={formatTime} t={t} typeLabel={types(q.type)} />
        </li>
      ))}
    </ol>
  );
}

function QuestionCard({ q, formatTime, t, typeLabel }: { q: QuestionStats; formatTime: (ms: number | null) => string | null; t: T; typeLabel: string }) {
  const headingId = `question-${q.position}`;
  const facility = shareToPercent(q.facility);
  return (
    <Card className="space-y-4" data-testid="question-analysis" aria-labelledby={headingId} role="group">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold text-muted">{t("questionN", { n: q.position })}</span>
          <Badge>{typeLabel}</Badge>
        </div>
        <h3 id={headingId} className="text-base font-medium leading-snug">
          {q.prompt}
        </h3>
      </div>

      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted">{t("shareCorrect")}</dt>
          <dd className="mt-1">
            <Bar percent={facility} label={q.shown ? t("correctOf", { percent: percentLabel(facility), correct: q.correct, shown: q.shown }) : "—"} tone="success" />
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("averageScore")}</dt>
          <dd className="mt-1 tabular-nums">{percentLabel(shareToPercent(q.averageScore))}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("medianTime")}</dt>
          <dd className="mt-1 tabular-nums">{formatTime(q.medianTimeMs) ?? "—"}</dd>
        </div>
      </dl>

      {q.options ? <OptionTable q={q} t={t} /> : <WrongAnswers q={q} t={t} />}

      <p className="text-sm">
        <span className="text-muted">{t("source")}</span>
        {q.source.href ? (
          <Link href={q.source.href} className="text-brand-700 underline underline-offset-2">
            “{q.source.sentence}”
          </Link>
        ) : (
          <>“{q.source.sentence}”</>
        )}
      </p>
    </Card>
  );
}

/** What a row of the choice table is, per type: an evidence question's choices are the passage's sentences. */
const CHOICE_NOUN: Partial<Record<QuestionStats["type"], "sentence" | "answer">> = { evidence: "sentence", true_false: "answer" };

function OptionTable({ q, t }: { q: QuestionStats; t: T }) {
  const answeredNone = q.shown - q.answered;
  const noun = CHOICE_NOUN[q.type] ?? "option";
  return (
    // A card per option on a phone (components/ui/responsive-table.tsx); from `sm` up a table.
    <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={t("choicesLabel", { n: q.position })}>
      <CardTable className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">{t(`choicesCaption.${noun}`, { n: q.position })}</caption>
        <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <CardRow>
            <ColumnHeader className="py-2 pr-4 font-medium">{t(`choiceNoun.${noun}`)}</ColumnHeader>
            <ColumnHeader className="py-2 font-medium">{t("chosen")}</ColumnHeader>
          </CardRow>
        </CardTableHead>
        <CardTableBody className="divide-y divide-line">
          {q.options!.map((o) => (
            <CardRow key={o.label} data-correct={o.correct || undefined}>
              <RowHeader className="py-2 pr-4 font-normal">
                <span className={o.correct ? "font-semibold" : undefined}>{o.label}</span>
                {o.correct ? <span className="ml-2 text-xs font-medium text-emerald-800">{t("correctAnswerMark")}</span> : null}
              </RowHeader>
              <Cell label={t("chosen")} className="py-2">
                <Bar percent={shareToPercent(o.share)} label={`${o.count} (${percentLabel(shareToPercent(o.share))})`} tone={o.correct ? "success" : "muted"} />
              </Cell>
            </CardRow>
          ))}
          {answeredNone > 0 ? (
            <CardRow>
              <RowHeader className="py-2 pr-4 font-normal text-muted">{t("noAnswer")}</RowHeader>
              <Cell label={t("chosen")} className="py-2 tabular-nums">
                {answeredNone}
              </Cell>
            </CardRow>
          ) : null}
        </CardTableBody>
      </CardTable>
    </div>
  );
}

function WrongAnswers({ q, t }: { q: QuestionStats; t: T }) {
  return (
    <div className="space-y-2 text-sm">
      <p>
        <span className="text-muted">{t("correctAnswer")}</span>
        <span className="font-medium">{q.answerText}</span>
      </p>
      <div>
        <p className="text-muted">{t("commonWrong")}</p>
        {q.commonWrong && q.commonWrong.length > 0 ? (
          <ul className="mt-1 space-y-1">
            {q.commonWrong.map((w) => (
              <li key={w.answer} className="flex flex-wrap gap-2">
                <span className="min-w-0 break-words rounded bg-slate-100 px-1.5 font-mono text-xs leading-5">{w.answer}</span>
                <span className="tabular-nums text-muted">
                  {t("answerCount", { n: w.count })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">{t("noneYet")}</p>
        )}
      </div>
    </div>
  );
}
