// Defect 4 (issue 12): sign-in guessing was unthrottled (2,865 wrong passwords a minute on one
// account). Real next-auth config, real limiter (in-process), real argon2 hashes, temp SQLite.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, SignInThrottled } from "./config";
import { hashPassword } from "./password";

const PASSWORD = "a-long-pass-phrase";

function fromIp(ip: string): Request {
  return new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: { "x-forwarded-for": ip } });
}

async function user(email: string) {
  return db.user.create({ data: { email, name: email.split("@")[0]!, passwordHash: await hashPassword(PASSWORD) } });
}

/** What `authenticate` answered: "user", "wrong" (null) or the throttle message. */
async function attempt(email: string, password: string, ip: string): Promise<string> {
  try {
    return (await authenticate({ email, password }, fromIp(ip))) ? "user" : "wrong";
  } catch (error) {
    if (error instanceof SignInThrottled) return error.userMessage;
    throw error;
  }
}

describe("sign-in throttling", () => {
  it("refuses the right password after 20 wrong ones, with the same words as for an unknown email", async () => {
    await user("victim@example.com");
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) answers.push(await attempt("victim@example.com", `wrong-guess-${i}`, "203.0.113.7"));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill("wrong"));
    expect(answers[5]).toBe("Too many sign-in attempts. Try again in 1 minute.");
    const right = await attempt("victim@example.com", PASSWORD, "203.0.113.7");
    expect(right).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);

    const unknown: string[] = [];
    for (let i = 0; i < 21; i++) unknown.push(await attempt("nobody@example.com", `wrong-guess-${i}`, "203.0.113.8"));
    expect(unknown.at(-1)).toBe(right);
  });

  it("doesn't lock the account for its owner elsewhere, and a right password resets its counter", async () => {
    await user("owner@example.com");
    for (let i = 0; i < 5; i++) await attempt("owner@example.com", `wrong-${i}`, "198.51.100.1");
    expect(await attempt("owner@example.com", PASSWORD, "198.51.100.1")).toMatch(/^Too many/);
    // The owner, from their own address, is not locked out by someone else's guessing.
    expect(await attempt("owner@example.com", PASSWORD, "192.0.2.44")).toBe("user");

    for (let i = 0; i < 4; i++) await attempt("owner@example.com", `typo-${i}`, "192.0.2.45");
    expect(await attempt("owner@example.com", PASSWORD, "192.0.2.45")).toBe("user");
    // Counter reset: four more typos are still allowed before a lock.
    for (let i = 0; i < 4; i++) expect(await attempt("owner@example.com", `typo-again-${i}`, "192.0.2.45")).toBe("wrong");
    expect(await attempt("owner@example.com", PASSWORD, "192.0.2.45")).toBe("user");
  });

  it("lets no more than the limit through when guesses arrive all at once", async () => {
    await user("burst@example.com");
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt("burst@example.com", `parallel-${i}`, "203.0.113.50")));
    expect(answers.filter((a) => a === "wrong")).toHaveLength(5);
    expect(answers.filter((a) => a.startsWith("Too many sign-in attempts."))).toHaveLength(15);
  });

  it("throttles one address spraying many emails", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 101; i++) answers.push(await attempt(`spray-${i}@example.com`, "Winter2026!", "203.0.113.99"));
    expect(answers.slice(0, 100).every((a) => a === "wrong")).toBe(true);
    expect(answers[100]).toMatch(/^Too many sign-in attempts\. Try again in 15 minutes\.$/);
  }, 120_000); // 100 real argon2 verifications
});
