// Issue 12, sessions that end: the account page's actions (change password, sign out of every
// device) and the admin's disable / enable, against a real SQLite database, real argon2 hashes and
// the real (in-process) limiter. Sessions are faked (test/session.ts); signOut is a spy.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setAccountDisabledAction } from "@/lib/admin/actions";
import { searchAccounts } from "@/lib/admin/accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { UNREADABLE_REQUEST } from "@/lib/errors";
import { initialFormState } from "@/lib/forms";
import { createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

const { signOutSpy } = vi.hoisted(() => ({ signOutSpy: vi.fn(async (_options?: { redirectTo?: string }) => undefined) }));
vi.mock("@/lib/auth/config", async () => ({ ...(await import("@/test/session")).authConfigMock, signOut: signOutSpy }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
// The password check is throttled per account and address: each run gets an address of its own.
const clientAddress = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

const PASSWORD = "a-long-pass-phrase";
const NEW_PASSWORD = "velvet orbit tangerine ladder";

async function signedInUser(role: "student" | "teacher" | "admin" = "student") {
  const user = await createUser({ role });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
  signInAs(user.id);
  return user;
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

const changeForm = (fields: Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>> = {}) =>
  form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...fields });

const row = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, disabledAt: true } });

beforeEach(() => {
  signOut();
  signOutSpy.mockClear();
});

describe("change password", () => {
  it("with a wrong current password: a clear error on that field, and nothing changes", async () => {
    const user = await signedInUser();
    const before = await row(user.id);
    const result = await changePasswordAction(initialFormState, changeForm({ currentPassword: "not-my-password" }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.currentPassword).toEqual(["That isn't your current password. Nothing was changed."]);
    expect(await row(user.id)).toEqual(before);
    expect(signOutSpy).not.toHaveBeenCalled();
  });

  it("refuses a weak new password, one that doesn't match its confirmation, and the current one, changing nothing", async () => {
    const user = await signedInUser();
    const before = await row(user.id);
    const weak = await changePasswordAction(initialFormState, changeForm({ newPassword: "password123", confirmPassword: "password123" }));
    expect(weak.fieldErrors?.newPassword?.[0]).toMatch(/^That password is too easy to guess\./);
    const short = await changePasswordAction(initialFormState, changeForm({ newPassword: "short", confirmPassword: "short" }));
    expect(short.fieldErrors?.newPassword).toEqual(["Use at least 10 characters for your password."]);
    // The user's own email is among the words zxcvbn tries first.
    const ownEmail = await changePasswordAction(initialFormState, changeForm({ newPassword: user.email, confirmPassword: user.email }));
    expect(ownEmail.fieldErrors?.newPassword?.[0]).toMatch(/too easy to guess/);
    const mismatch = await changePasswordAction(initialFormState, changeForm({ confirmPassword: `${NEW_PASSWORD}!` }));
    expect(mismatch.fieldErrors?.confirmPassword).toEqual(["The two new passwords don't match. Type the same password in both."]);
    const same = await changePasswordAction(initialFormState, changeForm({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }));
    // (PASSWORD is itself strong enough to pass the strength rule, so this is the "same" check.)
    expect(same.fieldErrors?.newPassword).toEqual(["That is your current password. Choose a new one."]);
    expect(await row(user.id)).toEqual(before);
    expect(signOutSpy).not.toHaveBeenCalled();
  });

  it("with the right current password: the new one works, the old doesn't, every session ends, and this browser goes to sign in", async () => {
    const user = await signedInUser("teacher");
    const before = await row(user.id);
    const result = await changePasswordAction(initialFormState, changeForm());
    expect(result.ok).toBe(true);
    const after = await row(user.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    expect(signOutSpy).toHaveBeenCalledWith({ redirectTo: "/sign-in?notice=password-changed" });
  });

  it("is throttled like sign-in: after five wrong current passwords even the right one is refused", async () => {
    const user = await signedInUser();
    const before = await row(user.id);
    for (let i = 0; i < 5; i++) {
      const wrong = await changePasswordAction(initialFormState, changeForm({ currentPassword: `guess-${i}` }));
      expect(wrong.fieldErrors?.currentPassword).toHaveLength(1);
    }
    const right = await changePasswordAction(initialFormState, changeForm());
    expect(right.ok).toBe(false);
    expect(right.formError).toMatch(/^Too many wrong passwords\. Try again in \d+ minutes?\.$/);
    expect(await row(user.id)).toEqual(before);
  });

  it("needs a signed-in user and a form", async () => {
    const signedOut = await changePasswordAction(initialFormState, changeForm());
    expect(signedOut).toEqual({ ok: false, formError: "Please sign in first." });
    await signedInUser();
    const noForm = await changePasswordAction(initialFormState, "not a form" as unknown as FormData);
    expect(noForm.ok).toBe(false);
    expect(noForm.formError).toMatch(/carried no form/);
  });
});

describe("sign out of every device", () => {
  it("bumps the session version and sends this browser to sign in with a notice", async () => {
    const user = await signedInUser();
    const before = await row(user.id);
    await signOutEverywhereAction();
    expect((await row(user.id)).sessionVersion).toBe(before.sessionVersion + 1);
    expect(signOutSpy).toHaveBeenCalledWith({ redirectTo: "/sign-in?notice=signed-out-everywhere" });
  });
});

describe("the admin disables and enables accounts", () => {
  const toggle = (userId: string, disabled: boolean) => setAccountDisabledAction(form({ userId, disabled: String(disabled) }));

  it("disabling ends the account's sessions; disabling twice changes nothing more; enabling lets it back", async () => {
    const student = await createUser();
    await signedInUser("admin");
    expect(await toggle(student.id, true)).toEqual({ ok: true });
    const disabled = await row(student.id);
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(1);
    expect(await toggle(student.id, true)).toEqual({ ok: true });
    expect(await row(student.id)).toEqual(disabled);
    expect(await toggle(student.id, false)).toEqual({ ok: true });
    expect(await row(student.id)).toMatchObject({ disabledAt: null, sessionVersion: 1 });
  });

  it("an admin can't disable their own account", async () => {
    const admin = await signedInUser("admin");
    const result = await toggle(admin.id, true);
    expect(result).toEqual({ ok: false, message: "You can't disable your own account. Another admin can." });
    expect(await row(admin.id)).toMatchObject({ disabledAt: null, sessionVersion: 0 });
  });

  it("a student, a teacher and a visitor can't call it", async () => {
    const target = await createUser();
    for (const role of ["student", "teacher"] as const) {
      await signedInUser(role);
      expect(await toggle(target.id, true)).toEqual({ ok: false, message: "You don't have access to that." });
    }
    signOut();
    expect(await toggle(target.id, true)).toEqual({ ok: false, message: "Please sign in first." });
    expect(await row(target.id)).toMatchObject({ disabledAt: null, sessionVersion: 0 });
  });

  it("bad input and an unknown account get a message and change nothing", async () => {
    await signedInUser("admin");
    expect(await toggle("no-such-user", true)).toEqual({ ok: false, message: "That account no longer exists. Search again." });
    const target = await createUser();
    const bad = await setAccountDisabledAction(form({ userId: target.id, disabled: "maybe" }));
    // A button sent something no button sends: reload, with the field's own message kept beside it.
    expect(bad).toEqual({ ok: false, message: UNREADABLE_REQUEST, fieldErrors: { disabled: ["Choose disable or enable."] } });
    expect(await row(target.id)).toMatchObject({ disabledAt: null });
  });
});

describe("account search", () => {
  it("finds by part of the email or of the name, in any case; at most 20; nothing for an empty query", async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const named = await createUser({ name: `Robin ${tag.toUpperCase()} Vale` });
    await db.user.update({ where: { id: named.id }, data: { nameKey: `robin ${tag} vale` } });
    const byName = await searchAccounts(`${tag} VALE`);
    expect(byName.accounts.map((a) => a.id)).toEqual([named.id]);
    expect(byName.accounts[0]).toMatchObject({ role: "student", disabled: false });
    const byEmail = await searchAccounts(named.email.slice(0, 10).toUpperCase());
    expect(byEmail.accounts.map((a) => a.id)).toContain(named.id);

    for (let i = 0; i < 21; i++) await db.user.create({ data: { email: `many-${tag}-${i}@example.com`, name: `Many ${tag} ${i}`, passwordHash: "x" } });
    const many = await searchAccounts(`many-${tag}`);
    expect(many.accounts).toHaveLength(20);
    expect(many.more).toBe(true);
    expect(await searchAccounts("   ")).toEqual({ accounts: [], more: false });
  });
});
