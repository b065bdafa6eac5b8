"use server";
import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { questionRow } from "@/lib/articles/store";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError, userMessage } from "@/lib/errors";
import { analyse } from "@/lib/generation";
import { questionSchema } from "@/lib/generation/question-schema";
import { approveAllReadyInput, setQuestionStatusInput } from "@/lib/validation/questions";
import { requireEditableArticle, requireEditableQuestion } from "./access";
import { createOwnCopy } from "./copy";
import { buildQuestion, questionDraftSchema } from "./draft";
import { needsReview, readyToApprove, withoutEngineReview } from "./review";
import { editMakesCopy, mayChangeStatus, NOT_YOURS_STATUS } from "./ownership";
import { loadQuestion } from "./store";

export type StatusResult = { ok: true } | { ok: false; message: string };
export type ApproveAllResult = { ok: true; approved: number; needsReview: number } | { ok: false; message: string };
export type EditorResult = { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/**
 * Approve, retire or return a question to draft. Only whoever may edit the article's bank, and only
 * the question's owner takes it out of the sets using it (lib/questions/ownership.ts).
 */
export async function setQuestionStatusAction(formData: FormData): Promise<StatusResult> {
  try {
    const user = await requireRole("teacher");
    const parsed = setQuestionStatusInput.safeParse({ questionId: formData.get("questionId"), status: formData.get("status") });
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Invalid request.");
    const question = await requireEditableQuestion(parsed.data.questionId, user);
    if (!mayChangeStatus(user, question, question.status, parsed.data.status)) throw new ForbiddenError(NOT_YOURS_STATUS);
    // `status` in the where: the check above held for the status it read.
    const updated = await db.question.updateMany({ where: { id: question.id, status: question.status }, data: { status: parsed.data.status } });
    if (updated.count === 0) throw new ConflictError("That question changed meanwhile. Reload the page and try again.");
    revalidatePath(`/teacher/articles/${question.article.slug}`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

/**
 * Approves, in one go, every draft of an article's bank that the engine is sure of (lib/questions/review.ts
 * readyToApprove). Questions it held back stay drafts for the teacher to read one by one. Reading and
 * approving happen in one transaction, so a question flagged in between is never approved by this.
 */
export async function approveAllReadyAction(formData: FormData): Promise<ApproveAllResult> {
  try {
    const user = await requireRole("teacher");
    const parsed = approveAllReadyInput.safeParse({ slug: formData.get("slug") });
    if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? "Invalid request.");
    const article = await requireEditableArticle({ slug: parsed.data.slug }, user);
    const outcome = await db.$transaction(async (tx) => {
      const drafts = await tx.question.findMany({ where: { articleId: article.id, status: "draft" }, select: { id: true, bodyJson: true, version: true, status: true, origin: true } });
      const judged = drafts.map((row) => ({ row, question: loadQuestion(row) }));
      const ready = judged.filter(({ row, question }) => readyToApprove(row, question)).map(({ row }) => row.id);
      const approved = ready.length > 0 ? (await tx.question.updateMany({ where: { id: { in: ready }, status: "draft" }, data: { status: "approved" } })).count : 0;
      return { approved, needsReview: judged.filter(({ row, question }) => needsReview(row, question)).length };
    });
    revalidatePath(`/teacher/articles/${article.slug}`);
    return { ok: true, ...outcome };
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
}

const editInput = questionDraftSchema.extend({ questionId: z.string().min(1).max(64), version: z.number().int().min(1).max(1_000_000) });

/**
 * Saves an edit as a new version. The previous versions stay, so answers already given keep being
 * graded by the version they answered (lib/questions/versions.ts). `version` is the one the teacher
 * edited: if someone saved in between, the edit is refused instead of silently overwriting theirs.
 * A question the teacher doesn't own is never changed: the edit becomes their own copy
 * (lib/questions/ownership.ts), so no one changes the key of a question in another teacher's set.
 */
export async function updateQuestionAction(input: unknown): Promise<EditorResult> {
  let slug: string;
  let questionId: string;
  let copied = false;
  try {
    const user = await requireRole("teacher");
    const parsed = editInput.safeParse(input);
    if (!parsed.success) throw new ValidationError("That edit couldn't be read. Reload the page and try again.");
    const { questionId: id, version, ...draft } = parsed.data;
    const row = await requireEditableQuestion(id, user);
    if (row.type !== draft.type) throw new ValidationError("A question's type can't change. Write a new question instead.");
    const current = questionSchema.parse(JSON.parse(row.bodyJson));
    const built = buildQuestion(draft, { id: current.id, difficulty: current.difficulty, source: current.source, factIds: current.factIds });
    if (!built.ok) return { ok: false, fieldErrors: built.fieldErrors };
    // The edited question is the teacher's: the engine's doubts about the old one don't carry over.
    const bodyJson = JSON.stringify(withoutEngineReview(built.question));
    slug = row.article.slug;
    if (editMakesCopy(user, row)) {
      questionId = (await db.$transaction((tx) => createOwnCopy(tx, row, withoutEngineReview(built.question), user.id))).id;
      copied = true;
    } else {
      await db.$transaction(async (tx) => {
        const claimed = await tx.question.updateMany({ where: { id, version }, data: { version: version + 1, bodyJson, prompt: built.question.prompt } });
        if (claimed.count === 0) throw new ConflictError("Someone saved this question while you were editing it. Reload to see their version.");
        // Questions stored before versioning have no snapshot of the version being replaced: keep it now,
        // or answers given to it would be graded by the new one.
        const kept = await tx.questionVersion.findUnique({ where: { questionId_version: { questionId: id, version } }, select: { id: true } });
        if (!kept) await tx.questionVersion.create({ data: { questionId: id, version, bodyJson: row.bodyJson } });
        await tx.questionVersion.create({ data: { questionId: id, version: version + 1, bodyJson } });
      });
      questionId = id;
    }
  } catch (error) {
    return { ok: false, formError: userMessage(error) };
  }
  revalidatePath(`/teacher/articles/${slug}`);
  redirect(`/teacher/articles/${slug}?${copied ? "copied" : "edited"}=${questionId}#question-${questionId}`);
}

const createInput = questionDraftSchema.extend({
  slug: z.string().min(1).max(120),
  sentenceIndex: z.number().int().min(-1).max(100_000),
});

/** A question written by hand, tied to one of the article's sentences (offsets from the engine, never the browser). */
export async function createQuestionAction(input: unknown): Promise<EditorResult> {
  let slug: string;
  let questionId: string;
  try {
    const user = await requireRole("teacher");
    const parsed = createInput.safeParse(input);
    if (!parsed.success) throw new ValidationError("That question couldn't be read. Reload the page and try again.");
    const { slug: articleSlug, sentenceIndex, ...draft } = parsed.data;
    const article = await requireEditableArticle({ slug: articleSlug }, user);
    const analysis = analyse(article.rawText, article.published ? { referenceDate: article.published } : {});
    const sentence = analysis.sentences.find((s) => s.index === sentenceIndex);
    if (!sentence) return { ok: false, fieldErrors: { sentence: ["Choose the sentence this question is about."] } };
    const key = `m-${randomUUID().slice(0, 12)}`;
    const built = buildQuestion(draft, {
      id: key,
      difficulty: 0.5,
      source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
      factIds: analysis.facts.filter((f) => f.sentenceIndex === sentence.index).map((f) => f.id).slice(0, 20),
    });
    if (!built.ok) return { ok: false, fieldErrors: built.fieldErrors };
    const q = built.question;
    const row = questionRow(article.id, q, "draft");
    const created = await db.question.create({
      data: { ...row, origin: "manual", createdById: user.id, versions: { create: { version: 1, bodyJson: row.bodyJson } } },
    });
    slug = article.slug;
    questionId = created.id;
  } catch (error) {
    return { ok: false, formError: userMessage(error) };
  }
  revalidatePath(`/teacher/articles/${slug}`);
  redirect(`/teacher/articles/${slug}?created=${questionId}#question-${questionId}`);
}
