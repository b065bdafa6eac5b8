"use server";
import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { questionRow } from "@/lib/articles/store";
import { loadQuestion, loadQuestionBody } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidFieldsError, ValidationError } from "@/lib/errors";
import { analyse, passageAround } from "@/lib/generation";
import { translated } from "@/lib/i18n/action-messages";
import { approveAllReadyInput, setQuestionStatusInput } from "@/lib/validation/questions";
import { requireEditableArticle, requireEditableQuestion } from "./access";
import { createOwnCopy } from "./copy";
import { buildQuestion, questionDraftSchema } from "./draft";
import { needsReview, readyToApprove, withoutEngineReview } from "./review";
import { editMakesCopy, mayChangeStatus, NOT_YOURS_STATUS } from "./ownership";

/**
 * Approve, retire or return a question to draft. Only whoever may edit the article's bank, and only
 * the question's owner takes it out of the sets using it (lib/questions/ownership.ts).
 */
// Each action answers a refusal in the teacher's language (lib/i18n/action-messages.ts: the
// messages below and those of lib/questions are in messages/en.json, teacherBankMessages).
export const setQuestionStatusAction = translated("teacherBankMessages", defineAction({ role: "teacher", input: setQuestionStatusInput }, async ({ questionId, status }, { user }) => {
  const question = await requireEditableQuestion(questionId, user);
  if (!mayChangeStatus(user, question, question.status, status)) throw new ForbiddenError(NOT_YOURS_STATUS);
  // `status` in the where: the check above held for the status it read.
  const updated = await db.question.updateMany({ where: { id: question.id, status: question.status }, data: { status } });
  if (updated.count === 0) throw new ConflictError("That question changed meanwhile. Reload the page and try again.");
  revalidatePath(`/teacher/articles/${question.article.slug}`);
}));

/**
 * Approves, in one go, every draft of an article's bank that the engine is sure of (lib/questions/review.ts
 * readyToApprove). Questions it held back stay drafts for the teacher to read one by one. Reading and
 * approving happen in one transaction, so a question flagged in between is never approved by this.
 */
export const approveAllReadyAction = translated("teacherBankMessages", defineAction({ role: "teacher", input: approveAllReadyInput }, async ({ slug }, { user }) => {
  const article = await requireEditableArticle({ slug }, user);
  const outcome = await db.$transaction(async (tx) => {
    const drafts = await tx.question.findMany({ where: { articleId: article.id, status: "draft" }, select: { id: true, bodyJson: true, version: true, status: true, origin: true } });
    const judged = drafts.map((row) => ({ row, question: loadQuestion(row) }));
    const ready = judged.filter(({ row, question }) => readyToApprove(row, question)).map(({ row }) => row.id);
    const approved = ready.length > 0 ? (await tx.question.updateMany({ where: { id: { in: ready }, status: "draft" }, data: { status: "approved" } })).count : 0;
    return { approved, needsReview: judged.filter(({ row, question }) => needsReview(row, question)).length };
  });
  revalidatePath(`/teacher/articles/${article.slug}`);
  return outcome;
}));

const editInput = questionDraftSchema.extend({ questionId: z.string().min(1).max(64), version: z.number().int().min(1).max(1_000_000) });

/**
 * Saves an edit as a new version. The previous versions stay, so answers already given keep being
 * graded by the version they answered (lib/questions/versions.ts). `version` is the one the teacher
 * edited: if someone saved in between, the edit is refused instead of silently overwriting theirs.
 * A question the teacher doesn't own is never changed: the edit becomes their own copy
 * (lib/questions/ownership.ts), so no one changes the key of a question in another teacher's set.
 */
export const updateQuestionAction = translated("teacherBankMessages", defineAction(
  { role: "teacher", input: editInput, invalid: "That edit couldn't be read. Reload the page and try again." },
  async ({ questionId: id, version, ...draft }, { user }) => {
    let questionId: string;
    let copied = false;
    const row = await requireEditableQuestion(id, user);
    if (row.type !== draft.type) throw new ValidationError("A question's type can't change. Write a new question instead.");
    const current = loadQuestionBody(row);
    const built = buildQuestion(draft, {
      id: current.id,
      difficulty: current.difficulty,
      source: current.source,
      factIds: current.factIds,
      // An evidence question's passage is the article's text: an edit keeps it and only picks in it.
      ...(current.type === "evidence" ? { passage: current.passage } : {}),
    });
    if (!built.ok) throw new InvalidFieldsError(built.fieldErrors);
    // The edited question is the teacher's: the engine's doubts about the old one don't carry over.
    const bodyJson = withoutEngineReview(built.question);
    const slug = row.article.slug;
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
        if (!kept) await tx.questionVersion.create({ data: { questionId: id, version, bodyJson: current } });
        await tx.questionVersion.create({ data: { questionId: id, version: version + 1, bodyJson } });
      });
      questionId = id;
    }
    revalidatePath(`/teacher/articles/${slug}`);
    redirect(`/teacher/articles/${slug}?${copied ? "copied" : "edited"}=${questionId}#question-${questionId}`);
  },
));

const createInput = questionDraftSchema.extend({
  slug: z.string().min(1).max(120),
  sentenceIndex: z.number().int().min(-1).max(100_000),
});

/** A question written by hand, tied to one of the article's sentences (offsets from the engine, never the browser). */
export const createQuestionAction = translated("teacherBankMessages", defineAction(
  { role: "teacher", input: createInput, invalid: "That question couldn't be read. Reload the page and try again." },
  async ({ slug: articleSlug, sentenceIndex, ...draft }, { user }) => {
    const article = await requireEditableArticle({ slug: articleSlug }, user);
    const analysis = analyse(article.rawText, article.published ? { referenceDate: article.published } : {});
    const sentence = analysis.sentences.find((s) => s.index === sentenceIndex);
    if (!sentence) throw new InvalidFieldsError({ sentence: ["Choose the sentence this question is about."] });
    const key = `m-${randomUUID().slice(0, 12)}`;
    // A hand-written evidence question shows the chosen sentence among its neighbours, and that sentence is the evidence.
    const passage = draft.type === "evidence" ? passageAround(analysis.sentences, analysis.sentences.indexOf(sentence)) : undefined;
    if (passage) draft.correct = [passage.findIndex((p) => p.start === sentence.start)];
    const built = buildQuestion(draft, {
      passage,
      id: key,
      difficulty: 0.5,
      source: { sentence: sentence.text, start: sentence.start, end: sentence.end },
      factIds: analysis.facts.filter((f) => f.sentenceIndex === sentence.index).map((f) => f.id).slice(0, 20),
    });
    if (!built.ok) throw new InvalidFieldsError(built.fieldErrors);
    const q = built.question;
    const row = questionRow(article.id, q, "draft");
    const created = await db.question.create({
      data: { ...row, origin: "manual", createdById: user.id, versions: { create: { version: 1, bodyJson: row.bodyJson } } },
    });
    revalidatePath(`/teacher/articles/${article.slug}`);
    redirect(`/teacher/articles/${article.slug}?created=${created.id}#question-${created.id}`);
  },
));
