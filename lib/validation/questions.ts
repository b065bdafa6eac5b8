import { z } from "zod";

export const QUESTION_STATUSES = ["draft", "approved", "retired"] as const;

export const setQuestionStatusInput = z.object({
  questionId: z.string().min(1).max(64),
  status: z.enum(QUESTION_STATUSES, { message: "Choose draft, approved or retired." }),
});

/** "Approve all ready" on one article's bank. */
export const approveAllReadyInput = z.object({
  slug: z.string({ message: "Choose an article." }).min(1, "Choose an article.").max(120),
});
