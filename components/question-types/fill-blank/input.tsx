"use client";
import { FillBlankInput } from "../shared/text-inputs";
import type { InputProps } from "../types";

export function FillBlankQuestionInput({ id, labelId, answer, onAnswer, disabled }: InputProps) {
  return <FillBlankInput disabled={disabled} id={id} labelId={labelId} value={(answer?.text as string | undefined) ?? ""} onChange={(text) => onAnswer({ text }, { debounce: true })} />;
}
