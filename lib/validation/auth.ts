import { z } from "zod";

export const ROLES = ["student", "teacher", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const SIGN_UP_ROLES = ["student", "teacher"] as const;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

// Length beats composition rules (NIST SP 800-63B); we also refuse the most obvious picks.
const COMMON_PASSWORDS = new Set(["password", "password1", "12345678", "123456789", "qwertyuiop", "iloveyou", "factdeck"]);
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "That password is too common. Choose another.")
  .refine((p) => new Set(p).size >= 4, "That password is too easy to guess. Mix in more different characters.");

export const displayNameSchema = z
  .string()
  .trim()
  .min(2, "Enter a display name of at least 2 characters.")
  .max(40, "Keep your display name under 40 characters.")
  .refine((n) => !n.includes("@"), "Your display name is shown to classmates, so don't use an email address.");

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(SIGN_UP_ROLES, { message: "Choose whether you are a student or a teacher." }),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
