"use server";
import "server-only";
import { headers } from "next/headers";
import { signOut } from "@/lib/auth/config";
import { verifyPassword } from "@/lib/auth/password";
import { defineFormAction, defineRedirectAction } from "@/lib/actions/define-action";
import { currentUser } from "@/lib/auth/session";
import { changePassword, endAllSessions } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { InvalidFieldsError } from "@/lib/errors";
import { beginPasswordCheck, recordPasswordCheckSuccess, requestIp } from "@/lib/security/rate-limit";
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
export const changePasswordAction = defineFormAction({ role: "any-signed-in", input: ({ user }) => changePasswordSchema(user) }, async ({ currentPassword, newPassword }, { user }) => {
  const ip = requestIp(await headers());
  await beginPasswordCheck(user.email, ip); // throttled: RateLimitedError, the form's error
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) throw new InvalidFieldsError({ currentPassword: [WRONG_CURRENT] });
  await recordPasswordCheckSuccess(user.email, ip);
  if (newPassword === currentPassword) throw new InvalidFieldsError({ newPassword: [SAME_AS_CURRENT] });

  await changePassword(user.id, newPassword);
  // Clears this browser's (now ended) cookie; throws the redirect to the sign-in page.
  await signOut({ redirectTo: signInWith("password-changed") });
  return { ok: true };
});

/**
 * Ends every session of the account, on every device. (The header's "Sign out" does the same,
 * lib/auth/config.ts events.signOut; this is the same thing asked for by name.) Public: signed out
 * already, it still lands on the sign-in page.
 */
export const signOutEverywhereAction = defineRedirectAction({ role: "public" }, async () => {
  const user = await currentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: signInWith("signed-out-everywhere") });
});
