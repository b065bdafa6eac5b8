"use client";
import { ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

/** Options with the correct one(s) marked: single choice (a radio) or multiple select (checkboxes). */
export function ChoiceOptionsEditor({ draft, patch, errors, single }: EditorProps & { single: boolean }) {
  const t = useT("teacherClient.editor");
  const toggle = (i: number) => patch({ correct: single ? [i] : draft.correct.includes(i) ? draft.correct.filter((c) => c !== i) : [...draft.correct, i] });
  // Removing an option shifts the ones after it: keep "correct" pointing at the same options.
  const onRemove = (i: number) => patch({ correct: draft.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)) });
  return (
    <ListEditor
      id="q-options"
      legend={t("options")}
      hint={single ? t("optionsHintSingle") : t("optionsHintMultiple")}
      itemLabel={(i) => t("option", { n: i + 1 })}
      addLabel={t("addOption")}
      items={draft.options}
      min={single ? 2 : 3}
      max={single ? 8 : 10}
      onChange={(options) => patch({ options })}
      onRemove={onRemove}
      errors={[...(errors.options ?? []), ...(errors.correct ?? [])]}
      marker={(i) => (
        <label className="flex items-center gap-1 text-sm">
          <input type={single ? "radio" : "checkbox"} name="q-correct" checked={draft.correct.includes(i)} onChange={() => toggle(i)} className="h-4 w-4 accent-brand-600" />
          <span className="sr-only">{t("correctLabel", { n: i + 1 })}</span>
        </label>
      )}
    />
  );
}
