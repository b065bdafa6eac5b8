"use server";
import "server-only";
import { headers } from "next/headers";
import { signOut } from "@/lib/auth/config";
import { verifyPassword } from "@/lib/auth/password";
import { currentUser, requireRole } from "@/lib/auth/session";
import { changePassword, endAllSessions } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { userMessage } from "@/lib/errors";
import { fieldErrorsOf, isForm, NO_FORM, type FormState } from "@/lib/forms";
import { beginPasswordCheck, RateLimitedError, recordPasswordCheckSuccess, requestIp } from "@/lib/security/rate-limit";
import { changePasswordSchema, type SignInNotice } from "@/lib/validation/account";

// The account page's actions (any signed-in role). Both end every session of the account, this
// browser's included, and land on the sign-in page with a notice that says why.

const WRONG_CURRENT = "That isn't your current password. Nothing was changed.";
const SAME_AS_CURRENT = "That is your current password. Choose a new one.";

const signInWith = (notice: SignInNotice) => `/sign-in?notice=${notice}`;

/**
 * Checks the current password (throttled like sign-in: the form would otherwise be a password
 * oracle for anyone holding a session), then sets the new one, which ends every session.
 *
 * This browser is signed out too, rather than handed a fresh session: whoever changes a password
 * because they fear someone else has it wants every session gone, with no exception to reason
 * about; typing the new password once straight away also proves it works and lets a password
 * manager save it.
 */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NO_FORM;
  let user;
  try {
    user = await requireRole("student");
  } catch (error) {
    return { ok: false, formError: userMessage(error) };
  }
  const parsed = await changePasswordSchema(user).safeParseAsync({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;

  const ip = requestIp(await headers());
  try {
    await beginPasswordCheck(user.email, ip);
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, formError: error.message };
    throw error;
  }
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) return { ok: false, fieldErrors: { currentPassword: [WRONG_CURRENT] } };
  await recordPasswordCheckSuccess(user.email, ip);
  if (newPassword === currentPassword) return { ok: false, fieldErrors: { newPassword: [SAME_AS_CURRENT] } };

  await changePassword(user.id, newPassword);
  // Clears this browser's (now ended) cookie; throws the redirect to the sign-in page.
  await signOut({ redirectTo: signInWith("password-changed") });
  return { ok: true };
}

/**
 * Ends every session of the account, on every device. (The header's "Sign out" does the same,
 * lib/auth/config.ts events.signOut; this is the same thing asked for by name.)
 */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await currentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: signInWith("signed-out-everywhere") });
}
