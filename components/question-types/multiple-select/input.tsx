"use client";
import { MultipleSelectInput } from "../shared/choice-inputs";
import type { InputProps } from "../types";

export function MultipleSelectQuestionInput({ question, labelId, answer, onAnswer, disabled }: InputProps) {
  return <MultipleSelectInput disabled={disabled} labelId={labelId} options={question.options ?? []} value={(answer?.choices as number[] | undefined) ?? []} onChange={(choices) => onAnswer({ choices })} />;
}
