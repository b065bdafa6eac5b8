"use client";
import type { PublicQuestion } from "@/lib/generation/question-schema";
import { MultipleSelectInput, SingleChoiceInput, TrueFalseInput } from "./choice-inputs";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { FillBlankInput, NumericInput } from "./text-inputs";

// Answers are kept in the response shape lib/grading expects, keyed by question type.
export type Answer = Record<string, unknown>;

export function QuestionInput({
  question,
  labelId,
  answer,
  onAnswer,
  disabled,
}: {
  question: PublicQuestion;
  labelId: string;
  answer: Answer | undefined;
  onAnswer: (answer: Answer, opts?: { debounce?: boolean }) => void;
  /** Locked, e.g. once immediate feedback was shown. */
  disabled?: boolean;
}) {
  const id = `answer-${question.id}`;
  const options = question.options ?? [];
  switch (question.type) {
    case "single_choice":
      return <SingleChoiceInput disabled={disabled} labelId={labelId} options={options} value={answer?.choice as number | undefined} onChange={(choice) => onAnswer({ choice })} />;
    case "true_false":
      return <TrueFalseInput disabled={disabled} labelId={labelId} value={answer?.value as boolean | undefined} onChange={(value) => onAnswer({ value })} />;
    case "multiple_select":
      return <MultipleSelectInput disabled={disabled} labelId={labelId} options={options} value={(answer?.choices as number[] | undefined) ?? []} onChange={(choices) => onAnswer({ choices })} />;
    case "numeric":
      return <NumericInput disabled={disabled} id={id} labelId={labelId} unit={question.unit} value={(answer?.value as string | undefined) ?? ""} onChange={(value) => onAnswer({ value }, { debounce: true })} />;
    case "fill_blank":
      return <FillBlankInput disabled={disabled} id={id} labelId={labelId} value={(answer?.text as string | undefined) ?? ""} onChange={(text) => onAnswer({ text }, { debounce: true })} />;
    case "ordering":
      return <OrderingInput disabled={disabled} labelId={labelId} options={options} value={answer?.order as number[] | undefined} onChange={(order) => onAnswer({ order })} />;
    case "matching":
      return (
        <MatchingInput
          disabled={disabled}
          id={id}
          labelId={labelId}
          prompts={question.prompts ?? []}
          options={options}
          value={answer?.pairs as (number | null)[] | undefined}
          onChange={(pairs) => onAnswer({ pairs })}
        />
      );
  }
}
