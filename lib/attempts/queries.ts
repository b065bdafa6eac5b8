import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { PublicQuestion } from "@/lib/generation/question-schema";
import { loadPublicQuestion, loadQuestion } from "@/lib/questions/store";
import { grade, parseResponse } from "@/lib/grading";
import { parseQuestionOrder } from "./policy";

/** Another student's attempt is reported as missing, not forbidden, so ids reveal nothing. */
async function ownAttempt(attemptId: string, userId: string) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    include: { article: { select: { slug: true, title: true } }, responses: true },
  });
  if (!attempt) throw new NotFoundError("We couldn't find that attempt.");
  return attempt;
}

async function questionsInOrder(order: string[]) {
  const rows = await db.question.findMany({ where: { id: { in: order } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => Boolean(r));
}

export type AttemptForTaking = {
  id: string;
  status: string;
  title: string;
  articleSlug: string | null;
  deadline: string | null;
  questions: PublicQuestion[];
  /** Saved answers by question id, exactly as the student gave them. */
  saved: Record<string, unknown>;
};

/** What the quiz page needs: questions without answer keys, plus the student's saved answers. */
export async function getAttemptForTaking(attemptId: string, userId: string): Promise<AttemptForTaking> {
  const attempt = await ownAttempt(attemptId, userId);
  const rows = await questionsInOrder(parseQuestionOrder(attempt.questionOrder));
  const saved: Record<string, unknown> = {};
  for (const r of attempt.responses) saved[r.questionId] = JSON.parse(r.answerJson);
  return {
    id: attempt.id,
    status: attempt.status,
    title: attempt.article?.title ?? "Quiz",
    articleSlug: attempt.article?.slug ?? null,
    deadline: attempt.deadline?.toISOString() ?? null,
    questions: rows.map(loadPublicQuestion),
    saved,
  };
}

/** The graded review of a closed attempt: includes answer keys, so only after closing. */
export async function getAttemptReview(attemptId: string, userId: string) {
  const attempt = await ownAttempt(attemptId, userId);
  if (attempt.status === "in_progress") return null;
  const rows = await questionsInOrder(parseQuestionOrder(attempt.questionOrder));
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const items = rows.map((row) => {
    const question = loadQuestion(row);
    const response = responses.get(row.id);
    const given: unknown = response ? JSON.parse(response.answerJson) : null;
    const parsed = response ? parseResponse(question, given) : null;
    const result = parsed?.ok ? grade(question, parsed.response) : null;
    return { question, given, result, score: response?.score ?? 0, correct: response?.correct ?? false };
  });
  return {
    id: attempt.id,
    status: attempt.status,
    title: attempt.article?.title ?? "Quiz",
    articleSlug: attempt.article?.slug ?? null,
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore ?? rows.length,
    submittedAt: attempt.submittedAt,
    items,
  };
}

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
    },
  });
}
