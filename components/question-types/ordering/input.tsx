"use client";
import type { InputProps } from "../types";
import { OrderingInput } from "./ordering-input";

export function OrderingQuestionInput({ question, labelId, answer, onAnswer, disabled }: InputProps) {
  return <OrderingInput disabled={disabled} labelId={labelId} options={question.options ?? []} value={answer?.order as number[] | undefined} onChange={(order) => onAnswer({ order })} />;
}
