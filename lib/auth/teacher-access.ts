import "server-only";
// Who becomes a teacher (issue 12, defect 7). Teachers read every library question's answer key
// and build what students are graded on, so signing up as one is not enough:
// - with a valid school invitation code (an admin made it on /admin: not revoked, not expired,
//   uses left) the new account is a teacher at once;
// - without one, the account is a student with a pending TeacherRequest, until an admin approves
//   (role becomes "teacher") or refuses it. Meanwhile teacher pages say it is waiting.
import { randomInt } from "node:crypto";
import { generateJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { inviteCodeSchema } from "@/lib/validation/teacher-access";

export const INVITE_CODE_LENGTH = 10;
const DAY_MS = 86_400_000;

export type InviteCheck = { ok: true; code: string } | { ok: false; message: string };

const NOT_VALID = "That invitation code isn't valid: it may have expired or been used up. Sign up without it and an admin can approve your teacher account.";

/** For display: "ABCDE FGHJK". Typing it with or without the space (or dashes) works. */
export function formatInviteCode(code: string): string {
  return code.length === INVITE_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

function usable(invite: { revokedAt: Date | null; expiresAt: Date; uses: number; maxUses: number }, now: Date): boolean {
  return invite.revokedAt === null && invite.expiresAt.getTime() > now.getTime() && invite.uses < invite.maxUses;
}

/**
 * Reads the sign-up form's invitation code before the account is created, so a mistyped code is a
 * field error and not a surprise. An empty code is fine (the teacher then waits for approval).
 * Only teacher sign-ups look at it.
 */
export async function checkTeacherInvite(role: string, raw: FormDataEntryValue | null, now = new Date()): Promise<InviteCheck> {
  if (role !== "teacher") return { ok: true, code: "" };
  const parsed = inviteCodeSchema.safeParse(typeof raw === "string" ? raw : "");
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? NOT_VALID };
  if (parsed.data === "") return { ok: true, code: "" };
  const invite = await db.teacherInvite.findUnique({ where: { code: parsed.data } });
  if (!invite || !usable(invite, now)) return { ok: false, message: NOT_VALID };
  return { ok: true, code: parsed.data };
}

/**
 * After a teacher sign-up created the (student) account: spends one use of the invitation code and
 * makes the account a teacher, or files a request for an admin. If the code was used up between the
 * check and now, the request is filed instead: the sign-up never fails for it.
 */
export async function settleTeacherSignUp(userId: string, code: string, now = new Date()): Promise<"teacher" | "pending"> {
  return db.$transaction(async (tx) => {
    const invite = code ? await tx.teacherInvite.findUnique({ where: { code } }) : null;
    if (invite && usable(invite, now)) {
      // Compare-and-set on `uses`: two sign-ups racing for the last use can't both get it.
      const spent = await tx.teacherInvite.updateMany({ where: { id: invite.id, uses: invite.uses }, data: { uses: { increment: 1 } } });
      if (spent.count === 1) {
        await tx.user.update({ where: { id: userId }, data: { role: "teacher" } });
        return "teacher";
      }
    }
    await tx.teacherRequest.upsert({ where: { userId }, create: { userId }, update: {} });
    return "pending";
  });
}

/** Where a teacher request stands, for someone who is not (yet) a teacher. */
export async function teacherRequestStatus(userId: string): Promise<"pending" | "refused" | null> {
  const request = await db.teacherRequest.findUnique({ where: { userId }, select: { status: true } });
  return request?.status === "pending" || request?.status === "refused" ? request.status : null;
}

export async function createTeacherInvite(input: { label: string; maxUses: number; expiresInDays: number }, adminId: string, now = new Date()) {
  // 31^10 codes: guessing one is hopeless even before sign-up throttling.
  for (let tries = 0; tries < 5; tries++) {
    const code = generateJoinCode(randomInt, INVITE_CODE_LENGTH);
    const taken = await db.teacherInvite.findUnique({ where: { code }, select: { id: true } });
    if (taken) continue;
    return db.teacherInvite.create({
      data: { code, label: input.label, maxUses: input.maxUses, expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS), createdById: adminId },
    });
  }
  throw new ConflictError("Couldn't make a fresh code. Try again.");
}

export async function revokeTeacherInvite(inviteId: string, now = new Date()): Promise<void> {
  const revoked = await db.teacherInvite.updateMany({ where: { id: inviteId, revokedAt: null }, data: { revokedAt: now } });
  if (revoked.count === 0 && !(await db.teacherInvite.findUnique({ where: { id: inviteId }, select: { id: true } }))) {
    throw new NotFoundError("That invitation code no longer exists.");
  }
}

/** Approve: the account becomes a teacher (it is read from the database on every request). Refuse: it stays a student. */
export async function decideTeacherRequest(requestId: string, decision: "approve" | "refuse", adminId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const decided = await tx.teacherRequest.updateMany({
      where: { id: requestId, status: "pending" },
      data: { status: decision === "approve" ? "approved" : "refused", decidedAt: now, decidedById: adminId },
    });
    if (decided.count === 0) throw new ConflictError("That request was already decided, or no longer exists. Reload the page.");
    if (decision === "approve") {
      const { userId } = await tx.teacherRequest.findUniqueOrThrow({ where: { id: requestId }, select: { userId: true } });
      // Only a student is promoted: an admin stays an admin.
      await tx.user.updateMany({ where: { id: userId, role: "student" }, data: { role: "teacher" } });
    }
  });
}

export type InviteState = "active" | "revoked" | "expired" | "used up";

export async function listTeacherInvites(now = new Date()) {
  const invites = await db.teacherInvite.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return invites.map((i) => ({
    id: i.id,
    code: formatInviteCode(i.code),
    label: i.label,
    uses: i.uses,
    maxUses: i.maxUses,
    expiresAt: i.expiresAt,
    state: (i.revokedAt ? "revoked" : i.expiresAt.getTime() <= now.getTime() ? "expired" : i.uses >= i.maxUses ? "used up" : "active") as InviteState,
  }));
}

export async function listPendingTeacherRequests() {
  const requests = await db.teacherRequest.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return requests.map((r) => ({ id: r.id, requestedAt: r.createdAt, name: r.user.name, email: r.user.email }));
}
