"use client";
import { NumericInput } from "../shared/text-inputs";
import type { InputProps } from "../types";

export function NumericQuestionInput({ question, id, labelId, answer, onAnswer, disabled }: InputProps) {
  return <NumericInput disabled={disabled} id={id} labelId={labelId} unit={question.unit} value={(answer?.value as string | undefined) ?? ""} onChange={(value) => onAnswer({ value }, { debounce: true })} />;
}
