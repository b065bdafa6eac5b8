"use server";
import "server-only";
import { redirect } from "next/navigation";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { discardJob, enqueueGeneration } from "@/lib/articles/jobs";
import { NotFoundError } from "@/lib/errors";
import { fieldErrorsOf, formValues } from "@/lib/forms";
import { articleFileProblem, byteLength, jobIdInput, MAX_ARTICLE_BYTES, newArticleSchema } from "@/lib/validation/articles";
import { translated } from "@/lib/i18n/action-messages";
import { actionTranslator } from "@/lib/i18n/server-messages";
import { notEnglish } from "./language";

const pastedText = (text: FormDataEntryValue | null, max: number) => (typeof text === "string" ? text.slice(0, max) : "");

/** What a refused paste keeps in the form: the details and the text (up to one byte over the limit, so the limit's message shows). */
const articleValues = (formData: FormData) => ({ ...formValues(formData, ["title", "source", "published"]), text: pastedText(formData.get("text"), MAX_ARTICLE_BYTES + 1) });

/**
 * A teacher's new article: validate, then queue it for the engine (lib/articles/jobs.ts), which stores
 * it only if it found something to ask. Questions start as drafts for the teacher to review; the
 * article is theirs (lib/questions/access.ts). The text comes from the text box or an uploaded file,
 * so the article's schema is applied here, once the text is known.
 */
// Refusals in the teacher's language: the schema's and lib/articles' English messages are in
// messages/en.json (teacherArticleMessages), read back by lib/i18n/action-messages.ts.
export const createArticleAction = translated("teacherArticleMessages", defineFormAction({ role: "teacher", values: articleValues }, async (_input, { user, formData }) => {
  const values = formValues(formData, ["title", "source", "published"]);
  let text = formData.get("text");
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    const problem = articleFileProblem(file);
    if (problem) return { ok: false, fieldErrors: { file: [problem] }, values: { ...values, text: pastedText(text, MAX_ARTICLE_BYTES) } };
    // The page reads the file into the text box already; this covers a browser without JavaScript.
    if (typeof text !== "string" || text.trim() === "") text = await file.text();
  }
  const parsed = newArticleSchema.safeParse({
    title: formData.get("title") ?? "",
    source: formData.get("source") ?? "",
    published: formData.get("published") ?? "",
    text: typeof text === "string" ? text : "",
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // Not English (lib/articles/language.ts): the schema's English message, in the teacher's language.
    const foreign = typeof text === "string" && byteLength(text) <= MAX_ARTICLE_BYTES ? notEnglish(text) : null;
    if (foreign) {
      const t = await actionTranslator("paste");
      fieldErrors.text = [foreign.reason === "script" ? t("notEnglishScript", { script: t(`scripts.${foreign.script}`) }) : t("notEnglishWords")];
    }
    return { ok: false, fieldErrors, values: { ...values, text: pastedText(text, MAX_ARTICLE_BYTES + 1) } };
  }

  // Read off the request path: the job's page shows its progress and then the bank.
  const jobId = await enqueueGeneration(parsed.data, user);
  // Tried again from a failed job: the new one replaces it.
  const from = formData.get("from");
  if (typeof from === "string" && from) await discardJob(from, user);
  redirect(`/teacher/articles/new/${jobId}`);
}));

/** Removes a failed (or still waiting) paste of the teacher's. */
export const discardJobAction = translated("teacherArticleMessages", defineAction({ role: "teacher", input: jobIdInput }, async ({ id }, { user }) => {
  if (!(await discardJob(id, user))) throw new NotFoundError("That paste is no longer there: it was read or discarded already.");
  redirect("/teacher");
}));
