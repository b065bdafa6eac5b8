// Issue 12, defects 4 and 14: sign-up refuses guessable passwords and disguised or copied display
// names, answers the same for a taken email as for a free one, and is throttled per address.
// Real action, real database; only next/headers stands in for the request's headers.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { refreshNameKeys } from "@/lib/seed/name-keys";
import { signUpAction } from "./actions";
import { verifyPassword } from "./password";

let clientAddress = "192.0.2.50";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const signUp = (fields: Partial<Record<"name" | "email" | "password" | "role", string>>) =>
  signUpAction(initialFormState, form({ name: "Robin Test", email: "robin@example.com", password: "a-long-pass-phrase", role: "student", ...fields }));

describe("sign-up", () => {
  it("answers a taken email exactly as a free one, and leaves the existing account alone", async () => {
    clientAddress = "192.0.2.51";
    const first = await signUp({ name: "First Owner", email: "owner@example.com" });
    expect(first.ok).toBe(true);
    const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@example.com" } });

    const free = await signUp({ name: "Fresh Person", email: "fresh@example.com", password: "velvet-orbit-canal" });
    const taken = await signUp({ name: "Someone Else", email: "owner@example.com", password: "velvet-orbit-canal" });
    expect(taken).toEqual({ ...free, values: { ...free.values, email: "owner@example.com" } });
    expect(taken).toEqual({ ok: true, message: expect.stringMatching(/^Now sign in\./), values: { email: "owner@example.com", role: "student" } });

    const after = await db.user.findUniqueOrThrow({ where: { email: "owner@example.com" } });
    expect(after).toEqual(owner); // same name, same password hash
    expect(await verifyPassword(after.passwordHash, "a-long-pass-phrase")).toBe(true);
    expect(await db.user.count({ where: { name: "Someone Else" } })).toBe(0);
  });

  it("refuses guessable passwords, the email or name as password included, with zxcvbn's advice", async () => {
    clientAddress = "192.0.2.52";
    for (const password of ["1234567890", "password12", "weak-pw@example.com", "Weak Person 1"]) {
      const result = await signUp({ name: "Weak Person", email: "weak-pw@example.com", password });
      expect(result.ok, password).toBe(false);
      expect(result.fieldErrors?.password?.[0], password).toMatch(/^That password is too easy to guess\./);
    }
    expect(await db.user.count({ where: { email: "weak-pw@example.com" } })).toBe(0);
  });

  it("stores names normalised, refuses invisible and direction characters, and refuses a copy of another user's name", async () => {
    clientAddress = "192.0.2.53";
    expect((await signUp({ name: "  Ｍｉｎａ \u00a0  Cho ", email: "mina@example.com" })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { email: "mina@example.com" } })).name).toBe("Mina Cho");

    for (const name of ["Mina\u200BCho", "\u202EohC aniM", "Mina\u0000Cho"]) {
      const result = await signUp({ name, email: "copycat@example.com" });
      expect(result.fieldErrors?.name?.[0], JSON.stringify(name)).toMatch(/no invisible, control or text-direction characters/);
    }
    // The last is "Mina Сһо": its second word all Cyrillic letters that look like "Cho".
    for (const name of ["Mina Cho", "mina  CHO", "ｍｉｎａ cho", "Mina \u0421\u04BB\u043E"]) {
      const result = await signUp({ name, email: "copycat@example.com" });
      expect(result.fieldErrors?.name?.[0], name).toMatch(/^Someone already goes by that display name\./);
    }
    expect(await db.user.count({ where: { email: "copycat@example.com" } })).toBe(0);
    // A word mixing alphabets is refused outright: Cyrillic А in a Latin word.
    expect((await signUp({ name: "\u0410na Lima", email: "copycat@example.com" })).fieldErrors?.name?.[0]).toMatch(/^Write each word of your display name in one alphabet/);
    expect((await signUp({ name: "Mina C.", email: "copycat@example.com" })).ok).toBe(true);
  });

  it("brings keys stored under the earlier rule up to the look-alike rule, leaving a key another account holds alone", async () => {
    const cyrillicSam = "\u0405\u0430\u043C"; // "Ѕаm", all Cyrillic
    const old = await db.user.create({ data: { email: "old-key@example.com", name: cyrillicSam, nameKey: cyrillicSam.toLowerCase(), role: "student", passwordHash: "x" } });
    expect(await refreshNameKeys()).toBeGreaterThanOrEqual(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: old.id } })).nameKey).toBe("sam");
    // Now a Latin "Sam" meets it.
    clientAddress = "192.0.2.58";
    expect((await signUp({ name: "Sam", email: "latin-sam@example.com" })).fieldErrors?.name?.[0]).toMatch(/^Someone already goes by that display name\./);
    expect(await refreshNameKeys()).toBe(0);
  });

  it("throttles sign-ups from one address", async () => {
    clientAddress = "192.0.2.54";
    const results = [];
    for (let i = 0; i < 101; i++) results.push(await signUp({ name: `Bulk ${i}`, email: `bulk-${i}@example.com`, password: "velvet-orbit-canal" }));
    expect(results.slice(0, 100).every((r) => r.ok)).toBe(true);
    expect(results[100]).toMatchObject({ ok: false, formError: "Too many sign-ups from your network. Try again in 15 minutes." });
    expect(await db.user.count({ where: { email: "bulk-100@example.com" } })).toBe(0);
  }, 180_000); // 100 real argon2 hashes
});
