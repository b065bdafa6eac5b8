import { moduleOf, NO_ANSWER, type Question } from "@/lib/question-types";

/** A student's stored answer as a person would read it; "No answer" for anything missing or odd. */
export function formatAnswer(question: Question, raw: unknown): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  return moduleOf(question.type).formatAnswer(question, r) ?? NO_ANSWER;
}
