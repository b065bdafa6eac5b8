"use client";
import { useActionState, useState } from "react";
import { createArticleAction } from "@/lib/articles/actions";
import { initialFormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { articleFileProblemKey, byteLength, MAX_ARTICLE_BYTES } from "@/lib/validation/article-limits";
import { useT } from "@/components/i18n/client-messages";

type Retry = { from: string; title: string; source: string; published: string; text: string };

/** `retry`: a failed paste's input, to edit and send again (it replaces the failed one). */
export function NewArticleForm({ retry }: { retry?: Retry }) {
  const t = useT("teacherClient.articleNew");
  const [state, action] = useActionState(createArticleAction, retry ? { ...initialFormState, values: retry } : initialFormState);
  const [text, setText] = useState(state.values?.text ?? "");
  const [fileNote, setFileNote] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  // Re-sync the text box with what the server echoed back after a failed submit.
  const [echoed, setEchoed] = useState(state.values?.text);
  if (state.values?.text !== echoed) {
    setEchoed(state.values?.text);
    setText(state.values?.text ?? "");
  }
  // Checked here before sending: a paste of megabytes would otherwise meet the server's limit on
  // a request's size before the friendly message (the server checks again, for a browser without JS).
  const [tooLong, setTooLong] = useState(false);
  const errors = tooLong ? { ...state.fieldErrors, text: [t("tooLong")] } : (state.fieldErrors ?? {});
  const textErrorId = errors.text?.length ? "field-text-error" : undefined;
  const fileErrors = [...(errors.file ?? []), ...(fileNote?.tone === "error" ? [fileNote.text] : [])];

  async function readFile(file: File | undefined) {
    if (!file) return setFileNote(null);
    const problem = articleFileProblemKey(file);
    if (problem) return setFileNote({ tone: "error", text: t(problem) });
    setText(await file.text());
    setFileNote({ tone: "ok", text: t("fileRead", { name: file.name }) });
  }

  return (
    <form
      action={action}
      className="space-y-5"
      noValidate
      onSubmit={(e) => {
        const over = byteLength(text) > MAX_ARTICLE_BYTES;
        setTooLong(over);
        if (over) {
          e.preventDefault();
          document.getElementById("field-text")?.focus();
        }
      }}
    >
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {retry ? <input type="hidden" name="from" value={retry.from} /> : null}
      <Field name="title" label={t("title")} required defaultValue={state.values?.title} errors={errors.title} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="source" label={t("source")} hint={t("sourceHint")} defaultValue={state.values?.source} errors={errors.source} />
        <Field
          name="published"
          label={t("published")}
          placeholder={t("publishedPlaceholder")}
          inputMode="numeric"
          hint={t("publishedHint")}
          defaultValue={state.values?.published}
          errors={errors.published}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="field-file" className="block text-sm font-medium text-ink">
          {t("file")}
        </label>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          aria-describedby={["field-file-hint", fileErrors.length ? "field-file-error" : ""].filter(Boolean).join(" ")}
          aria-invalid={fileErrors.length ? true : undefined}
          onChange={(e) => void readFile(e.target.files?.[0])}
          className="block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-line file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        <p id="field-file-hint" className="text-sm text-muted">
          {t("fileHint")}
        </p>
        {fileErrors.length ? (
          <p id="field-file-error" className="text-sm font-medium text-red-700">
            {fileErrors.join(" ")}
          </p>
        ) : fileNote ? (
          <p role="status" className="text-sm text-emerald-800">
            {fileNote.text}
          </p>
        ) : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="field-text" className="block text-sm font-medium text-ink">
          {t("text")}
        </label>
        <textarea
          id="field-text"
          name="text"
          rows={14}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (tooLong) setTooLong(false);
          }}
          aria-describedby={["field-text-hint", textErrorId].filter(Boolean).join(" ")}
          aria-invalid={textErrorId ? true : undefined}
          className={`${inputClasses} font-mono text-sm`}
        />
        <p id="field-text-hint" className="text-sm text-muted">
          {t("textHint")}
        </p>
        {textErrorId ? (
          <p id={textErrorId} className="text-sm font-medium text-red-700">
            {errors.text?.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel={t("sending")}>{t("generate")}</SubmitButton>
    </form>
  );
}
