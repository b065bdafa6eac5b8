"use client";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldShell, inputClasses } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { confirmImportAction, previewImportAction } from "@/lib/interchange/actions";
import type { ClientPreview } from "@/lib/interchange/preview-types";
import type { SaidData } from "@/lib/interchange/said";
import { useT } from "@/components/i18n/client-messages";

const MAX_BYTES = 1_000_000;

/** The format a file's name suggests (the teacher can change it). */
function guessFormat(name: string): "gift" | "aiken" | "csv" {
  if (/\.csv$/i.test(name)) return "csv";
  if (/aiken/i.test(name)) return "aiken";
  return "gift";
}

const titleFrom = (name: string, fallback: string) => name.replace(/\.[^.]+$/, "").replace(/[._-]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120) || fallback;

/** Braces are placeholders' syntax in the messages: they come in as values (lib/interchange/said.ts BRACES). */
const BRACES = { lb: "{", rb: "}" };

/** Choose a file, see every question read (and every line that couldn't be), then import it as a set. */
export function ImportForm({ articles }: { articles: { slug: string; title: string }[] }) {
  const t = useT("teacherClient.interchange");
  const types = useT("client.types");
  // A parser's words in the teacher's language: its code with its values (numbers as written).
  const say = (s: Pick<SaidData, "code" | "values" | "times">) => t(`said.${s.code}`, { ...BRACES, ...s.values }) + (s.times ? t("said.timesSuffix", { count: s.times }) : "");
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<"gift" | "aiken" | "csv">("gift");
  const [article, setArticle] = useState("");
  const [title, setTitle] = useState("");
  const [preview, setPreview] = useState<ClientPreview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [titleErrors, setTitleErrors] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  const result = useRef<HTMLDivElement>(null);

  const form = (extra: Record<string, string> = {}) => {
    const data = new FormData();
    data.set("file", file!);
    data.set("format", format);
    data.set("article", article);
    for (const [k, v] of Object.entries(extra)) data.set(k, v);
    return data;
  };

  const onPreview = (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setPreview(null);
    if (!file) return setMessage(t("chooseFile"));
    if (file.size > MAX_BYTES) return setMessage(t("tooBig", { mb: (file.size / 1_000_000).toFixed(1) }));
    start(async () => {
      const r = await previewImportAction(form());
      if (!r.ok) return setMessage(r.message);
      setPreview(r.preview);
      requestAnimationFrame(() => result.current?.focus());
    });
  };

  const onImport = () => {
    setMessage(null);
    setTitleErrors(undefined);
    start(async () => {
      const r = await confirmImportAction(form({ title }));
      // Success redirects to the new set; only a failure comes back.
      if (!r.ok) {
        setMessage(r.message);
        setTitleErrors(r.fieldErrors?.title);
      }
    });
  };

  const ready = preview && preview.errors.length === 0 && preview.questions.length > 0;
  return (
    <div className="space-y-6">
      <Card>
        <form onSubmit={onPreview} className="space-y-4" noValidate>
          <FieldShell id="import-file" label={t("file")} hint={t("fileHint")}>
            {(wiring) => (
              <input
                {...wiring}
                type="file"
                name="file"
                accept=".txt,.gift,.csv,text/plain,text/csv"
                className={inputClasses}
                onChange={(e) => {
                  const f = e.target.files?.[0] ?? null;
                  setFile(f);
                  setPreview(null);
                  if (f) {
                    setFormat(guessFormat(f.name));
                    setTitle(titleFrom(f.name, t("defaultTitle")));
                  }
                }}
              />
            )}
          </FieldShell>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="format" label={t("format")} value={format} onChange={(e) => (setFormat(e.target.value as typeof format), setPreview(null))}>
              <option value="gift">GIFT (Moodle)</option>
              <option value="aiken">Aiken (Moodle)</option>
              <option value="csv">{t("csvLayout")}</option>
            </SelectField>
            <SelectField name="article" label={t("link")} value={article} onChange={(e) => (setArticle(e.target.value), setPreview(null))} hint={t("linkHint")}>
              <option value="">{t("notLinked")}</option>
              {articles.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.title}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" disabled={pending}>
            {pending && !preview ? t("reading") : t("preview")}
          </Button>
        </form>
      </Card>

      {message ? <Alert tone="error">{message}</Alert> : null}

      {preview ? (
        <div ref={result} tabIndex={-1} className="space-y-4 focus:outline-none" aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {t(preview.questions.length === 1 ? "previewOfOne" : "previewOfMany", { file: preview.fileName, n: preview.questions.length })}
            {preview.errors.length ? t(preview.errors.length === 1 ? "problemsOne" : "problemsMany", { n: preview.errors.length }) : ""}
          </h2>
          {preview.errors.length ? (
            <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="import-errors">
              <p className="font-medium">{t("fixThese")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {preview.errors.map((e, i) => (
                  <li key={i} data-testid="import-error">
                    {t("lineError", { line: String(e.line), message: say(e) })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {ready ? (
            <Card className="space-y-4">
              <Field name="title" label={t("setTitle")} value={title} onChange={(e) => setTitle(e.target.value)} errors={titleErrors} required />
              <Button type="button" onClick={onImport} disabled={pending} data-testid="confirm-import">
                {pending ? t("importing") : t(preview.questions.length === 1 ? "importOne" : "importMany", { n: preview.questions.length })}
              </Button>
            </Card>
          ) : null}
          <ol className="space-y-3" data-testid="preview-questions">
            {preview.questions.map((q, i) => (
              <li key={i}>
                <Card className="space-y-2 p-4 sm:p-4" data-testid="preview-question">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-semibold text-muted">{t("line", { line: String(q.line) })}</span>
                    <Badge tone="brand">{types(q.typeKey)}</Badge>
                    {q.category ? <Badge>{q.category}</Badge> : null}
                  </div>
                  <p className="font-medium break-words whitespace-pre-line">{q.prompt}</p>
                  <p className="text-sm break-words">
                    <span className="font-medium">{t("answer")}</span> {q.answer}
                  </p>
                  <p className="text-sm break-words text-muted">
                    <span className="font-medium">{t("source")}</span> {q.source}
                  </p>
                  {q.notes.length ? (
                    <ul className="list-disc pl-5 text-sm text-amber-900">
                      {q.notes.map((n, i) => (
                        <li key={i}>{say(n)}</li>
                      ))}
                    </ul>
                  ) : null}
                </Card>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
