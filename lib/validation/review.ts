import { z } from "zod";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id");

export const reviewAnswerInput = z.object({
  questionId: id,
  // Shape depends on the question type; lib/grading's parseResponse checks it against the question.
  response: z.unknown(),
});

export const leaderboardSettingsInput = z.object({
  hideFromGlobal: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
