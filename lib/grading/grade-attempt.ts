// Grades a whole attempt. A missing or malformed response scores 0 for its question and
// never stops the others from being graded: a submit must always produce a grade.
import type { Question } from "@/lib/question-types";
import { grade, invalid } from "./grade";
import type { AttemptGrade, QuestionOutcome } from "./types";

export const NO_RESPONSE_MESSAGE = "No answer was given.";

export function gradeAttempt(questions: readonly Question[], responses: Record<string, unknown>): AttemptGrade {
  const list: readonly unknown[] = Array.isArray(questions) ? questions : [];
  const given = typeof responses === "object" && responses !== null ? responses : {};
  const results: QuestionOutcome[] = list.map((q) => outcomeFor(q, given));
  const rawScore = results.reduce((sum, r) => sum + r.result.score, 0);
  // Partial credits like 1/3 + 2/3 leave float noise; scores are shown to 4 places at most.
  const score = Math.round(rawScore * 1e6) / 1e6;
  const maxScore = results.length;
  const percent = maxScore === 0 ? 0 : Math.round((score / maxScore) * 1000) / 10;
  return { results, score, maxScore, percent };
}

function outcomeFor(question: unknown, responses: object): QuestionOutcome {
  let questionId = "";
  try {
    const id = (question as { id?: unknown } | null)?.id;
    questionId = typeof id === "string" ? id : "";
    // Own properties only: a question id like "constructor" must not find Object.prototype's.
    if (!questionId || !Object.hasOwn(responses, questionId)) {
      return { questionId, answered: false, result: invalid(NO_RESPONSE_MESSAGE) };
    }
    const raw = (responses as Record<string, unknown>)[questionId];
    if (raw === undefined || raw === null) {
      return { questionId, answered: false, result: invalid(NO_RESPONSE_MESSAGE) };
    }
    return { questionId, answered: true, result: grade(question as Question, raw) };
  } catch {
    return { questionId, answered: false, result: invalid(NO_RESPONSE_MESSAGE) };
  }
}
