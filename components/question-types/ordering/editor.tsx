"use client";
import { ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

export function OrderingEditor({ draft, patch, errors }: EditorProps) {
  const t = useT("teacherClient.editor");
  return (
    <ListEditor
      id="q-options"
      legend={t("orderLegend")}
      hint={t("orderHint")}
      itemLabel={(i) => t("item", { n: i + 1 })}
      addLabel={t("addItem")}
      items={draft.options}
      min={3}
      max={8}
      movable
      onChange={(options) => patch({ options })}
      errors={errors.options}
    />
  );
}
