import { z } from "zod";

export const QUESTION_STATUSES = ["draft", "approved", "retired"] as const;

export const setQuestionStatusInput = z.object({
  questionId: z.string().min(1).max(64),
  status: z.enum(QUESTION_STATUSES, { message: "Choose draft, approved or retired." }),
});
