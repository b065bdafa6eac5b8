// Assignment results, computed from plain rows so every figure is unit-tested without a
// database: the student table (one row per enrolled student, started or not) and the
// per-question analysis over closed attempts. Answers are in canonical option indices.
import { moduleOf, type Question } from "@/lib/question-types";

export type ResultStatus = "not_started" | "in_progress" | "submitted" | "late" | "expired" | "closed";

export const STATUS_LABELS: Record<ResultStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Late",
  expired: "Time ran out",
  closed: "Closed by teacher",
};

export type StudentInput = { id: string; name: string; email: string };

export type AttemptInput = {
  id: string;
  userId: string;
  /** "in_progress" | "submitted" | "expired" */
  status: string;
  score: number | null;
  maxScore: number | null;
  startedAt: Date;
  submittedAt: Date | null;
};

export type StudentRow = {
  studentId: string;
  name: string;
  email: string;
  status: ResultStatus;
  /** Every attempt, in progress or closed. */
  attempts: number;
  /** A closed attempt exists and another one is under way. */
  retaking: boolean;
  /** The best closed attempt: highest score, the earlier one on a tie. */
  best: {
    attemptId: string;
    score: number;
    maxScore: number;
    percent: number | null;
    timeTakenMs: number | null;
    submittedAt: Date | null;
  } | null;
};

export const isClosed = (status: string) => status === "submitted" || status === "expired";

/** 0..100 with one decimal; null when there is nothing to divide by. */
export function percentOf(score: number, max: number): number | null {
  if (!(max > 0) || !Number.isFinite(score)) return null;
  return Math.round((score / max) * 1000) / 10;
}

/** A share (0..1) as a percentage with one decimal, or null for "no data". */
export function shareToPercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** The middle value; the mean of the two middle values for an even count; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function bestAttempt(closed: AttemptInput[]): AttemptInput | undefined {
  const time = (a: AttemptInput) => (a.submittedAt ?? a.startedAt).getTime();
  return [...closed].sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || time(a) - time(b) || a.id.localeCompare(b.id))[0];
}

/** A due date for everyone, or each student's own (a teacher's extension may move it later). */
export type DueDate = Date | null | ((userId: string) => Date | null);
export const dueFor = (due: DueDate, userId: string): Date | null => (typeof due === "function" ? due(userId) : due);

/** `closedAt`: when the teacher closed the assignment early; attempts it closed read "Closed by teacher". */
export function summariseStudents(students: readonly StudentInput[], attempts: readonly AttemptInput[], due: DueDate, closedAt: Date | null = null): StudentRow[] {
  const byUser = new Map<string, AttemptInput[]>();
  for (const a of attempts) byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), a]);
  const rows = students.map((s): StudentRow => {
    const mine = byUser.get(s.id) ?? [];
    const closed = mine.filter((a) => isClosed(a.status));
    const open = mine.some((a) => a.status === "in_progress");
    const best = bestAttempt(closed);
    let status: ResultStatus = open ? "in_progress" : "not_started";
    if (best) {
      const dueAt = dueFor(due, s.id);
      const late = dueAt !== null && best.submittedAt !== null && best.submittedAt.getTime() > dueAt.getTime();
      const closedByTeacher = closedAt !== null && best.submittedAt !== null && best.submittedAt.getTime() >= closedAt.getTime();
      status = best.status === "expired" ? (closedByTeacher ? "closed" : "expired") : late ? "late" : "submitted";
    }
    const score = best?.score ?? 0;
    const maxScore = best?.maxScore ?? 0;
    return {
      studentId: s.id,
      name: s.name,
      email: s.email,
      status,
      attempts: mine.length,
      retaking: Boolean(best) && open,
      best: best
        ? {
            attemptId: best.id,
            score,
            maxScore,
            percent: percentOf(score, maxScore),
            timeTakenMs: best.submittedAt ? Math.max(0, best.submittedAt.getTime() - best.startedAt.getTime()) : null,
            submittedAt: best.submittedAt,
          }
        : null,
    };
  });
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}

export type ResponseInput = {
  questionId: string;
  /** The stored answer, canonical option indices. */
  answer: unknown;
  score: number | null;
  correct: boolean | null;
  timeMs: number | null;
  /** The question version this response answered (labels and key may differ from today's). */
  asAnswered: Question;
};

export type QuestionInput = {
  /** The question as it is now (prompt, options, source). */
  question: Question;
  /** The article the question links to; null for one that isn't linked to an article. */
  articleSlug: string | null;
  /** Closed attempts that showed this question: unanswered ones count as wrong. */
  shown: number;
};

export type OptionTally = { label: string; count: number; share: number | null; correct: boolean };
export type WrongAnswer = { answer: string; count: number };

export type QuestionStats = {
  questionId: string;
  position: number;
  type: Question["type"];
  prompt: string;
  shown: number;
  answered: number;
  correct: number;
  /** Share fully right, 0..1, over the attempts that showed it; null when none did. */
  facility: number | null;
  /** Mean score with partial credit, 0..1 (unanswered = 0); null when no attempt showed it. */
  averageScore: number | null;
  medianTimeMs: number | null;
  /** Choice-like types (single_choice, multiple_select, true_false, evidence): every option and how often it was picked. */
  options: OptionTally[] | null;
  /** Other types: the most common wrong answers, normalised, top three. */
  commonWrong: WrongAnswer[] | null;
  answerText: string;
  /** `href`: the sentence in its article; null when the question has no article. */
  source: { sentence: string; start: number; end: number; href: string | null };
};

/** Choice-like types (their module tallies options): every option and how often it was picked. */
const isChoiceType = (q: Question) => moduleOf(q.type).tally !== null;

function optionLabels(q: Question): { labels: string[]; correct: boolean[] } | null {
  return moduleOf(q.type).tally?.labels(q) ?? null;
}

/** The labels a response picked, read against the version it answered. */
function pickedLabels(q: Question, raw: unknown): string[] {
  return moduleOf(q.type).tally?.picked(q, (raw ?? {}) as Record<string, unknown>) ?? [];
}

/** Tallies by option text, so an option reworded in a later version gets its own row. */
function tallyOptions(current: Question, responses: readonly ResponseInput[], shown: number): OptionTally[] {
  const rows = new Map<string, { count: number; correct: boolean }>();
  const own = optionLabels(current);
  own?.labels.forEach((label, i) => rows.set(label, { count: 0, correct: own.correct[i] ?? false }));
  for (const r of responses) {
    const key = optionLabels(r.asAnswered);
    for (const label of pickedLabels(r.asAnswered, r.answer)) {
      const row = rows.get(label) ?? { count: 0, correct: key?.correct[key.labels.indexOf(label)] ?? false };
      row.count += 1;
      rows.set(label, row);
    }
  }
  return [...rows].map(([label, { count, correct }]) => ({ label, count, correct, share: shown > 0 ? count / shown : null }));
}

/** How a wrong answer is grouped: "62.40" and "62.4 %" are one number; text as graded (the type's module says). */
function wrongKey(q: Question, raw: unknown): string | null {
  return moduleOf(q.type).wrongKey(q, (raw ?? {}) as Record<string, unknown>);
}

export function topWrongAnswers(responses: readonly ResponseInput[], limit = 3): WrongAnswer[] {
  const counts = new Map<string, number>();
  for (const r of responses) {
    if (r.correct === true) continue;
    const key = wrongKey(r.asAnswered, r.answer);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([answer, count]) => ({ answer, count }))
    .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
    .slice(0, limit);
}

export function analyseQuestion(input: QuestionInput, position: number, responses: readonly ResponseInput[]): QuestionStats {
  const { question: q, shown } = input;
  const mine = responses.filter((r) => r.questionId === q.id);
  const correct = mine.filter((r) => r.correct === true).length;
  const scoreSum = mine.reduce((sum, r) => sum + (r.score ?? 0), 0);
  const times = mine.map((r) => r.timeMs).filter((t): t is number => typeof t === "number" && t >= 0);
  const { start, end, sentence } = q.source;
  return {
    questionId: q.id,
    position,
    type: q.type,
    prompt: q.prompt,
    shown,
    answered: mine.length,
    correct,
    facility: shown > 0 ? correct / shown : null,
    averageScore: shown > 0 ? scoreSum / shown : null,
    medianTimeMs: median(times),
    options: isChoiceType(q) ? tallyOptions(q, mine, shown) : null,
    commonWrong: isChoiceType(q) ? null : topWrongAnswers(mine),
    answerText: q.answerText,
    source: { sentence, start, end, href: input.articleSlug === null ? null : `/articles/${input.articleSlug}?s=${start}-${end}#source` },
  };
}

export function analyseQuestions(questions: readonly QuestionInput[], responses: readonly ResponseInput[]): QuestionStats[] {
  return questions.map((q, i) => analyseQuestion(q, i + 1, responses));
}

/** "4:05" for 245 000 ms; "1:02:03" past an hour; null stays null. */
export function formatDuration(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
