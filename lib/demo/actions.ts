"use server";
import "server-only";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { NotFoundError, userMessage, ValidationError } from "@/lib/errors";
import type { Question } from "@/lib/generation/question-schema";
import type { SourceRef } from "@/lib/generation/types";
import { gradeAttempt, parseResponse } from "@/lib/grading";
import { loadQuestion } from "@/lib/questions/store";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";
import { gradeDemoInput } from "@/lib/validation/demo";
import { demoQuestionRows } from "./queries";

export type DemoReviewItem = {
  questionId: string;
  prompt: string;
  score: number;
  correct: boolean;
  yourAnswer: string;
  answerText: string;
  explanation: string;
  source: SourceRef;
  /** Opens the article scrolled to the source sentence, highlighted. */
  sourceHref: string;
};

export type DemoReview = { score: number; maxScore: number; percent: number; items: DemoReviewItem[] };
export type DemoResult = ({ ok: true } & DemoReview) | { ok: false; message: string };

/**
 * Grades a visitor's demo quiz and stores nothing. Deliberately open to signed-out visitors
 * (no requireRole): it reads only the seed article's approved questions and writes no rows,
 * so the only thing it can reveal is the key of questions the caller has just answered —
 * which is what the demo is for. The key reaches the browser here and nowhere earlier.
 */
export async function gradeDemoAction(input: unknown): Promise<DemoResult> {
  try {
    const parsed = gradeDemoInput.safeParse(input);
    if (!parsed.success) throw new ValidationError("We couldn't read your answers. Please reload the page and try again.");
    const { questionIds, responses } = parsed.data;
    if (Object.keys(responses).some((id) => !questionIds.includes(id))) {
      throw new ValidationError("An answer was sent for a question that isn't in this quiz. Please reload the page and try again.");
    }

    const rows = await demoQuestionRows(questionIds);
    if (rows.length !== questionIds.length) {
      throw new NotFoundError("Those questions aren't part of the demo quiz. Please reload the page to get the current one.");
    }
    const byId = new Map(rows.map((row) => [row.id, loadQuestion(row)]));
    const questions = questionIds.map((id) => byId.get(id)!);

    // Malformed answers are refused with the question's own message rather than scored 0:
    // the controls can't produce them, so a visitor seeing this has a stale or tampered page.
    const accepted: Record<string, unknown> = {};
    for (const [i, question] of questions.entries()) {
      const raw = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined;
      if (raw === undefined || raw === null) continue;
      const check = parseResponse(question, raw);
      if (!check.ok) throw new ValidationError(`Question ${i + 1}: ${check.message}`);
      accepted[question.id] = check.response;
    }

    const graded = gradeAttempt(questions, accepted);
    const items = questions.map((question, i) => reviewItem(question, accepted[question.id], graded.results[i]!.result));
    return { ok: true, score: graded.score, maxScore: graded.maxScore, percent: graded.percent, items };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

function reviewItem(question: Question, given: unknown, result: { score: number; correct: boolean }): DemoReviewItem {
  const { start, end } = question.source;
  return {
    questionId: question.id,
    prompt: question.prompt,
    score: result.score,
    correct: result.correct,
    yourAnswer: formatAnswer(question, given),
    answerText: question.answerText,
    explanation: question.explanation,
    source: question.source,
    sourceHref: `/articles/${SEED_ARTICLE_SLUG}?s=${start}-${end}#source`,
  };
}
