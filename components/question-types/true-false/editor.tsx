"use client";
import { FieldError } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

export function TrueFalseEditor({ draft, patch, errors }: EditorProps) {
  const t = useT("teacherClient.editor");
  return (
    <fieldset className="space-y-2" aria-describedby={errors.truth ? "q-truth-error" : undefined}>
      <legend className="text-sm font-medium">{t("truthLegend")}</legend>
      <div className="flex gap-4">
        {[true, false].map((v) => (
          <label key={String(v)} className="flex items-center gap-2 text-sm">
            <input type="radio" name="q-truth" checked={draft.truth === v} onChange={() => patch({ truth: v })} className="h-4 w-4 accent-brand-600" />
            {v ? t("true") : t("false")}
          </label>
        ))}
      </div>
      <FieldError id="q-truth-error" errors={errors.truth} />
    </fieldset>
  );
}
