import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { hashPassword } from "./password";

// Sessions that end. A session is a stateless, encrypted JWT cookie; to be able to end it before
// it expires, each user row carries a session version, copied into the token at sign-in. Every
// read of a session compares the two (one primary-key lookup, once per request): a token carrying
// an older number, or any token of a disabled or deleted account, is no session at all.
// Signing out bumps the version, so it ends that user's sessions on every device and any copy of
// the cookie; so do a password change and disabling the account.

/** What reading a session needs of its user: one primary-key lookup, cached for the request. */
export const sessionUserRow = cache((id: string) =>
  db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, disabledAt: true, locale: true },
  }),
);

type VersionedRow = { sessionVersion: number; disabledAt: Date | null };

/** The version a token carries; tokens issued before versions existed count as version 0. */
export function tokenVersion(sv: unknown): number {
  return typeof sv === "number" && Number.isInteger(sv) ? sv : 0;
}

/** Whether a token of this version still opens this account. */
export function isLiveSession<T extends VersionedRow>(row: T | null | undefined, sv: unknown): row is T {
  return !!row && row.disabledAt === null && row.sessionVersion === tokenVersion(sv);
}

/**
 * Ends every session of the user. With `fromVersion`, only if that is still the current version:
 * signing out with a cookie that was already ended changes nothing.
 */
export async function endAllSessions(userId: string, fromVersion?: number): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, ...(fromVersion === undefined ? {} : { sessionVersion: fromVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
}

/** Disables (or re-enables) an account; disabling ends its sessions and refuses its sign-ins. */
export async function setAccountDisabled(userId: string, disabled: boolean): Promise<void> {
  await db.user.update({
    where: { id: userId },
    data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
  });
}

/** Sets a new password; every session signed in with the old one ends. */
export async function changePassword(userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}
