import { z } from "zod";

const id = z.string().min(1).max(64);

export const setDetailsSchema = z.object({
  title: z.string().trim().min(3, "Give the set a title of at least 3 characters.").max(120, "Keep the title under 120 characters."),
  description: z.string().trim().max(1000, "Keep the description under 1,000 characters.").default(""),
});

export const setItemInput = z.object({ setId: id, questionId: id });
export const moveItemInput = z.object({ setId: id, questionId: id, direction: z.enum(["up", "down"]) });
export const setIdInput = z.object({ setId: id });
