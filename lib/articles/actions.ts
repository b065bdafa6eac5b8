"use server";
import "server-only";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { fieldErrorsOf, formValues, isForm, NO_FORM, type FormState } from "@/lib/forms";
import { NotFoundError, userMessage, ValidationError } from "@/lib/errors";
import { discardJob, enqueueGeneration } from "@/lib/articles/jobs";
import { articleFileProblem, MAX_ARTICLE_BYTES, newArticleSchema } from "@/lib/validation/articles";

/**
 * A teacher's new article: validate, then queue it for the engine (lib/articles/jobs.ts), which stores
 * it only if it found something to ask. Questions start as drafts for the teacher to review; the
 * article is theirs (lib/questions/access.ts).
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

  let jobId: string;
  try {
    // Read off the request path: the job's page shows its progress and then the bank.
    jobId = await enqueueGeneration(input, user);
  } catch (error) {
    return { ok: false, formError: userMessage(error), values: withText };
  }
  // Tried again from a failed job: the new one replaces it.
  const from = formData.get("from");
  if (typeof from === "string" && from) await discardJob(from, user);
  redirect(`/teacher/articles/new/${jobId}`);
}

/** Removes a failed (or still waiting) paste of the teacher's. */
export async function discardJobAction(formData: FormData): Promise<{ ok: false; message: string }> {
  try {
    if (!isForm(formData)) throw new ValidationError(NO_FORM.formError!);
    const user = await requireRole("teacher");
    const id = formData.get("id");
    if (typeof id !== "string" || !(await discardJob(id, user))) throw new NotFoundError("That paste is no longer there: it was read or discarded already.");
  } catch (error) {
    return { ok: false, message: userMessage(error) };
  }
  redirect("/teacher");
}
