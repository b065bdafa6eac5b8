import "server-only";
import { loadQuestion } from "@/lib/data/loaders";
import { toPublicQuestion, type PublicQuestion } from "@/lib/question-types";

// The question's loader lives with every other stored-JSON loader (lib/data/loaders.ts).
export { loadQuestion };

export function loadPublicQuestion(row: { id: string; bodyJson: unknown }): PublicQuestion {
  return toPublicQuestion(loadQuestion(row));
}
