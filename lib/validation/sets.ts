import { z } from "zod";

const id = z.string().min(1).max(64);

export const setDetailsSchema = z.object({
  title: z.string().trim().min(3, "Give the set a title of at least 3 characters.").max(120, "Keep the title under 120 characters."),
  description: z.string().trim().max(1000, "Keep the description under 1,000 characters.").default(""),
});

export const setItemInput = z.object({ setId: id, questionId: id });
export const moveItemInput = z.object({ setId: id, questionId: id, direction: z.enum(["up", "down"]) });
export const setIdInput = z.object({ setId: id });

/** Most questions one "Add to set" may carry: more than any article's bank. */
export const MAX_BULK_QUESTIONS = 200;

/**
 * Several questions into a set at once: an existing set of the teacher's (`setId`) or a new one
 * (`newSetTitle`, e.g. the article's title). Exactly one of the two.
 */
export const addQuestionsInput = z
  .object({
    questionIds: z
      .array(id)
      .min(1, "Select at least one question.")
      .max(MAX_BULK_QUESTIONS, `Add at most ${MAX_BULK_QUESTIONS} questions at once.`),
    setId: id.optional(),
    newSetTitle: setDetailsSchema.shape.title.optional(),
  })
  .refine((v) => (v.setId === undefined) !== (v.newSetTitle === undefined), { message: "Choose a set, or a new one.", path: ["setId"] });
