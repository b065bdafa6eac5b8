"use client";
import { FieldError } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

/** Which sentence of the passage is the evidence. The passage is the article's own text: it is not edited here. */
export function EvidenceEditor({ draft, patch, errors }: EditorProps) {
  const t = useT("teacherClient.editor");
  if (draft.passage.length === 0) {
    return <p className="text-sm text-muted">{t("evidenceNew")}</p>;
  }
  return (
    <fieldset className="space-y-2" aria-describedby={errors.correct ? "q-evidence-error" : undefined}>
      <legend className="text-sm font-medium">{t("evidenceLegend")}</legend>
      <ol className="space-y-2">
        {draft.passage.map((sentence, i) => (
          <li key={i}>
            <label className="flex items-start gap-2 rounded-lg border border-line p-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
              <input type="radio" name="q-evidence" checked={draft.correct[0] === i} onChange={() => patch({ correct: [i] })} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
              <span>
                <span className="sr-only">{t("sentenceN", { n: i + 1 })}</span>
                {sentence}
              </span>
            </label>
          </li>
        ))}
      </ol>
      <FieldError id="q-evidence-error" errors={errors.correct} />
    </fieldset>
  );
}
