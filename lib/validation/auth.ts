import { remove as unconfuse } from "confusables";
import { z } from "zod";
import { passwordWeakness } from "./password-strength";

export const ROLES = ["student", "teacher", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const SIGN_UP_ROLES = ["student", "teacher"] as const;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

// Length beats composition rules (NIST SP 800-63B). How guessable a password is, is zxcvbn's
// call (lib/validation/password-strength.ts): signUpSchema below checks it, with the email and
// name as words an attacker would try first. Sign-in never checks strength, so existing accounts
// (the demo ones too) keep working.
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.");

// Characters a display name may not hold, checked after NFKC: control characters (Cc), format
// characters (Cf: zero-width spaces and joiners, bidi overrides, embeddings and isolates, BOM),
// line and paragraph separators, private-use, surrogate and unassigned code points, and letters
// that render as nothing (Hangul fillers, the braille blank).
const FORBIDDEN_IN_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}\u115F\u1160\u3164\uFFA0\u2800]/u;

/**
 * A display name as it is stored and shown: NFKC (so full-width, ligature and other compatibility
 * forms become their plain letters), runs of spaces made one, trimmed.
 */
export function normalizeDisplayName(raw: string): string {
  return raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

// Letters of the scripts whose capitals and small letters copy Latin ones (Cyrillic "а", Greek "Α").
const LOOK_ALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/**
 * What two display names share when they would read the same: compared case-insensitively after
 * normalising, with Cyrillic and Greek letters read as the Latin letters they look like (so an
 * all-Cyrillic "Ѕаm" is the same name as "Sam"). Only those scripts are folded: Latin accents
 * stay distinct ("Émile" is not "Emile"). The look-alike table is the `confusables` package's
 * (Unicode's confusables data); hand-copying it would go stale.
 */
export function displayNameKey(name: string): string {
  return normalizeDisplayName(name)
    .replace(LOOK_ALIKE_SCRIPTS, (ch) => unconfuse(ch))
    .toLowerCase();
}

/** A word mixing Latin, Cyrillic and Greek letters: how a copy of someone's name is spelt ("Аna" with a Cyrillic А). */
function mixesScripts(name: string): boolean {
  return name.split(/[\s\-'’.]+/u).some((word) => {
    const scripts = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u].filter((re) => re.test(word));
    return scripts.length > 1;
  });
}

export const displayNameSchema = z
  .string()
  .refine(
    (n) => !FORBIDDEN_IN_NAME.test(n.normalize("NFKC")),
    "Use only visible letters, digits, spaces and punctuation in your display name (no invisible, control or text-direction characters).",
  )
  .refine((n) => !/\p{M}{3,}/u.test(n.normalize("NFKC")), "Use at most two accents on one letter in your display name.")
  .transform(normalizeDisplayName)
  .pipe(
    z
      .string()
      .min(2, "Enter a display name of at least 2 characters.")
      .max(40, "Keep your display name under 40 characters.")
      .refine((n) => /[\p{L}\p{N}]/u.test(n), "Use at least one letter or digit in your display name.")
      .refine((n) => !n.includes("@"), "Your display name is shown to classmates, so don't use an email address.")
      .refine((n) => !mixesScripts(n), "Write each word of your display name in one alphabet (a word mixing Latin with Cyrillic or Greek letters can pass for someone else's name)."),
  );

/** Async (zxcvbn loads its dictionaries once, on first use): parse with `safeParseAsync`. */
export const signUpSchema = z
  .object({
    name: displayNameSchema,
    email: emailSchema,
    password: passwordSchema,
    role: z.enum(SIGN_UP_ROLES, { message: "Choose whether you are a student or a teacher." }),
  })
  .superRefine(async ({ password, email, name }, ctx) => {
    const weakness = await passwordWeakness(password, [email, name]);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
