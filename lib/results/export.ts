// The CSV downloads of an assignment's results, built from the same figures the page
// shows. Pure: the route handlers (lib/results/csv-route.ts) check who is asking.
import { utcToZonedLocal } from "@/lib/time/zones";
import { formatDuration, shareToPercent, STATUS_LABELS, type QuestionStats, type StudentRow } from "./aggregate";
import { MARK_LABELS, type AttemptAnswers } from "./answers";
import { csvFileName, toCsv, type Cell } from "./csv";
import { TYPE_LABELS } from "@/lib/question-types";

type Meta = { title: string; className: string; timeZone: string };

const zoned = (date: Date | null, timeZone: string) => (date ? utcToZonedLocal(date, timeZone).replace("T", " ") : null);
/** Two decimals: stored scores carry float noise (3.666667) a spreadsheet needn't show. */
const points = (x: number | undefined) => (x === undefined ? null : Math.round(x * 100) / 100);
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

export const STUDENT_HEADER = [
  "Student",
  "Email",
  "Status",
  "Attempts",
  "Best score (points)",
  "Max points",
  "Best score (%)",
  "Time taken",
  "Time taken (seconds)",
] as const;

export function studentsCsv(meta: Meta, rows: readonly StudentRow[]): { body: string; fileName: string } {
  const header = [...STUDENT_HEADER, `Submitted (${meta.timeZone})`];
  const body = toCsv(
    header,
    rows.map((r) => [
      r.name,
      r.email,
      STATUS_LABELS[r.status],
      r.attempts,
      points(r.best?.score),
      points(r.best?.maxScore),
      r.best?.percent,
      formatDuration(r.best?.timeTakenMs ?? null),
      seconds(r.best?.timeTakenMs ?? null),
      zoned(r.best?.submittedAt ?? null, meta.timeZone),
    ]),
  );
  return { body, fileName: csvFileName(meta.title, meta.className, "students") };
}

export const QUESTION_HEADER = [
  "#",
  "Question",
  "Type",
  "Correct answer",
  "Attempts shown",
  "Answered",
  "Share correct (%)",
  "Average score (%)",
  "Median time (seconds)",
  "Answers chosen",
  "Common wrong answers",
  "Source sentence",
  "Source link",
] as const;

/** "Busan (correct): 3; Seoul: 1" — the option breakdown in one readable cell. */
function optionsCell(q: QuestionStats): string | null {
  if (!q.options) return null;
  return q.options.map((o) => `${o.label}${o.correct ? " (correct)" : ""}: ${o.count}`).join("; ");
}

function wrongCell(q: QuestionStats): string | null {
  if (!q.commonWrong) return null;
  return q.commonWrong.map((w) => `${w.answer}: ${w.count}`).join("; ");
}

export function questionsCsv(meta: Meta, rows: readonly QuestionStats[], origin: string): { body: string; fileName: string } {
  const body = toCsv(
    QUESTION_HEADER,
    rows.map((q) => [
      q.position,
      q.prompt,
      TYPE_LABELS[q.type],
      q.answerText,
      q.shown,
      q.answered,
      shareToPercent(q.facility),
      shareToPercent(q.averageScore),
      seconds(q.medianTimeMs),
      optionsCell(q),
      wrongCell(q),
      q.source.sentence,
      q.source.href === null ? "" : `${origin}${q.source.href}`,
    ]),
  );
  return { body, fileName: csvFileName(meta.title, meta.className, "questions") };
}

export const ANSWER_HEADER = [
  "Student",
  "Email",
  "Attempt",
  "Attempt status",
  "Question #",
  "Question ID",
  "Question",
  "Type",
  "Response",
  "Correct answer",
  "Result",
  "Correct",
  "Score",
  "Max",
  "Time (seconds)",
] as const;

/** "Late" beside a closed attempt's status, as the drill-down shows it. */
function attemptStatus(a: AttemptAnswers): string {
  const base = a.status === "expired" ? STATUS_LABELS.expired : STATUS_LABELS.submitted;
  return a.late ? `${base} (late)` : base;
}

/**
 * The long format: one row per student × question of every closed attempt (a student with two
 * attempts has two rows per question; a student who has not submitted has none), in the
 * assignment's question order. For a pivot table or a mark book import.
 */
export function answersCsv(
  meta: Meta,
  students: readonly { studentId: string; name: string; email: string }[],
  attempts: readonly AttemptAnswers[],
  origin: string,
): { body: string; fileName: string } {
  const header = [...ANSWER_HEADER, `Answered at (${meta.timeZone})`, "Mark changed by teacher", "Source link"];
  const rows: Cell[][] = [];
  for (const s of students) {
    const own = attempts.filter((a) => a.userId === s.studentId && a.closed).sort((a, b) => a.number - b.number);
    for (const a of own) {
      for (const r of [...a.answers].sort((x, y) => x.position - y.position)) {
        const last = r.overrides.at(-1);
        rows.push([
          s.name,
          s.email,
          a.number,
          attemptStatus(a),
          r.position,
          r.questionId,
          r.prompt,
          TYPE_LABELS[r.type],
          r.mark === "unanswered" ? null : r.response,
          r.answerText,
          MARK_LABELS[r.mark],
          r.mark === "right",
          points(r.score),
          r.max,
          seconds(r.timeMs),
          zoned(r.answeredAt, meta.timeZone),
          last ? `${points(last.oldScore)} → ${points(last.newScore)}: ${last.reason}` : null,
          `${origin}${r.sourceHref}`,
        ]);
      }
    }
  }
  return { body: toCsv(header, rows), fileName: csvFileName(meta.title, meta.className, "answers") };
}
