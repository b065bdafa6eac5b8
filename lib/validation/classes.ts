import { z } from "zod";
import { isValidJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from "./join-code";
import { isValidTimeZone } from "@/lib/time/zones";

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id");

export const createClassInput = z.object({
  name: z
    .string({ message: "Give the class a name." })
    .trim()
    .min(1, "Give the class a name.")
    .max(80, "Keep the name under 80 characters."),
  timeZone: z
    .string({ message: "Choose the class's time zone." })
    .refine(isValidTimeZone, "Choose a time zone from the list."),
});

export const joinClassInput = z.object({
  code: z
    .string({ message: "Type the join code your teacher gave you." })
    .max(40, `A join code has ${JOIN_CODE_LENGTH} characters.`)
    .transform(normalizeJoinCode)
    .refine((c) => c.length > 0, "Type the join code your teacher gave you.")
    .refine(isValidJoinCode, `That isn't a join code: codes have ${JOIN_CODE_LENGTH} letters and digits (no 0, O, 1, I or L).`),
});

export const classIdInput = z.object({ classId: id });
export const removeStudentInput = z.object({ classId: id, userId: id });
