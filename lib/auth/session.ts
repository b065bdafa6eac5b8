import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/validation/auth";
import { auth } from "./config";
import { teacherRequestStatus } from "./teacher-access";
import { isLiveSession, sessionUserRow } from "./session-version";

export type SessionUser = { id: string; name: string; email: string; role: Role; /** The interface language chosen (lib/i18n/locales.ts); null: the browser's. */ locale?: string | null };

// The JWT carries the role, but roles can change: read the user row once per request (the same
// cached lookup that checked the session version while auth() read the token).
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const row = await sessionUserRow(id);
  if (!isLiveSession(row, session.sv)) return null;
  return { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale };
});

const RANK: Record<Role, number> = { student: 0, teacher: 1, admin: 2 };

function allowed(user: SessionUser, role: Role): boolean {
  return RANK[user.role] >= RANK[role];
}

/** For server actions and route handlers: throws a typed error the caller turns into a message. */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  if (!allowed(user, role)) throw new ForbiddenError();
  return user;
}

/** For layouts and pages: redirects to sign-in, or shows the not-found page to the wrong role. */
export async function requireRolePage(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!allowed(user, role)) {
    // A teacher sign-up waiting for an admin sees that, where the teacher pages would be.
    if (role === "teacher" && (await teacherRequestStatus(user.id))) redirect("/teacher-approval");
    redirect(role === "admin" ? "/forbidden?for=admin" : "/forbidden");
  }
  return user;
}
