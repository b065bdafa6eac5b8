import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PublicQuestion, Question } from "@/lib/question-types";
import type { SourceRef } from "@/lib/generation/types";
import { grade, parseResponse } from "@/lib/grading";
import { loadAnswer, loadOptionOrders, loadQuestionOrder } from "@/lib/data/loaders";
import { loadPublicQuestion } from "@/lib/questions/store";
import { questionsAsAnswered } from "@/lib/questions/versions";
import { studentDueAt } from "@/lib/assignments/queries";
import { applyToPublic, remapResponse } from "./option-order";
import { feedbackVisible } from "./policy";
import { withheldFromStudent } from "./withheld";
import { factSpansFor, presentFeedback, type Span } from "@/lib/feedback/present";
import type { Graded } from "@/lib/feedback/scoring-rule";

const attemptInclude = {
  article: { select: { slug: true, title: true } },
  assignment: { select: { dueAt: true, set: { select: { title: true } }, class: { select: { timeZone: true } } } },
  responses: true,
} as const;

/**
 * Another student's attempt is reported as missing, not forbidden, so ids reveal nothing.
 * Reads only: the page closes an overdue attempt first (closeOverdueFor in ./close.ts).
 */
async function ownAttempt(attemptId: string, userId: string) {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, include: attemptInclude });
  if (!attempt) throw new NotFoundError("We couldn't find that attempt.");
  return attempt;
}

async function questionRowsInOrder(order: string[]) {
  const rows = await db.question.findMany({ where: { id: { in: order } }, include: { article: { select: { slug: true } } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => Boolean(r));
}

function titleOf(attempt: { article: { title: string } | null; assignment: { set: { title: string } } | null }) {
  return attempt.assignment?.set.title ?? attempt.article?.title ?? "Quiz";
}

export type Feedback = {
  correct: boolean;
  score: number;
  answerText: string;
  /** As shown: without the source sentence, which `source` quotes (lib/feedback). */
  explanation: string;
  source: SourceRef;
  /** The words of the source sentence that answer the question (offsets into it). */
  marks: Span[];
  /** How a partial mark was worked out; null unless the mark is partial. */
  partialNote: string | null;
  articleSlug: string;
};

/** A question's feedback, key included: only for a question whose key the student may see. `result`
 *  may be the full grade, whose detail works out a partial mark. */
export function feedbackFor(question: Question, articleSlug: string, result: Graded, factSpans: Span[] = []): Feedback {
  return {
    correct: result.correct,
    score: result.score,
    answerText: question.answerText,
    source: question.source,
    articleSlug,
    ...presentFeedback(question, result, factSpans),
  };
}

export type AttemptForTaking = {
  id: string;
  status: string;
  title: string;
  deadline: string | null;
  /** "due": the deadline is only the due date (no time limit), shown as "Due in …", not a countdown. */
  deadlineKind: "limit" | "due";
  /** The server's clock (epoch ms) when this was read, so the quiz timer can count by it. */
  serverNow: number;
  feedbackMode: string;
  /** Questions one at a time: only the one at `currentIndex` takes answers, and there's no going back. */
  oneAtATime: boolean;
  currentIndex: number;
  questions: PublicQuestion[];
  /** Saved answers by question id, in the option order the student sees. */
  saved: Record<string, unknown>;
  /** Feedback already shown (immediate mode), by question id: those answers are locked. */
  checked: Record<string, Feedback>;
};

/** Whether an attempt's deadline is its time limit or only the (student's own) due date. */
async function deadlineKindOf(attempt: { deadline: Date | null; assignmentId: string | null; assignment: { dueAt: Date | null } | null }, userId: string): Promise<"limit" | "due"> {
  if (!attempt.deadline || !attempt.assignmentId || !attempt.assignment?.dueAt) return "limit";
  const dueAt = await studentDueAt({ id: attempt.assignmentId, dueAt: attempt.assignment.dueAt }, userId);
  return dueAt && dueAt.getTime() === attempt.deadline.getTime() ? "due" : "limit";
}

/** What the quiz page needs: questions without answer keys, plus the student's saved answers. */
export async function getAttemptForTaking(attemptId: string, userId: string): Promise<AttemptForTaking> {
  const attempt = await ownAttempt(attemptId, userId);
  const order = loadQuestionOrder(attempt);
  const rows = await questionRowsInOrder(order);
  const orders = loadOptionOrders(attempt);
  const types = new Map(rows.map((r) => [r.id, r.type]));
  const saved: Record<string, unknown> = {};
  const checked: Record<string, Feedback> = {};
  const checkedResponses = attempt.responses.filter((r) => r.checkedAt);
  const asAnswered = checkedResponses.length ? await questionsAsAnswered(db, checkedResponses, checkedResponses.map((r) => r.questionId)) : [];
  const slugs = new Map(rows.map((r) => [r.id, r.article?.slug ?? ""]));
  const articleIds = new Map(rows.map((r) => [r.id, r.articleId]));
  const spans = await factSpansFor(db, asAnswered.map((q) => ({ question: q, articleId: articleIds.get(q.id) ?? "" })));
  for (const r of attempt.responses) {
    saved[r.questionId] = remapResponse(types.get(r.questionId) ?? "", loadAnswer(r), orders[r.questionId], "toShown");
  }
  for (const q of asAnswered) {
    const r = checkedResponses.find((c) => c.questionId === q.id)!;
    checked[q.id] = feedbackFor(q, slugs.get(q.id) ?? "", { score: r.score ?? 0, correct: r.correct ?? false }, spans.get(q.id));
  }
  return {
    id: attempt.id,
    status: attempt.status,
    title: titleOf(attempt),
    deadline: attempt.deadline?.toISOString() ?? null,
    deadlineKind: await deadlineKindOf(attempt, userId),
    serverNow: Date.now(),
    feedbackMode: attempt.feedbackMode,
    oneAtATime: attempt.oneAtATime,
    currentIndex: attempt.currentIndex,
    questions: rows.map((row) => applyToPublic(loadPublicQuestion(row), orders[row.id])),
    saved,
    checked,
  };
}

/** The graded review of a closed attempt. Answer keys only when the feedback mode allows. */
export async function getAttemptReview(attemptId: string, userId: string) {
  const attempt = await ownAttempt(attemptId, userId);
  if (attempt.status === "in_progress") return null;
  const order = loadQuestionOrder(attempt);
  const rows = await questionRowsInOrder(order);
  const slugs = new Map(rows.map((r) => [r.id, r.article?.slug ?? ""]));
  const questions = await questionsAsAnswered(db, attempt.responses, order);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const now = new Date();
  // "After the due date" means the student's own: an extension may move it later.
  const dueAt = await studentDueAt(attempt.assignmentId ? { id: attempt.assignmentId, dueAt: attempt.assignment?.dueAt ?? null } : null, userId);
  const showAnswers = feedbackVisible(attempt.feedbackMode, attempt.status, dueAt, now);
  // One rule for keys: a question that is also in an assignment whose feedback this student may not
  // see yet (a practice quiz started before it was assigned) keeps its key back here too.
  const withheld = showAnswers ? await withheldFromStudent(userId, now) : new Set<string>();
  // A mark the teacher changed since grading: the latest change, with their reason, per answer.
  const overrides = await db.answerOverride.findMany({ where: { attemptId: attempt.id }, orderBy: { createdAt: "asc" }, select: { questionId: true, reason: true, oldScore: true, newScore: true, createdAt: true } });
  const latestOverride = new Map(overrides.map((o) => [o.questionId, { reason: o.reason, oldScore: o.oldScore, newScore: o.newScore, at: o.createdAt }]));
  const keyed = showAnswers ? rows.filter((row) => !withheld.has(row.id) && byId.has(row.id)) : [];
  const spans = await factSpansFor(db, keyed.map((row) => ({ question: byId.get(row.id)!, articleId: row.articleId })));
  const items = rows.flatMap((row) => {
    const question = byId.get(row.id);
    if (!question) return [];
    const response = responses.get(row.id);
    const given: unknown = response ? loadAnswer(response) : null;
    const parsed = response ? parseResponse(question, given) : null;
    const result = parsed?.ok ? grade(question, parsed.response) : null;
    const keyVisible = showAnswers && !withheld.has(row.id);
    const override = latestOverride.get(row.id) ?? null;
    const score = response?.score ?? 0;
    const correct = response?.correct ?? false;
    // The shown feedback (marks, worked partial mark) only with the key; a changed mark has no worked sum.
    const stored = { score, correct };
    const feedback = keyVisible ? feedbackFor(question, slugs.get(row.id) ?? "", override || !result ? stored : { ...result, ...stored }, spans.get(row.id)) : null;
    return [{ question, given, result, score, correct, articleSlug: slugs.get(row.id) ?? "", keyVisible, override, feedback }];
  });
  return {
    id: attempt.id,
    assignmentId: attempt.assignmentId,
    status: attempt.status,
    title: titleOf(attempt),
    articleSlug: attempt.article?.slug ?? null,
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore ?? rows.length,
    submittedAt: attempt.submittedAt,
    showAnswers,
    feedbackFrom: dueAt,
    /** The class's time zone, in which its dates are shown. */
    timeZone: attempt.assignment?.class.timeZone ?? "UTC",
    items,
  };
}

/** The student's attempts, newest first. Reads only: callers close overdue ones first (closeOverdueFor). */
export async function listAttempts(userId: string) {
  return db.attempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: 50,
    select: {
      id: true,
      status: true,
      score: true,
      maxScore: true,
      startedAt: true,
      submittedAt: true,
      article: { select: { title: true, slug: true } },
      assignment: { select: { set: { select: { title: true } } } },
    },
  });
}
