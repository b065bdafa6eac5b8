"use server";
import "server-only";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fieldErrorsOf, formValues, isForm, NO_FORM, type FormState } from "@/lib/forms";
import { userMessage } from "@/lib/errors";
import { GenerationFailed, generateOffThread } from "@/lib/articles/generation-worker";
import type { GenerationResult } from "@/lib/generation/types";
import { storeArticle } from "@/lib/seed/articles";
import { articleFileProblem, MAX_ARTICLE_BYTES, newArticleSchema, slugify } from "@/lib/validation/articles";

const NOTHING_FOUND =
  "Factdeck found nothing to ask about in this text: no figures, dates, names, lists or quotes it could turn into questions. " +
  "Check that you pasted the article itself (not a menu or a page of links), in English, with its paragraphs.";

async function uniqueSlug(title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set((await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A teacher's new article: validate, run the engine, and store only if it found something to ask.
 * Questions start as drafts for the teacher to review; the article is theirs (lib/questions/access.ts).
 */
export async function createArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NO_FORM;
  const values = formValues(formData, ["title", "source", "published"]);
  let user;
  try {
    user = await requireRole("teacher");
  } catch (error) {
    return { ok: false, formError: userMessage(error), values };
  }

  let text = formData.get("text");
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    const problem = articleFileProblem(file);
    if (problem) return { ok: false, fieldErrors: { file: [problem] }, values: { ...values, text: typeof text === "string" ? text.slice(0, MAX_ARTICLE_BYTES) : "" } };
    // The page reads the file into the text box already; this covers a browser without JavaScript.
    if (typeof text !== "string" || text.trim() === "") text = await file.text();
  }
  const withText = { ...values, text: typeof text === "string" ? text.slice(0, MAX_ARTICLE_BYTES + 1) : "" };
  const parsed = newArticleSchema.safeParse({
    title: formData.get("title") ?? "",
    source: formData.get("source") ?? "",
    published: formData.get("published") ?? "",
    text: typeof text === "string" ? text : "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: withText };
  const input = parsed.data;

  let result: GenerationResult;
  try {
    // In a worker thread: the server keeps answering everyone else while this article is read.
    result = await generateOffThread(input.text, input.published ? { referenceDate: input.published } : {});
  } catch (error) {
    console.error(error);
    if (error instanceof GenerationFailed && error.reason === "timeout") {
      return { ok: false, formError: "This text took too long to read. Paste a single article, or split a very long one into parts.", values: withText };
    }
    return { ok: false, formError: "Factdeck couldn't read this text. Check that it is plain text and try again.", values: withText };
  }
  if (result.facts.length === 0 || result.questions.length === 0) return { ok: false, formError: NOTHING_FOUND, values: withText };

  let slug = await uniqueSlug(input.title);
  const article = { rawText: input.text, createdById: user.id, title: input.title, source: input.source, published: input.published, result, createOnly: true };
  try {
    await storeArticle({ slug, ...article }, "draft");
  } catch (error) {
    // Another article took the slug between the check and the insert: take a random suffix instead.
    if ((error as { code?: string }).code !== "P2002") throw error;
    slug = `${slug}-${crypto.randomUUID().slice(0, 6)}`;
    await storeArticle({ slug, ...article }, "draft");
  }
  redirect(`/teacher/articles/${slug}`);
}
