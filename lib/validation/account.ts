import { z } from "zod";
import { passwordSchema } from "./auth";
import { passwordWeakness } from "./password-strength";

/**
 * The change-password form. The new password follows the sign-up rule (length, then zxcvbn with
 * this user's email and name as words tried first), so it is built per user. Async: parse with
 * `safeParseAsync`.
 */
export function changePasswordSchema(user: { email: string; name: string }) {
  return z
    .object({
      currentPassword: z.string().min(1, "Enter your current password.").max(200, "That isn't your current password."),
      newPassword: passwordSchema,
      confirmPassword: z.string().max(200),
    })
    .superRefine(async ({ newPassword, confirmPassword }, ctx) => {
      if (newPassword !== confirmPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two new passwords don't match. Type the same password in both." });
      }
      // One message at a time: a password refused for its length isn't also called guessable.
      if (!passwordSchema.safeParse(newPassword).success) return;
      const weakness = await passwordWeakness(newPassword, [user.email, user.name]);
      if (weakness) ctx.addIssue({ code: "custom", path: ["newPassword"], message: weakness });
    });
}

/** The admin's account search (a GET form on /admin): part of an email or a display name. */
export const accountSearchSchema = z.object({
  q: z.string().trim().max(100, "Search with at most 100 characters.").default(""),
});

export const setAccountDisabledInput = z.object({
  userId: z.string().min(1).max(64),
  disabled: z.enum(["true", "false"], { message: "Choose disable or enable." }).transform((v) => v === "true"),
});

/** What the sign-in page may be sent back with after an account change ends the session. */
export const SIGN_IN_NOTICES = {
  "password-changed": "Password changed. Sign in with your new password.",
  "signed-out-everywhere": "You're signed out on every device. Sign in again to carry on here.",
} as const;
export type SignInNotice = keyof typeof SIGN_IN_NOTICES;
export const signInNoticeSchema = z.enum(Object.keys(SIGN_IN_NOTICES) as [SignInNotice, ...SignInNotice[]]);
