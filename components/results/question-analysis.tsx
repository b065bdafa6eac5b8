import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { formatDuration, shareToPercent, type QuestionStats } from "@/lib/results/aggregate";
import { TYPE_LABELS } from "@/lib/question-types";
import { Bar, percentLabel } from "./bar";

/** `formatTime`: how the median time reads; minutes and seconds by default, a live game's in seconds. */
export function QuestionAnalysis({ questions, formatTime = formatDuration }: { questions: QuestionStats[]; formatTime?: (ms: number | null) => string | null }) {
  return (
    <ol className="grid gap-4">
      {questions.map((q) => (
        // min-w-0: a grid item otherwise grows to its widest table instead of scrolling it.
        <li key={q.questionId} className="min-w-0">
          <QuestionCard q={q} formatTime={formatTime} />
        </li>
      ))}
    </ol>
  );
}

function QuestionCard({ q, formatTime }: { q: QuestionStats; formatTime: (ms: number | null) => string | null }) {
  const headingId = `question-${q.position}`;
  const facility = shareToPercent(q.facility);
  return (
    <Card className="space-y-4" data-testid="question-analysis" aria-labelledby={headingId} role="group">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold text-muted">Question {q.position}</span>
          <Badge>{TYPE_LABELS[q.type]}</Badge>
        </div>
        <h3 id={headingId} className="text-base font-medium leading-snug">
          {q.prompt}
        </h3>
      </div>

      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted">Share correct</dt>
          <dd className="mt-1">
            <Bar percent={facility} label={q.shown ? `${percentLabel(facility)} (${q.correct} of ${q.shown})` : "—"} tone="success" />
          </dd>
        </div>
        <div>
          <dt className="text-muted">Average score (partial credit)</dt>
          <dd className="mt-1 tabular-nums">{percentLabel(shareToPercent(q.averageScore))}</dd>
        </div>
        <div>
          <dt className="text-muted">Median time</dt>
          <dd className="mt-1 tabular-nums">{formatTime(q.medianTimeMs) ?? "—"}</dd>
        </div>
      </dl>

      {q.options ? <OptionTable q={q} /> : <WrongAnswers q={q} />}

      <p className="text-sm">
        <span className="text-muted">Source: </span>
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
const CHOICE_NOUN: Partial<Record<QuestionStats["type"], { one: string; many: string }>> = {
  evidence: { one: "Sentence", many: "sentence" },
  true_false: { one: "Answer", many: "answer" },
};

function OptionTable({ q }: { q: QuestionStats }) {
  const answeredNone = q.shown - q.answered;
  const noun = CHOICE_NOUN[q.type] ?? { one: "Option", many: "option" };
  return (
    // A card per option on a phone (components/ui/responsive-table.tsx); from `sm` up a table.
    <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={`Answers chosen for question ${q.position}`}>
      <CardTable className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">
          How often each {noun.many} was chosen in question {q.position}
        </caption>
        <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <CardRow>
            <ColumnHeader className="py-2 pr-4 font-medium">{noun.one}</ColumnHeader>
            <ColumnHeader className="py-2 font-medium">Chosen</ColumnHeader>
          </CardRow>
        </CardTableHead>
        <CardTableBody className="divide-y divide-line">
          {q.options!.map((o) => (
            <CardRow key={o.label} data-correct={o.correct || undefined}>
              <RowHeader className="py-2 pr-4 font-normal">
                <span className={o.correct ? "font-semibold" : undefined}>{o.label}</span>
                {o.correct ? <span className="ml-2 text-xs font-medium text-emerald-800">✓ Correct answer</span> : null}
              </RowHeader>
              <Cell label="Chosen" className="py-2">
                <Bar percent={shareToPercent(o.share)} label={`${o.count} (${percentLabel(shareToPercent(o.share))})`} tone={o.correct ? "success" : "muted"} />
              </Cell>
            </CardRow>
          ))}
          {answeredNone > 0 ? (
            <CardRow>
              <RowHeader className="py-2 pr-4 font-normal text-muted">No answer</RowHeader>
              <Cell label="Chosen" className="py-2 tabular-nums">
                {answeredNone}
              </Cell>
            </CardRow>
          ) : null}
        </CardTableBody>
      </CardTable>
    </div>
  );
}

function WrongAnswers({ q }: { q: QuestionStats }) {
  return (
    <div className="space-y-2 text-sm">
      <p>
        <span className="text-muted">Correct answer: </span>
        <span className="font-medium">{q.answerText}</span>
      </p>
      <div>
        <p className="text-muted">Most common wrong answers</p>
        {q.commonWrong && q.commonWrong.length > 0 ? (
          <ul className="mt-1 space-y-1">
            {q.commonWrong.map((w) => (
              <li key={w.answer} className="flex flex-wrap gap-2">
                <span className="min-w-0 break-words rounded bg-slate-100 px-1.5 font-mono text-xs leading-5">{w.answer}</span>
                <span className="tabular-nums text-muted">
                  {w.count} {w.count === 1 ? "answer" : "answers"}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">None yet.</p>
        )}
      </div>
    </div>
  );
}
