"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError, userMessage } from "@/lib/errors";
import { setQuestionStatusInput } from "@/lib/validation/questions";

export type StatusResult = { ok: true } | { ok: false; message: string };

/** Approve, retire or return a question to draft. Teachers only; checked here, not just in the layout. */
export async function setQuestionStatusAction(formData: FormData): Promise<StatusResult> {
  try {
    await requireRole("teacher");
    const parsed = setQuestionStatusInput.safeParse({ questionId: formData.get("questionId"), status: formData.get("status") });
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Invalid request.");
    const updated = await db.question.updateMany({ where: { id: parsed.data.questionId }, data: { status: parsed.data.status } });
    if (updated.count === 0) throw new NotFoundError("That question no longer exists.");
    const article = await db.question.findUnique({ where: { id: parsed.data.questionId }, select: { article: { select: { slug: true } } } });
    if (article) revalidatePath(`/teacher/articles/${article.article.slug}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}
