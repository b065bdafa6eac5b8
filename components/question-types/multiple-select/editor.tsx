"use client";
import { ChoiceOptionsEditor } from "../shared/choice-options-editor";
import type { EditorProps } from "../types";

export function MultipleSelectEditor(props: EditorProps) {
  return <ChoiceOptionsEditor {...props} single={false} />;
}
