// Issue 12, defect 7: anyone could sign up as a teacher. Now a teacher sign-up needs a school
// invitation code (then it is a teacher at once) or an admin's approval (until then a student
// with a pending request).
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createInviteAction, decideTeacherRequestAction, revokeInviteAction } from "@/lib/admin/actions";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { signUpAction } from "./actions";
import { currentUser } from "./session";
import { teacherRequestStatus } from "./teacher-access";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
// Sign-up is throttled per address: each test run gets an address of its own.
const clientAddress = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

let n = 0;
function signUpForm(fields: Record<string, string> = {}) {
  const form = new FormData();
  n += 1;
  for (const [k, v] of Object.entries({ name: `New Teacher ${n}`, email: `new-teacher-${n}-${Date.now()}@school.test`, password: "a-long-teacher-phrase", role: "teacher", ...fields })) form.set(k, v);
  return form;
}

async function signUp(fields: Record<string, string> = {}) {
  const form = signUpForm(fields);
  const result = await signUpAction(initialFormState, form);
  const user = await db.user.findUnique({ where: { email: String(form.get("email")) } });
  return { result, user };
}

async function inviteCode(opts: { maxUses?: number; expiresAt?: Date; revokedAt?: Date } = {}) {
  const code = `TEST${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  await db.teacherInvite.create({ data: { code, maxUses: opts.maxUses ?? 1, expiresAt: opts.expiresAt ?? new Date(Date.now() + 86_400_000), revokedAt: opts.revokedAt ?? null } });
  return code;
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

beforeEach(() => signOut());

describe("teacher sign-up", () => {
  it("without an invitation code: a student with a pending teacher request, not a teacher", async () => {
    const { result, user } = await signUp();
    expect(result.ok).toBe(true);
    expect(user?.role).toBe("student");
    expect(await teacherRequestStatus(user!.id)).toBe("pending");
  });

  it("with a valid code (any case, with a dash): a teacher at once, and the code's use is spent", async () => {
    const code = await inviteCode({ maxUses: 1 });
    const { result, user } = await signUp({ inviteCode: `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}` });
    expect(result.ok).toBe(true);
    expect(user?.role).toBe("teacher");
    expect(await db.teacherRequest.count({ where: { userId: user!.id } })).toBe(0);
    expect(await db.teacherInvite.findUniqueOrThrow({ where: { code } })).toMatchObject({ uses: 1 });

    // Used up now: the next sign-up with it is told so, and no account is made.
    const again = await signUp({ inviteCode: code });
    expect(again.result.fieldErrors?.inviteCode?.[0]).toMatch(/isn't valid/);
    expect(again.user).toBeNull();
  });

  it("an expired, revoked, unknown or malformed code is a field error and creates nothing", async () => {
    const users = await db.user.count();
    for (const code of [await inviteCode({ expiresAt: new Date(Date.now() - 1000) }), await inviteCode({ revokedAt: new Date() }), "NOSUCHCODE", "<script>"]) {
      const { result, user } = await signUp({ inviteCode: code });
      expect(result.ok, code).toBe(false);
      expect(result.fieldErrors?.inviteCode, code).toHaveLength(1);
      expect(user).toBeNull();
    }
    expect(await db.user.count()).toBe(users);
  });

  it("a student sign-up ignores the code field and files no request", async () => {
    const code = await inviteCode();
    const { user } = await signUp({ role: "student", inviteCode: code });
    expect(user?.role).toBe("student");
    expect(await teacherRequestStatus(user!.id)).toBeNull();
    expect(await db.teacherInvite.findUniqueOrThrow({ where: { code } })).toMatchObject({ uses: 0 });
  });
});

describe("the admin", () => {
  it("approves a pending teacher: the account is a teacher on its next request", async () => {
    const admin = await createUser({ role: "admin" });
    const { user } = await signUp();
    const request = await db.teacherRequest.findUniqueOrThrow({ where: { userId: user!.id } });

    signInAs(admin.id);
    expect(await decideTeacherRequestAction(form({ requestId: request.id, decision: "approve" }))).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user!.id } })).role).toBe("teacher");
    expect(await db.teacherRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "approved", decidedById: admin.id });
    signInAs(user!.id);
    expect((await currentUser())?.role).toBe("teacher");
    // Deciding twice is refused, not repeated.
    signInAs(admin.id);
    expect(await decideTeacherRequestAction(form({ requestId: request.id, decision: "refuse" }))).toMatchObject({ ok: false });
  });

  it("refuses a pending teacher: the account stays a student", async () => {
    const admin = await createUser({ role: "admin" });
    const { user } = await signUp();
    const request = await db.teacherRequest.findUniqueOrThrow({ where: { userId: user!.id } });
    signInAs(admin.id);
    expect(await decideTeacherRequestAction(form({ requestId: request.id, decision: "refuse" }))).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user!.id } })).role).toBe("student");
    expect(await teacherRequestStatus(user!.id)).toBe("refused");
  });

  it("creates a code that makes a teacher, and revokes it", async () => {
    const admin = await createUser({ role: "admin" });
    signInAs(admin.id);
    const bad = await createInviteAction(initialFormState, form({ label: "", maxUses: "0", expiresInDays: "400" }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["expiresInDays", "maxUses"]);
    const made = await createInviteAction(initialFormState, form({ label: "Lincoln High", maxUses: "2", expiresInDays: "7" }));
    expect(made).toMatchObject({ ok: true, message: expect.stringMatching(/^New invitation code: [A-Z0-9]{5}-[A-Z0-9]{5}$/) });
    const code = made.message!.split(": ")[1]!;
    signOut();
    expect((await signUp({ inviteCode: code })).user?.role).toBe("teacher");

    signInAs(admin.id);
    const invite = await db.teacherInvite.findFirstOrThrow({ where: { label: "Lincoln High" } });
    expect(await revokeInviteAction(form({ inviteId: invite.id }))).toEqual({ ok: true });
    signOut();
    const after = await signUp({ inviteCode: code });
    expect(after.user).toBeNull();
    expect(after.result.fieldErrors?.inviteCode).toBeDefined();
  });

  it("only an admin: teachers, students and visitors are refused and nothing changes", async () => {
    const { user } = await signUp();
    const request = await db.teacherRequest.findUniqueOrThrow({ where: { userId: user!.id } });
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser();
    for (const who of [teacher.id, student.id, user!.id, null]) {
      if (who) signInAs(who);
      else signOut();
      expect(await decideTeacherRequestAction(form({ requestId: request.id, decision: "approve" }))).toMatchObject({ ok: false });
      expect(await createInviteAction(initialFormState, form({ maxUses: "5", expiresInDays: "5" }))).toMatchObject({ ok: false, formError: expect.any(String) });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user!.id } })).role).toBe("student");
    expect(await db.teacherInvite.count({ where: { maxUses: 5 } })).toBe(0);
  });
});
