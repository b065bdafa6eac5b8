import { z } from "zod";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id");

export const saveResponseInput = z.object({
  attemptId: id,
  questionId: id,
  // Shape depends on the question type; lib/grading's parseResponse checks it against the question.
  response: z.unknown(),
});

export const attemptIdInput = z.object({ attemptId: id });
export const articleSlugInput = z.object({ slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/, "Invalid article") });
