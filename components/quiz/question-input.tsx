"use client";
import { QUESTION_TYPE_INPUTS } from "@/components/question-types/inputs";
import type { Answer } from "@/components/question-types/types";
import type { PublicQuestion } from "@/lib/question-types";

// Answers are kept in the response shape lib/grading expects, keyed by question type.
export type { Answer };

/** The student's controls for one question: its type's own input (components/question-types). */
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
  const Input = QUESTION_TYPE_INPUTS[question.type];
  return <Input question={question} id={`answer-${question.id}`} labelId={labelId} answer={answer} onAnswer={onAnswer} disabled={disabled} />;
}
