"use client";
import { SingleChoiceInput } from "../shared/choice-inputs";
import type { InputProps } from "../types";

export function SingleChoiceQuestionInput({ question, labelId, answer, onAnswer, disabled }: InputProps) {
  return <SingleChoiceInput disabled={disabled} labelId={labelId} options={question.options ?? []} value={answer?.choice as number | undefined} onChange={(choice) => onAnswer({ choice })} />;
}
