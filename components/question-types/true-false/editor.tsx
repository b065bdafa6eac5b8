"use client";
import { FieldError } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";

export function TrueFalseEditor({ draft, patch, errors }: EditorProps) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors.truth ? "q-truth-error" : undefined}>
      <legend className="text-sm font-medium">The statement is…</legend>
      <div className="flex gap-4">
        {[true, false].map((v) => (
          <label key={String(v)} className="flex items-center gap-2 text-sm">
            <input type="radio" name="q-truth" checked={draft.truth === v} onChange={() => patch({ truth: v })} className="h-4 w-4 accent-brand-600" />
            {v ? "True" : "False"}
          </label>
        ))}
      </div>
      <FieldError id="q-truth-error" errors={errors.truth} />
    </fieldset>
  );
}
