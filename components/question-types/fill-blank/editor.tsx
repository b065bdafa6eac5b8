"use client";
import { ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

export function FillBlankEditor({ draft, patch, errors }: EditorProps) {
  const t = useT("teacherClient.editor");
  return (
    <ListEditor
      id="q-accepted"
      legend={t("acceptedLegend")}
      hint={t("acceptedHint")}
      itemLabel={(i) => t("accepted", { n: i + 1 })}
      addLabel={t("addAccepted")}
      items={draft.accepted}
      min={1}
      max={10}
      onChange={(accepted) => patch({ accepted })}
      errors={errors.accepted}
    />
  );
}
