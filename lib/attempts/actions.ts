"use server";
import "server-only";
import { notFound, redirect } from "next/navigation";
import { defineAction, defineRedirectAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { grade, parseResponse } from "@/lib/grading";
import { loadAnswer, loadQuestion, loadQuestionOrder } from "@/lib/data/loaders";
import { articleSlugInput, moveOnInput, saveResponseInput, submitAttemptInput } from "@/lib/validation/attempts";
import { createOrResumeAttempt } from "./create";
import { acceptsAnswers, ATTEMPT_CLOSED, practiceKey, PRACTICE_QUESTION_COUNT } from "./policy";
import { feedbackFor, type Feedback } from "./queries";
import { pickPracticeQuestions } from "./select";
import { clashMap } from "@/lib/sets/clashes";
import { submitAttempt, UNREADABLE_SUBMIT, type SubmitOutcome } from "./submit";
import { withheldFromStudent } from "./withheld";

/**
 * Starts (or resumes) the student's practice attempt on an article, then opens it. An unknown or
 * malformed slug is the not-found page (404), as the article's own URL would be, never a 500.
 */
export const startPracticeAction = defineRedirectAction({ role: "student", input: articleSlugInput }, async ({ slug, feedback }, { user }) => {
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  if (!article) notFound();
  const approved = await db.question.findMany({
    where: { articleId: article.id, status: "approved" },
    select: { id: true, type: true, sentence: true, prompt: true, articleId: true, bodyJson: true },
    orderBy: { key: "asc" },
  });
  // Nothing to practise yet (the page shows no practice button then): back to the article.
  if (approved.length === 0) redirect(`/articles/${slug}`);
  // Practice shows keys after each answer or on submitting: never those of an assignment whose
  // feedback the student may not see yet (lib/attempts/withheld.ts).
  const withheld = await withheldFromStudent(user.id);
  // A stem widened with the sentence before it quotes that sentence, and with it whatever another
  // question on it asks: the two are kept apart like questions on one sentence.
  // And two questions whose answers show in each other, from sentences apart (lib/sets/clashes), too.
  const sentences = [...new Set(approved.map((q) => q.sentence))];
  const usable = approved.filter((q) => !withheld.has(q.id));
  const clashes = clashMap(usable.map((row) => ({ articleId: row.articleId, question: loadQuestion(row) })));
  const bank = usable.map((q) => ({
    id: q.id,
    type: q.type,
    sentence: q.sentence,
    quotes: sentences.filter((s) => s !== q.sentence && s.length > 20 && q.prompt.includes(s)),
    clashes: clashes.get(q.id) ?? [],
  }));
  if (bank.length === 0) {
    throw new ConflictError("This article's questions are all in an assignment of yours. Practise them once its feedback is out.");
  }
  const seed = Date.now() % 2_147_483_647; // a fresh mix each attempt; selection itself is pure
  const attemptId = await createOrResumeAttempt({
    userId: user.id,
    activeKey: practiceKey(user.id, article.id),
    articleId: article.id,
    questionIds: pickPracticeQuestions(bank, PRACTICE_QUESTION_COUNT, seed).map((q) => q.id),
    feedbackMode: feedback,
    shuffleOptions: false,
    seed,
  });
  redirect(`/attempts/${attemptId}`);
});

/** The attempt and question behind a save or check, after every ownership and state check. */
async function openQuestion(userId: string, { attemptId, questionId }: { attemptId: string; questionId: string }) {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId } });
  if (!attempt) throw new NotFoundError("We couldn't find that attempt.");
  if (!acceptsAnswers(attempt, new Date())) throw new ConflictError(ATTEMPT_CLOSED);
  if (!loadQuestionOrder(attempt).includes(questionId)) throw new NotFoundError("That question isn't part of this attempt.");
  const row = await db.question.findUnique({ where: { id: questionId }, include: { article: { select: { slug: true } } } });
  if (!row) throw new NotFoundError("That question isn't part of this attempt.");
  return { attempt, row, question: loadQuestion(row) };
}

/**
 * Immediate-feedback mode: grades the saved answer to one question and locks it. Only then
 * does that question's key (answer, explanation, source) go to the browser.
 */
export const checkAnswerAction = defineAction(
  { role: "student", input: saveResponseInput, invalid: "That answer couldn't be read. Please try again." },
  async (input, { user }): Promise<{ feedback: Feedback }> => {
    const { attempt, row, question } = await openQuestion(user.id, input);
    if (attempt.feedbackMode !== "immediate") throw new ConflictError("Feedback for this quiz comes after you submit it.");
    // A practice quiz never explains a question of an assignment whose feedback isn't out for this
    // student (it was assigned after the practice began); the assignment's own attempt follows its mode.
    if (!attempt.assignmentId && (await withheldFromStudent(user.id)).has(row.id)) {
      throw new ConflictError("This question is also in an assignment of yours: its answer shows once that assignment's feedback is out.");
    }
    const feedback = await db.$transaction(async (tx) => {
      const response = await tx.response.findUnique({ where: { attemptId_questionId: { attemptId: attempt.id, questionId: row.id } } });
      if (!response) throw new ValidationError("Answer the question first, then check it.");
      const parsed = parseResponse(question, loadAnswer(response));
      const result = parsed.ok ? grade(question, parsed.response) : { score: 0, correct: false };
      if (!response.checkedAt) {
        await tx.response.update({ where: { id: response.id }, data: { checkedAt: new Date(), score: result.score, correct: result.correct } });
      }
      return feedbackFor(question, row.article?.slug ?? "", result);
    });
    return { feedback };
  },
);

/**
 * One question at a time: closes the question at `from` and opens the next. Safe to repeat (a
 * double click, a retry): only a move from the position the attempt is at changes anything, and
 * every call answers with the position the attempt is at now.
 */
export const moveOnAction = defineAction(
  { role: "student", input: moveOnInput, invalid: "That move couldn't be read. Please try again." },
  async ({ attemptId, from }, { user }) => {
    const attempt = await db.attempt.findFirst({
      where: { id: attemptId, userId: user.id },
      select: { id: true, status: true, deadline: true, oneAtATime: true, questionOrder: true },
    });
    if (!attempt) throw new NotFoundError("We couldn't find that attempt.");
    if (!acceptsAnswers(attempt, new Date())) throw new ConflictError(ATTEMPT_CLOSED);
    if (!attempt.oneAtATime) throw new ConflictError("This quiz lets you move between questions freely.");
    if (from < loadQuestionOrder(attempt).length - 1) {
      await db.attempt.updateMany({ where: { id: attemptId, status: "in_progress", currentIndex: from }, data: { currentIndex: from + 1 } });
    }
    const { currentIndex } = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { currentIndex: true } });
    return { index: currentIndex };
  },
);

/**
 * Grades and closes the attempt (lib/attempts/submit.ts). The quiz page submits through the
 * route POST /api/attempts/:id/submit (lib/attempts/submit-route.ts), which costs a fraction of
 * an action (bench/attempts); this action stays for callers that hold no fetch.
 */
export const submitAttemptAction = defineAction(
  { role: "student", input: submitAttemptInput, invalid: UNREADABLE_SUBMIT },
  async (input, { user }): Promise<SubmitOutcome> => submitAttempt(user.id, input),
);
