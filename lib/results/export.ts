// The two CSV downloads of an assignment's results, built from the same figures the page
// shows. Pure: the route handlers (lib/results/csv-route.ts) check who is asking.
import { utcToZonedLocal } from "@/lib/time/zones";
import { formatDuration, shareToPercent, STATUS_LABELS, type QuestionStats, type StudentRow } from "./aggregate";
import { csvFileName, toCsv } from "./csv";
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
      `${origin}${q.source.href}`,
    ]),
  );
  return { body, fileName: csvFileName(meta.title, meta.className, "questions") };
}
