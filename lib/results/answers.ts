// Each student's answers to an assignment, from plain rows so every figure is unit-tested without
// a database: one attempt's answers as the teacher reads them (the drill-down and the long CSV),
// and the student × question grid of the results page. Answers are in canonical option indices;
// each is read against the question version it answered.
import { formatAnswer } from "@/lib/attempts/format-answer";
import type { Question } from "@/lib/question-types";
import { dueFor, isClosed, type AttemptInput as SummaryAttemptInput, type DueDate, type ResultStatus, type StudentRow } from "./aggregate";

/** How one answer went: full marks, some, none, or no answer at all. */
export type Mark = "right" | "partial" | "wrong" | "unanswered";

export const MARK_LABELS: Record<Mark, string> = {
  right: "Right",
  partial: "Partly right",
  wrong: "Wrong",
  unanswered: "Not answered",
};

/** The symbol beside the colour, so a mark never rests on colour alone. */
export const MARK_SYMBOLS: Record<Mark, string> = { right: "✓", partial: "½", wrong: "✗", unanswered: "–" };

export const NO_ANSWER = "No answer";

export function markOf(answered: boolean, score: number | null, correct: boolean | null): Mark {
  if (!answered) return "unanswered";
  if (correct === true) return "right";
  return (score ?? 0) > 0 ? "partial" : "wrong";
}

export type OverrideNote = {
  at: Date;
  /** The teacher's display name; null when that account is gone. */
  by: string | null;
  reason: string;
  oldScore: number;
  newScore: number;
};

export type AnswerInput = {
  questionId: string;
  answer: unknown;
  score: number | null;
  correct: boolean | null;
  timeMs: number | null;
  answeredAt: Date;
  responseId: string;
  questionVersion: number;
};

/** An attempt as the student table reads it (./aggregate), with what it showed and answered. */
export type AttemptInput = SummaryAttemptInput & {
  /** Question ids in the order the attempt showed them. */
  order: string[];
  answers: AnswerInput[];
};

export type AnswerRow = {
  questionId: string;
  /** The response row, for an override; null when the student left no answer at all. */
  responseId: string | null;
  /** 1-based, in the assignment's question list (the grid's columns). */
  position: number;
  prompt: string;
  type: Question["type"];
  /** The answer as the student saw it (formatAnswer), or "No answer". */
  response: string;
  /** The key, as the version answered states it. */
  answerText: string;
  mark: Mark;
  score: number;
  max: number;
  timeMs: number | null;
  answeredAt: Date | null;
  sourceHref: string;
  overrides: OverrideNote[];
};

export type AttemptAnswers = {
  attemptId: string;
  userId: string;
  /** 1-based, by start time, among this student's attempts at the assignment. */
  number: number;
  status: string;
  closed: boolean;
  late: boolean;
  score: number | null;
  maxScore: number | null;
  startedAt: Date;
  submittedAt: Date | null;
  /** Closed attempts only: nothing is graded while an attempt is open. */
  answers: AnswerRow[];
};

export type AnswerContext = {
  /** The question at the version a response answered, or as it is now (version null: no response). */
  asAnswered: (questionId: string, version: number | null) => Question | undefined;
  position: (questionId: string) => number;
  sourceHref: (questionId: string, q: Question) => string;
  overrides: (responseId: string) => OverrideNote[];
  /** Everyone's due date, or each student's own (an extension may move it later). */
  dueAt: DueDate;
};

/** One attempt's answers, every question it showed, in the order it showed them. */
export function answersOf(attempt: AttemptInput, ctx: AnswerContext): AnswerRow[] {
  const byQuestion = new Map(attempt.answers.map((a) => [a.questionId, a]));
  return attempt.order.flatMap((questionId): AnswerRow[] => {
    const given = byQuestion.get(questionId);
    const q = ctx.asAnswered(questionId, given?.questionVersion ?? null);
    if (!q) return [];
    const response = given ? formatAnswer(q, given.answer) : NO_ANSWER;
    const answered = response !== NO_ANSWER;
    return [
      {
        questionId,
        responseId: given?.responseId ?? null,
        position: ctx.position(questionId),
        prompt: q.prompt,
        type: q.type,
        response,
        answerText: q.answerText,
        mark: markOf(answered, given?.score ?? null, given?.correct ?? null),
        score: given?.score ?? 0,
        max: 1,
        timeMs: given?.timeMs ?? null,
        answeredAt: given && answered ? given.answeredAt : null,
        sourceHref: ctx.sourceHref(questionId, q),
        overrides: given ? ctx.overrides(given.responseId) : [],
      },
    ];
  });
}

/** Every attempt of every student, numbered per student by start time; answers for closed ones. */
const isLate = (submittedAt: Date | null, dueAt: Date | null) => dueAt !== null && submittedAt !== null && submittedAt.getTime() > dueAt.getTime();

export function attemptAnswers(attempts: readonly AttemptInput[], ctx: AnswerContext): AttemptAnswers[] {
  const sorted = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || a.id.localeCompare(b.id));
  const counts = new Map<string, number>();
  return sorted.map((a) => {
    const number = (counts.get(a.userId) ?? 0) + 1;
    counts.set(a.userId, number);
    const closed = isClosed(a.status);
    return {
      attemptId: a.id,
      userId: a.userId,
      number,
      status: a.status,
      closed,
      late: closed && isLate(a.submittedAt, dueFor(ctx.dueAt, a.userId)),
      score: a.score,
      maxScore: a.maxScore,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      answers: closed ? answersOf(a, ctx) : [],
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The grid: rows students, columns the assignment's questions, each cell the best attempt's mark.

export type GridColumn = { questionId: string; label: string; prompt: string };
export type GridCell = { questionId: string; mark: Mark; score: number } | { questionId: string; mark: "not_shown" };
export type GridRow = {
  studentId: string;
  name: string;
  status: ResultStatus;
  /** The attempt the row shows (the best closed one, as the student table); null before any. */
  attemptId: string | null;
  score: number | null;
  maxScore: number | null;
  cells: GridCell[];
};
export type Grid = { columns: GridColumn[]; rows: GridRow[] };

export function buildGrid(
  questions: readonly { questionId: string; prompt: string }[],
  students: readonly StudentRow[],
  attempts: readonly AttemptAnswers[],
): Grid {
  const columns = questions.map((q, i) => ({ questionId: q.questionId, label: `Q${i + 1}`, prompt: q.prompt }));
  const byId = new Map(attempts.map((a) => [a.attemptId, a]));
  const rows = students.map((s): GridRow => {
    const attempt = s.best ? byId.get(s.best.attemptId) : undefined;
    const answers = new Map((attempt?.answers ?? []).map((a) => [a.questionId, a]));
    return {
      studentId: s.studentId,
      name: s.name,
      status: s.status,
      attemptId: attempt?.attemptId ?? null,
      score: attempt?.score ?? null,
      maxScore: attempt?.maxScore ?? null,
      cells: attempt
        ? columns.map((c): GridCell => {
            const a = answers.get(c.questionId);
            return a ? { questionId: c.questionId, mark: a.mark, score: a.score } : { questionId: c.questionId, mark: "not_shown" };
          })
        : [],
    };
  });
  return { columns, rows };
}

/** Per column, how many of the rows with an attempt got it right, partly, wrong, or left it. */
export function columnTallies(grid: Grid): Record<Mark, number>[] {
  return grid.columns.map((_, i) => {
    const tally: Record<Mark, number> = { right: 0, partial: 0, wrong: 0, unanswered: 0 };
    for (const row of grid.rows) {
      const cell = row.cells[i];
      if (cell && cell.mark !== "not_shown") tally[cell.mark] += 1;
    }
    return tally;
  });
}
