"use client";
import { useAnswerWords } from "@/components/quiz/verdict";

/** An answer as formatted on the server (lib/attempts/format-answer.ts), its own words ("True", "No answer") translated. */
export function AnswerText({ text }: { text: string }) {
  return useAnswerWords()(text);
}
