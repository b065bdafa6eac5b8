"use client";
import { ChoiceOptionsEditor } from "../shared/choice-options-editor";
import type { EditorProps } from "../types";

export function SingleChoiceEditor(props: EditorProps) {
  return <ChoiceOptionsEditor {...props} single />;
}
