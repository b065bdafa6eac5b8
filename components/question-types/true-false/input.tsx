"use client";
import { TrueFalseInput } from "../shared/choice-inputs";
import type { InputProps } from "../types";

export function TrueFalseQuestionInput({ labelId, answer, onAnswer, disabled }: InputProps) {
  return <TrueFalseInput disabled={disabled} labelId={labelId} value={answer?.value as boolean | undefined} onChange={(value) => onAnswer({ value })} />;
}
