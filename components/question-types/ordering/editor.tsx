"use client";
import { ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";

export function OrderingEditor({ draft, patch, errors }: EditorProps) {
  return (
    <ListEditor
      id="q-options"
      legend="Items, in the correct order"
      hint="Students see them shuffled and put them back in this order."
      itemLabel={(i) => `Item ${i + 1}`}
      addLabel="Add an item"
      items={draft.options}
      min={3}
      max={8}
      movable
      onChange={(options) => patch({ options })}
      errors={errors.options}
    />
  );
}
