import "server-only";
import { questionSchema, toPublicQuestion, type PublicQuestion, type Question } from "@/lib/question-types";

type StoredQuestion = { id: string; bodyJson: string; version: number };

/** The full question with its answer key. Server-only: never pass the result to a client component. */
export function loadQuestion(row: StoredQuestion): Question {
  // The stored body keeps the engine's id; the database id is the one the app uses.
  return { ...questionSchema.parse(JSON.parse(row.bodyJson)), id: row.id };
}

export function loadPublicQuestion(row: StoredQuestion): PublicQuestion {
  return toPublicQuestion(loadQuestion(row));
}
