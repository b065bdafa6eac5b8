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

const MAX_BYTES = 1_000_000;

/** The format a file's name suggests (the teacher can change it). */
function guessFormat(name: string): "gift" | "aiken" | "csv" {
  if (/\.csv$/i.test(name)) return "csv";
  if (/aiken/i.test(name)) return "aiken";
  return "gift";
}

const titleFrom = (name: string) => name.replace(/\.[^.]+$/, "").replace(/[._-]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120) || "Imported questions";

/** Choose a file, see every question read (and every line that couldn't be), then import it as a set. */
export function ImportForm({ articles }: { articles: { slug: string; title: string }[] }) {
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
    if (!file) return setMessage("Choose a file to import.");
    if (file.size > MAX_BYTES) return setMessage(`That file is ${(file.size / 1_000_000).toFixed(1)} MB; the limit is 1 MB. Split it into smaller files.`);
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
          <FieldShell id="import-file" label="File (GIFT, Aiken or CSV, at most 1 MB)" hint="Nothing is stored until you confirm the import after the preview.">
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
                    setTitle(titleFrom(f.name));
                  }
                }}
              />
            )}
          </FieldShell>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="format" label="Format" value={format} onChange={(e) => (setFormat(e.target.value as typeof format), setPreview(null))}>
              <option value="gift">GIFT (Moodle)</option>
              <option value="aiken">Aiken (Moodle)</option>
              <option value="csv">CSV (Factdeck layout)</option>
            </SelectField>
            <SelectField name="article" label="Link to an article" value={article} onChange={(e) => (setArticle(e.target.value), setPreview(null))} hint="Optional: linked questions point to their source sentence in it.">
              <option value="">Not linked to an article</option>
              {articles.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.title}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" disabled={pending}>
            {pending && !preview ? "Reading…" : "Preview"}
          </Button>
        </form>
      </Card>

      {message ? <Alert tone="error">{message}</Alert> : null}

      {preview ? (
        <div ref={result} tabIndex={-1} className="space-y-4 focus:outline-none" aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview of {preview.fileName}: {preview.questions.length} {preview.questions.length === 1 ? "question" : "questions"} read
            {preview.errors.length ? `, ${preview.errors.length} ${preview.errors.length === 1 ? "problem" : "problems"}` : ""}
          </h2>
          {preview.errors.length ? (
            <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="import-errors">
              <p className="font-medium">Nothing will be imported until every line can be read. Fix these in the file and preview it again:</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {preview.errors.map((e, i) => (
                  <li key={i} data-testid="import-error">
                    line {e.line}: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {ready ? (
            <Card className="space-y-4">
              <Field name="title" label="Title of the new set" value={title} onChange={(e) => setTitle(e.target.value)} errors={titleErrors} required />
              <Button type="button" onClick={onImport} disabled={pending} data-testid="confirm-import">
                {pending ? "Importing…" : `Import ${preview.questions.length} ${preview.questions.length === 1 ? "question" : "questions"} as a new set`}
              </Button>
            </Card>
          ) : null}
          <ol className="space-y-3" data-testid="preview-questions">
            {preview.questions.map((q, i) => (
              <li key={i}>
                <Card className="space-y-2 p-4 sm:p-4" data-testid="preview-question">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="font-semibold text-muted">line {q.line}</span>
                    <Badge tone="brand">{q.type}</Badge>
                    {q.category ? <Badge>{q.category}</Badge> : null}
                  </div>
                  <p className="font-medium break-words whitespace-pre-line">{q.prompt}</p>
                  <p className="text-sm break-words">
                    <span className="font-medium">Answer:</span> {q.answer}
                  </p>
                  <p className="text-sm break-words text-muted">
                    <span className="font-medium">Source:</span> {q.source}
                  </p>
                  {q.notes.length ? (
                    <ul className="list-disc pl-5 text-sm text-amber-900">
                      {q.notes.map((n) => (
                        <li key={n}>{n}</li>
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
