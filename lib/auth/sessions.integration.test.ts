// Sessions that end (issue 12, defect 6): the real next-auth configuration and the autosave
// route's session reader against a real SQLite database and real encrypted session cookies.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sessionCookie } from "@/test/autosave";
import { createUser } from "@/test/factories";
import * as authRoute from "./auth-route";
import { authenticate, handlers, SignInDisabled } from "./config";
import { hashPassword } from "./password";
import { sessionUserId } from "./request-session";
import { changePassword, endAllSessions, setAccountDisabled } from "./session-version";

const ORIGIN = "http://localhost:3000";

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** GET /api/auth/session with this Cookie header: the session next-auth reads, or null. */
async function sessionFor(cookie: string): Promise<{ user?: { id?: string } } | null> {
  const res = await handlers.GET(new Request(`${ORIGIN}/api/auth/session`, { headers: { cookie } }) as never);
  expect(res.status).toBe(200);
  return (await res.json()) as { user?: { id?: string } } | null;
}

/** Signs in through POST /api/auth/callback/credentials, as a browser would; returns the session cookie. */
async function signInByForm(email: string, password: string): Promise<string | null> {
  const csrfRes = await handlers.GET(new Request(`${ORIGIN}/api/auth/csrf`) as never);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await handlers.POST(
    new Request(`${ORIGIN}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrfRes).join("; ") },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
    }) as never,
  );
  return cookiesOf(res).find((c) => c.startsWith("authjs.session-token=") && c.length > "authjs.session-token=".length) ?? null;
}

/** POST /api/auth/signout with this session cookie; returns where it redirects. */
async function signOutWith(cookie: string, callbackUrl = "/"): Promise<Response> {
  const csrfRes = await handlers.GET(new Request(`${ORIGIN}/api/auth/csrf`) as never);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  return handlers.POST(
    new Request(`${ORIGIN}/api/auth/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: [cookie, ...cookiesOf(csrfRes)].join("; ") },
      body: new URLSearchParams({ csrfToken, callbackUrl }),
    }) as never,
  );
}

async function userWithPassword(password = "a-long-pass-phrase") {
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return { user, password };
}

const autosaveRequest = (cookie: string) => new Request(`${ORIGIN}/api/attempts/a/responses/q`, { method: "PUT", headers: { cookie } });

describe("sessions that end", () => {
  it("a copy of the cookie stops working once its owner signs out, on every path that reads it", async () => {
    const { user, password } = await userWithPassword();
    const cookie = await signInByForm(user.email, password);
    expect(cookie).not.toBeNull();
    const copy = cookie!; // what an attacker lifted from the browser
    expect((await sessionFor(copy))?.user?.id).toBe(user.id);
    expect(await sessionUserId(autosaveRequest(copy))).toBe(user.id);

    const out = await signOutWith(cookie!);
    expect(out.status).toBe(302);

    expect(await sessionFor(copy)).toBeNull();
    expect(await sessionUserId(autosaveRequest(copy))).toBeNull();

    // Signing in again gives a working session; the old copy stays dead.
    const fresh = await signInByForm(user.email, password);
    expect((await sessionFor(fresh!))?.user?.id).toBe(user.id);
    expect(await sessionFor(copy)).toBeNull();
  });

  it("signing out with an already-ended cookie does not sign the user out again", async () => {
    const { user, password } = await userWithPassword();
    const old = (await signInByForm(user.email, password))!;
    await signOutWith(old);
    const current = (await signInByForm(user.email, password))!;
    await signOutWith(old);
    expect((await sessionFor(current))?.user?.id).toBe(user.id);
  });

  it("a password change and disabling the account end every session; a disabled account can't sign in", async () => {
    const { user, password } = await userWithPassword();
    const a = (await signInByForm(user.email, password))!;
    await changePassword(user.id, "a-brand-new-pass-phrase");
    expect(await sessionFor(a)).toBeNull();
    expect(await sessionUserId(autosaveRequest(a))).toBeNull();

    const b = (await signInByForm(user.email, "a-brand-new-pass-phrase"))!;
    expect((await sessionFor(b))?.user?.id).toBe(user.id);
    await setAccountDisabled(user.id, true);
    expect(await sessionFor(b)).toBeNull();
    expect(await sessionUserId(autosaveRequest(b))).toBeNull();
    expect(await signInByForm(user.email, "a-brand-new-pass-phrase")).toBeNull();

    await setAccountDisabled(user.id, false);
    const c = (await signInByForm(user.email, "a-brand-new-pass-phrase"))!;
    expect((await sessionFor(c))?.user?.id).toBe(user.id);
    expect(await sessionFor(b)).toBeNull();
  });

  it("a disabled account hears it is disabled only after its right password", async () => {
    const { user, password } = await userWithPassword();
    await setAccountDisabled(user.id, true);
    const answer = (pw: string) =>
      authenticate({ email: user.email, password: pw }).then(
        (u) => (u ? "user" : "wrong"),
        (error: unknown) => (error instanceof SignInDisabled ? error.userMessage : `threw ${String(error)}`),
      );
    expect(await answer("not-the-password")).toBe("wrong");
    expect(await answer(password)).toMatch(/^This account has been disabled by an admin/);
    // The HTTP endpoint: no cookie, and the redirect names the reason only for the right password.
    const csrfRes = await handlers.GET(new Request(`${ORIGIN}/api/auth/csrf`) as never);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const post = (pw: string) =>
      handlers.POST(
        new Request(`${ORIGIN}/api/auth/callback/credentials`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrfRes).join("; ") },
          body: new URLSearchParams({ email: user.email, password: pw, csrfToken, callbackUrl: "/dashboard" }),
        }) as never,
      );
    expect((await post(password)).headers.get("location")).toContain("code=account_disabled");
    expect((await post("not-the-password")).headers.get("location")).not.toContain("account_disabled");
    await setAccountDisabled(user.id, false);
    expect(await answer(password)).toBe("user");
  });

  it("tokens from before session versions count as version 0, until the first sign-out", async () => {
    const user = await createUser();
    const legacy = await sessionCookie(user.id);
    expect(await sessionUserId(autosaveRequest(legacy))).toBe(user.id);
    await endAllSessions(user.id);
    expect(await sessionUserId(autosaveRequest(legacy))).toBeNull();
    expect(await sessionUserId(autosaveRequest(await sessionCookie(user.id, { sv: 1 })))).toBe(user.id);
  });

  it("a deleted account's cookie is no session", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect(await sessionFor(cookie)).toBeNull();
    expect(await sessionUserId(autosaveRequest(cookie))).toBeNull();
  });
});

describe("the auth routes' callbackUrl", () => {
  const BAD = ["javascript:alert(1)", "javascript://%0aalert(1)", "not a url", "https://evil.example/", "//evil.example", "/\t/evil.example", "/\r\n/evil"];
  const ACTIONS = ["signin", "signin/credentials", "session", "signout", "csrf", "providers", "error"];

  it.each(BAD)("a %j parameter gets a 400 that says why, on every auth route", async (callbackUrl) => {
    for (const action of ACTIONS) {
      const res = await authRoute.GET(new NextRequest(`${ORIGIN}/api/auth/${action}?callbackUrl=${encodeURIComponent(callbackUrl)}`));
      expect([action, res.status]).toEqual([action, 400]);
      expect(await res.json()).toEqual({ message: "callbackUrl must be a page of this site." });
    }
  });

  it.each(BAD)("a %j callback-url cookie is dropped, never a 500", async (callbackUrl) => {
    for (const action of ACTIONS) {
      const cookie = `authjs.callback-url=${encodeURIComponent(callbackUrl)}`;
      const res = await authRoute.GET(new NextRequest(`${ORIGIN}/api/auth/${action}`, { headers: { cookie } }));
      expect([action, res.status < 400]).toEqual([action, true]);
      const location = res.headers.get("location");
      if (location) expect(new URL(location, ORIGIN).origin).toBe(ORIGIN);
    }
  });

  it.each(["javascript:alert(1)", "https://evil.example/", "//evil.example", "/\t/evil.example", "not a url"])(
    "a %j callbackUrl in a sign-out form ends on this site",
    async (callbackUrl) => {
      const { user, password } = await userWithPassword();
      const res = await signOutWith((await signInByForm(user.email, password))!, callbackUrl);
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get("location")!).origin).toBe(ORIGIN);
    },
  );

  it("keeps a same-site callbackUrl, absolute or not", async () => {
    for (const [callbackUrl, expected] of [
      ["/articles/x?y=1", `${ORIGIN}/articles/x?y=1`],
      [`${ORIGIN}/review`, `${ORIGIN}/review`],
    ]) {
      const { user, password } = await userWithPassword();
      const res = await signOutWith((await signInByForm(user.email, password))!, callbackUrl);
      expect(res.headers.get("location")).toBe(expected);
    }
    const signin = await authRoute.GET(new NextRequest(`${ORIGIN}/api/auth/signin?callbackUrl=%2Freview`));
    expect(signin.status).toBe(302);
    expect(signin.headers.get("location")).toBe(`/sign-in?callbackUrl=${encodeURIComponent(`${ORIGIN}/review`)}`);
  });
});
