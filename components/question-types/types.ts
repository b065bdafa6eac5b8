// What each question type's component folder provides: the student's input, the teacher's answer
// fields and the reviewer's view of the key. The registry (./index.ts) holds one per type.
import type { ComponentType } from "react";
import type { PublicQuestion, QuestionOf, QuestionType } from "@/lib/question-types";
import type { QuestionDraft } from "@/lib/questions/draft";

/** Answers are kept in the response shape lib/grading expects for the question's type. */
export type Answer = Record<string, unknown>;

export type InputProps = {
  question: PublicQuestion;
  /** For the type's own input element (text inputs). */
  id: string;
  /** The element naming the question (its prompt). */
  labelId: string;
  answer: Answer | undefined;
  onAnswer: (answer: Answer, opts?: { debounce?: boolean }) => void;
  /** Locked, e.g. once immediate feedback was shown. */
  disabled?: boolean;
};

export type EditorProps = {
  draft: QuestionDraft;
  patch: (p: Partial<QuestionDraft>) => void;
  errors: Record<string, string[] | undefined>;
};

export interface QuestionTypeComponents<T extends QuestionType> {
  /** The student's controls. */
  Input: ComponentType<InputProps>;
  /** The teacher's answer fields in the question editor. */
  Editor: ComponentType<EditorProps>;
  /** The answer key as a reviewer reads it (the bank): options, pairs, the answer and its tolerance. Text only. */
  Review: ComponentType<{ question: QuestionOf<T> }>;
  /** The editor's label for the prompt, and its hint: keys of teacherClient.editor.promptLabels
   *  and .promptHints (messages/*.json), so the editor says them in the page's language. */
  promptLabel: "prompt" | "statement" | "claim";
  promptHint?: "trueFalse" | "fillBlank" | "evidence";
  /** The wording carried over when a teacher switches a new question to this type. */
  adaptPrompt?: (prompt: string) => string;
}
