"use client";
import { ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";

export function FillBlankEditor({ draft, patch, errors }: EditorProps) {
  return (
    <ListEditor
      id="q-accepted"
      legend="Accepted answers"
      hint="Any of these counts as right (case and extra spaces are ignored)."
      itemLabel={(i) => `Accepted answer ${i + 1}`}
      addLabel="Add an accepted answer"
      items={draft.accepted}
      min={1}
      max={10}
      onChange={(accepted) => patch({ accepted })}
      errors={errors.accepted}
    />
  );
}
