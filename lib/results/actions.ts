"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { translated } from "@/lib/i18n/action-messages";
import { overrideAnswerInput } from "@/lib/validation/results";
import { overrideAnswer } from "./override";

/**
 * A teacher changes the mark of one answer in a handed-in attempt at their own class's
 * assignment, with a reason the student reads. Anyone else's answer is "not found".
 */
export const overrideAnswerAction = translated("teacherKnownMessages", defineAction({ role: "teacher", input: overrideAnswerInput }, async (input, { user }) => {
  const outcome = await overrideAnswer(user, input);
  revalidatePath("/teacher/assignments/[id]/results", "layout");
  revalidatePath(`/attempts/${outcome.attemptId}/result`);
  return { attemptScore: outcome.attemptScore, newScore: outcome.newScore };
}));
