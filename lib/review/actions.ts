"use server";
import "server-only";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { formatAnswer } from "@/lib/attempts/format-answer";
import { grade, parseResponse } from "@/lib/grading";
import { factSpansFor, presentFeedback, type Span } from "@/lib/feedback/present";
import { loadQuestion } from "@/lib/questions/store";
import { reviewAnswerInput } from "@/lib/validation/review";
import { isServable } from "./queries";
import { scheduleReview } from "./schedule";

export type ReviewFeedback = {
  correct: boolean;
  score: number;
  given: string;
  answerText: string;
  explanation: string;
  source: { sentence: string; start: number; end: number };
  /** The words of the source sentence that answer the question (offsets into it). */
  marks: Span[];
  partialNote: string | null;
  articleSlug: string;
  nextDue: string;
};

/**
 * Grades one review answer on the server and reschedules its card by it. The answer key
 * (correct answer, explanation) goes back only now, after the answer is in.
 */
export const submitReviewAction = defineAction(
  { role: "student", input: reviewAnswerInput, invalid: "That answer couldn't be read. Please try again." },
  async ({ questionId, response }, { user }): Promise<ReviewFeedback> => {
    const now = new Date();

    const card = await db.reviewCard.findUnique({
      where: { userId_questionId: { userId: user.id, questionId } },
      include: { question: { include: { article: { select: { slug: true } } } } },
    });
    // Only approved questions are on the queue (lib/review/queries.ts): a draft or retired one is not served.
    // Nor one whose key the student may not see yet (an assignment's feedback not visible to them):
    // answered as if the card weren't there, so the reply tells nothing about the assignment.
    if (!card || card.question.status !== "approved" || !(await isServable(user.id, questionId, now))) {
      throw new NotFoundError("That question isn't on your review queue.");
    }
    if (card.due > now) throw new ConflictError("You've already reviewed that one. It will come back later.");

    const question = loadQuestion(card.question);
    const parsed = parseResponse(question, response);
    if (!parsed.ok) throw new ValidationError(parsed.message);
    const result = grade(question, parsed.response);
    const { id, userId: _u, questionId: _q, createdAt: _c, question: _row, ...state } = card;
    const next = scheduleReview(state, result, now);
    // Conditional on the reps we read: a double submit reschedules the card once.
    const moved = await db.reviewCard.updateMany({ where: { id, reps: card.reps }, data: next });
    if (moved.count === 0) throw new ConflictError("You've already reviewed that one. It will come back later.");

    const spans = await factSpansFor(db, [{ question, articleId: card.question.articleId }]);
    return {
      correct: result.correct,
      score: result.score,
      given: formatAnswer(question, parsed.response),
      answerText: question.answerText,
      source: question.source,
      ...presentFeedback(question, result, spans.get(question.id)),
      articleSlug: card.question.article?.slug ?? "",
      nextDue: next.due.toISOString(),
    };
  },
);
