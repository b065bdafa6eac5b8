"use client";
import type { InputProps } from "../types";
import { MatchingInput } from "./matching-input";

export function MatchingQuestionInput({ question, id, labelId, answer, onAnswer, disabled }: InputProps) {
  return (
    <MatchingInput
      disabled={disabled}
      id={id}
      labelId={labelId}
      prompts={question.prompts ?? []}
      options={question.options ?? []}
      value={answer?.pairs as (number | null)[] | undefined}
      onChange={(pairs) => onAnswer({ pairs })}
    />
  );
}
