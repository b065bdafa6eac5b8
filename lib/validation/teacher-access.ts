import { z } from "zod";

// Invitation codes are typed by people: letters and digits only, shown in groups, compared
// without case, spaces or dashes ("fd7k-2mqp" is "FD7K2MQP").
export function normaliseInviteCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]+/g, "");
}

/** The sign-up form's optional invitation code (empty: no code). */
export const inviteCodeSchema = z
  .string()
  .max(40, "That invitation code is too long.")
  .transform(normaliseInviteCode)
  .refine((c) => c === "" || /^[A-Z0-9]{6,32}$/.test(c), "An invitation code has only letters and digits, like FD7K-2MQP.");

export const createInviteInput = z.object({
  label: z.string().trim().max(80, "Keep the label under 80 characters.").default(""),
  maxUses: z.coerce.number({ message: "Enter how many teachers may use the code." }).int("Enter a whole number of uses.").min(1, "A code needs at least 1 use.").max(500, "At most 500 uses per code."),
  expiresInDays: z.coerce.number({ message: "Enter how many days the code stays valid." }).int("Enter a whole number of days.").min(1, "A code stays valid at least 1 day.").max(365, "At most 365 days."),
});

export const inviteIdInput = z.object({ inviteId: z.string().min(1).max(64) });

export const decideRequestInput = z.object({
  requestId: z.string().min(1).max(64),
  decision: z.enum(["approve", "refuse"], { message: "Choose approve or refuse." }),
});
