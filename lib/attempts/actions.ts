"use server";
import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/auth/session";
import { ConflictError, NotFoundError, ValidationError, userMessage } from "@/lib/errors";
import { parseResponse } from "@/lib/grading";
import { loadQuestion } from "@/lib/questions/store";
import { articleSlugInput, attemptIdInput, saveResponseInput } from "@/lib/validation/attempts";
import { closeAttempt } from "./close";
import { acceptsAnswers, parseQuestionOrder, practiceKey, PRACTICE_QUESTION_COUNT } from "./policy";
import { pickPracticeQuestions } from "./select";

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; message: string };

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

/** Starts (or resumes) the student's practice attempt on an article, then opens it. */
export async function startPracticeAction(formData: FormData): Promise<void> {
  const user = await requireRole("student");
  const { slug } = articleSlugInput.parse({ slug: formData.get("slug") });
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  if (!article) throw new NotFoundError("That article isn't in the library.");

  const activeKey = practiceKey(user.id, article.id);
  let attempt = await db.attempt.findUnique({ where: { activeKey }, select: { id: true } });
  if (!attempt) {
    const bank = await db.question.findMany({
      where: { articleId: article.id, status: "approved" },
      select: { id: true, type: true },
      orderBy: { key: "asc" },
    });
    if (bank.length === 0) throw new ConflictError("This article has no approved questions yet.");
    const seed = Date.now() % 2_147_483_647; // a fresh mix each attempt; selection itself is pure
    const order = pickPracticeQuestions(bank, PRACTICE_QUESTION_COUNT, seed).map((q) => q.id);
    try {
      attempt = await db.attempt.create({
        data: { userId: user.id, articleId: article.id, activeKey, questionOrder: JSON.stringify(order) },
        select: { id: true },
      });
    } catch (error) {
      // A concurrent start won the unique activeKey: resume that attempt instead.
      if (!isUniqueViolation(error)) throw error;
      attempt = await db.attempt.findUniqueOrThrow({ where: { activeKey }, select: { id: true } });
    }
  }
  redirect(`/attempts/${attempt.id}`);
}

/** Saves one answer as it is given. Idempotent: saving the same answer twice changes nothing. */
export async function saveResponseAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  try {
    const user = await requireRole("student");
    const parsedInput = saveResponseInput.safeParse(input);
    if (!parsedInput.success) throw new ValidationError("That answer couldn't be read. Please try again.");
    const { attemptId, questionId, response } = parsedInput.data;

    const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId: user.id } });
    if (!attempt) throw new NotFoundError("We couldn't find that attempt.");
    if (!acceptsAnswers(attempt, new Date())) throw new ConflictError("This attempt is closed, so answers can no longer change.");
    if (!parseQuestionOrder(attempt.questionOrder).includes(questionId)) throw new NotFoundError("That question isn't part of this attempt.");

    const row = await db.question.findUnique({ where: { id: questionId } });
    if (!row) throw new NotFoundError("That question isn't part of this attempt.");
    const parsed = parseResponse(loadQuestion(row), response);
    if (!parsed.ok) throw new ValidationError(parsed.message);

    const answerJson = JSON.stringify(parsed.response);
    const saved = await db.$transaction(async (tx) => {
      // Re-check and write in one transaction, touching the attempt row with a conditional
      // update (a row lock on PostgreSQL): a submit can't slip between the check and the
      // write, so no answer is ever changed after it was graded.
      const open = await tx.attempt.updateMany({ where: { id: attemptId, status: "in_progress" }, data: { status: "in_progress" } });
      if (open.count === 0) throw new ConflictError("This attempt is closed, so answers can no longer change.");
      return tx.response.upsert({
        where: { attemptId_questionId: { attemptId, questionId } },
        create: { attemptId, questionId, questionVersion: row.version, answerJson },
        update: { answerJson, questionVersion: row.version, answeredAt: new Date() },
        select: { answeredAt: true },
      });
    });
    return { ok: true, savedAt: saved.answeredAt.toISOString() };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/** Grades and closes the attempt. Safe to call any number of times: one grade results. */
export async function submitAttemptAction(input: unknown): Promise<ActionResult<{ attemptId: string }>> {
  try {
    const user = await requireRole("student");
    const parsed = attemptIdInput.safeParse(input);
    if (!parsed.success) throw new ValidationError("That attempt couldn't be read.");
    const attempt = await db.attempt.findFirst({ where: { id: parsed.data.attemptId, userId: user.id }, select: { id: true } });
    if (!attempt) throw new NotFoundError("We couldn't find that attempt.");
    await closeAttempt(attempt.id, "submitted");
    return { ok: true, attemptId: attempt.id };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
