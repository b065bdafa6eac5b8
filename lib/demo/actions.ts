"use server";
import "server-only";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { defineAction } from "@/lib/actions/define-action";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Question } from "@/lib/question-types";
import type { SourceRef } from "@/lib/generation/types";
import { db } from "@/lib/db";
import { factSpansFor, presentFeedback, type Span } from "@/lib/feedback/present";
import type { Graded } from "@/lib/feedback/scoring-rule";
import { gradeAttempt, parseResponse } from "@/lib/grading";
import { loadQuestion } from "@/lib/questions/store";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";
import { gradeDemoInput } from "@/lib/validation/demo";
import { servedDemoRows } from "./queries";

type DemoKey = {
  answerText: string;
  explanation: string;
  source: SourceRef;
  /** The words of the source sentence that answer the question (offsets into it). */
  marks: Span[];
  partialNote: string | null;
  /** Opens the article scrolled to the source sentence, highlighted. */
  sourceHref: string;
};

/** One graded question. The key (answer, explanation, source) comes only with an answer given:
 *  a question left blank gets its verdict and nothing more. */
export type DemoReviewItem = {
  questionId: string;
  prompt: string;
  /** Whether the question's type can give part of a point (says when the partial-credit line applies). */
  type: string;
  score: number;
  correct: boolean;
  yourAnswer: string;
} & ({ answered: true } & DemoKey | { answered: false });

export type DemoReview = { score: number; maxScore: number; percent: number; items: DemoReviewItem[] };

/**
 * Grades a visitor's demo quiz and stores nothing. Deliberately open to signed-out visitors
 * (role "public"), so it keys nothing it didn't serve: it grades only questions of the demo
 * quiz as the page serves it now (servedDemoRows — never a question of an open assignment), and
 * returns the key only of those the caller answered, which is what the demo is for.
 */
export const gradeDemoAction = defineAction(
  { role: "public", input: gradeDemoInput, invalid: "We couldn't read your answers. Please reload the page and try again." },
  async ({ questionIds, responses }): Promise<DemoReview> => {
    if (Object.keys(responses).some((id) => !questionIds.includes(id))) {
      throw new ValidationError("An answer was sent for a question that isn't in this quiz. Please reload the page and try again.");
    }

    const served = new Map((await servedDemoRows()).map((row) => [row.id, row]));
    if (!questionIds.every((id) => served.has(id))) {
      throw new NotFoundError("Those questions aren't part of the demo quiz. Please reload the page to get the current one.");
    }
    const questions = questionIds.map((id) => loadQuestion(served.get(id)!));

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
    const spans = await factSpansFor(db, questions.filter((q) => accepted[q.id] !== undefined).map((question) => ({ question, articleId: served.get(question.id)!.articleId })));
    const items = questions.map((question, i) => reviewItem(question, accepted[question.id], graded.results[i]!.result, spans.get(question.id)));
    return { score: graded.score, maxScore: graded.maxScore, percent: graded.percent, items };
  },
);

function reviewItem(question: Question, given: unknown, result: Graded, factSpans: Span[] = []): DemoReviewItem {
  const graded = { questionId: question.id, prompt: question.prompt, type: question.type, score: result.score, correct: result.correct, yourAnswer: formatAnswer(question, given) };
  if (given === undefined) return { ...graded, answered: false };
  const { start, end } = question.source;
  return {
    ...graded,
    answered: true,
    answerText: question.answerText,
    source: question.source,
    ...presentFeedback(question, result, factSpans),
    sourceHref: `/articles/${SEED_ARTICLE_SLUG}?s=${start}-${end}#source`,
  };
}
