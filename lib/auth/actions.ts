"use server";
import "server-only";
import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { defineFormAction, defineRedirectAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { InvalidFieldsError } from "@/lib/errors";
import { actionTranslator } from "@/lib/i18n/server-messages";
import type { FormState } from "@/lib/forms";
import { consumeSignUp, requestIp } from "@/lib/security/rate-limit";
import { displayNameKey, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { homePath } from "@/lib/navigation";
import { safeCallbackUrl } from "./callback-url";
import { signIn, SignInDisabled, SignInThrottled, signOut } from "./config";
import { hashPassword } from "./password";
import { checkTeacherInvite, settleTeacherSignUp } from "./teacher-access";

// The messages below are in messages/*.json (authMessages), in the page's language.
const authMessage = async (key: "signUpNext" | "badCredentials" | "nameTaken") => (await actionTranslator("authMessages"))(key);

async function signInOrMessage(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    // signIn throws a redirect on success; only authentication failures are ours to handle.
    // Throttled (lib/security/rate-limit.ts, checked in `authenticate`): the same words for every email.
    if (error instanceof SignInThrottled) return { ok: false, formError: error.userMessage, values: { email } };
    // Only ever after the right password (see `authenticate`).
    if (error instanceof SignInDisabled) return { ok: false, formError: error.userMessage, values: { email } };
    if (error instanceof AuthError) return { ok: false, formError: await authMessage("badCredentials"), values: { email } };
    throw error;
  }
  return { ok: true };
}

/**
 * With nowhere asked for, each role lands on its home (a teacher on /teacher, lib/navigation.ts).
 * The role is read before the password is checked, but only a successful sign-in goes there, so
 * it tells no one else anything; an unknown email reads as a student, like any failed sign-in.
 */
async function landingFor(email: string): Promise<string> {
  const row = await db.user.findUnique({ where: { email }, select: { role: true } });
  return homePath(row?.role ?? "student");
}

export const signInAction = defineFormAction({ role: "public", input: signInSchema, values: ["email"] }, async ({ email, password }, { formData }) =>
  signInOrMessage(email, password, safeCallbackUrl(formData.get("callbackUrl"), await landingFor(email))),
);


/**
 * Sign-up answers the same whether the email is free or already has an account (issue 12,
 * defect 14): no "that email is taken", and no signing in straight away either, since only a new
 * account could be signed into. Both cases end on the same "now sign in" step, after the same
 * work (a password hash and an insert): a new address signs in with the password just chosen; the
 * owner of an existing account, told by that step that an account may already exist, signs in
 * with its password. There is no email to send a "someone tried to sign up as you" note with.
 *
 * What stays observable: a free email becomes an account, so a second request (signing in with
 * the chosen password, or taking the same display name) can tell the two apart. Without email
 * verification no flow avoids that; sign-ups (per address) and sign-ins (per account and address)
 * are throttled, which keeps such probing slow.
 */
export const signUpAction = defineFormAction(
  { role: "public", input: signUpSchema, values: ["name", "email", "role", "inviteCode"] },
  async ({ name, email, password, role }, { formData }) => {
    await consumeSignUp(requestIp(await headers())); // throttled: RateLimitedError, the form's error
    // A teacher account needs a valid invitation code or an admin's approval (lib/auth/teacher-access.ts).
    // Checked after the sign-up throttle, so codes can't be guessed faster than sign-ups.
    const invite = await checkTeacherInvite(role, formData.get("inviteCode"));
    if (!invite.ok) throw new InvalidFieldsError({ inviteCode: [invite.message] });

    // Display names are public (rosters, leaderboards), so saying one is taken reveals nothing new.
    // Refused rather than silently suffixed ("Sam Park 2"): the user picks how classmates see them.
    const nameKey = displayNameKey(name);
    const nameTaken = () => db.user.findUnique({ where: { nameKey }, select: { email: true } });
    if (await nameTaken()) throw new InvalidFieldsError({ name: [await authMessage("nameTaken")] });

    const passwordHash = await hashPassword(password);
    try {
      // Created as a student; a teacher's code makes it a teacher, no code leaves a request for an admin.
      const user = await db.user.create({ data: { name, nameKey, email, role: "student", passwordHash } });
      if (role === "teacher") await settleTeacherSignUp(user.id, invite.code);
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
      // The name taken meanwhile (by another account) is said; a taken email is not.
      const holder = await nameTaken();
      if (holder && holder.email !== email) throw new InvalidFieldsError({ name: [await authMessage("nameTaken")] });
    }
    return { ok: true, message: await authMessage("signUpNext"), values: { email, role } };
  },
);

export const signOutAction = defineRedirectAction({ role: "public" }, async () => {
  await signOut({ redirectTo: "/" });
});
