import { z } from "zod";

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id");

/** The demo quiz never has more questions than this; a longer list is someone probing. */
export const DEMO_MAX_QUESTIONS = 20;

export const gradeDemoInput = z.object({
  questionIds: z
    .array(id)
    .min(1)
    .max(DEMO_MAX_QUESTIONS)
    .refine((ids) => new Set(ids).size === ids.length, "Each question may appear only once"),
  // Shapes depend on the question type; lib/grading's parseResponse checks each one.
  responses: z.record(id, z.unknown()),
});

export type GradeDemoInput = z.infer<typeof gradeDemoInput>;
