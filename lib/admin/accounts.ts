import "server-only";
// Accounts an admin finds and disables (issue 12, sessions that end). Disabling ends the account's
// sessions at once and refuses its sign-ins (lib/auth/session-version.ts); enabling lets it sign
// in again (its old sessions stay ended).
import { setAccountDisabled } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { displayNameKey, type Role } from "@/lib/validation/auth";

export const ACCOUNT_SEARCH_LIMIT = 20;

export type AccountRow = { id: string; name: string; email: string; role: Role; disabled: boolean };

/**
 * Accounts whose email or display name contains `query`, at most 20, by email. Compared in lower
 * case on both sides (emails are stored lower-cased; names through their folded key), so the
 * search reads the same on SQLite and PostgreSQL. An empty query finds nothing.
 */
export async function searchAccounts(query: string): Promise<{ accounts: AccountRow[]; more: boolean }> {
  const q = query.trim();
  if (!q) return { accounts: [], more: false };
  const rows = await db.user.findMany({
    where: { OR: [{ email: { contains: q.toLowerCase() } }, { nameKey: { contains: displayNameKey(q) } }, { name: { contains: q } }] },
    orderBy: { email: "asc" },
    take: ACCOUNT_SEARCH_LIMIT + 1,
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
  });
  return {
    accounts: rows.slice(0, ACCOUNT_SEARCH_LIMIT).map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role, disabled: r.disabledAt !== null })),
    more: rows.length > ACCOUNT_SEARCH_LIMIT,
  };
}

/**
 * Disables or re-enables an account for the admin `adminId`. An admin can't disable their own
 * account (nor lock every admin out that way). Asking for the state it is already in changes
 * nothing: disabling twice keeps the first date and doesn't end sessions again.
 */
export async function setAccountState(adminId: string, userId: string, disabled: boolean): Promise<void> {
  if (userId === adminId && disabled) throw new ForbiddenError("You can't disable your own account. Another admin can.");
  const target = await db.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
  if (!target) throw new NotFoundError("That account no longer exists. Search again.");
  if ((target.disabledAt !== null) === disabled) return;
  await setAccountDisabled(userId, disabled);
}
