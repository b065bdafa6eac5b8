import type { Page } from "@playwright/test";
import { expect, test } from "./csp-guard"; // fails the journey on any CSP violation
import { DEMO_STUDENT, finishSignUp, signIn, signOut, uniqueEmail, uniqueName } from "./helpers";
import { ensureE2eInviteCode } from "./teacher-helpers";
import { screenshot } from "./screenshots";

const THROTTLED = /^Too many sign-in attempts\. Try again in \d+ minutes?\.$/;

async function fillSignUp(page: Page, fields: { name: string; email: string; password: string }) {
  await page.getByLabel("Display name").fill(fields.name);
  await page.getByLabel("Email").fill(fields.email);
  await page.getByLabel("Password").fill(fields.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signInAnswer(page: Page, email: string, password: string): Promise<string> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /don't match|Too many/ }); // not Next's empty route announcer
  await expect(alert).toBeVisible();
  return (await alert.innerText()).trim();
}

test("a visitor signs up as a student, signs in on the next step, signs out, and the demo student signs in", async ({ page }) => {
  const email = uniqueEmail("new-student");
  const name = uniqueName("Robin");
  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).click();
  await page.getByRole("radio", { name: /Student/ }).click();
  await fillSignUp(page, { name, email, password: "a-long-pass-phrase" });
  await expect(page.getByRole("status").filter({ hasText: /^Now sign in\./ })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await screenshot(page, "sign-up-next-step.png");
  await finishSignUp(page, "a-long-pass-phrase");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();

  await signOut(page);
  await signIn(page, DEMO_STUDENT);
  await expect(page.getByRole("heading", { name: `Hello, ${DEMO_STUDENT.name}` })).toBeVisible();
});

test("sign-up as a teacher with a school invitation code lands on the teacher pages", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("radio", { name: /Teacher/ }).click();
  await page.getByLabel(/invitation code/).fill(await ensureE2eInviteCode());
  await fillSignUp(page, { name: uniqueName("Mr. Teach"), email: uniqueEmail("teacher"), password: "another-long-phrase" });
  await finishSignUp(page, "another-long-phrase");
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
});

test("sign-in says the same thing for a wrong password and an unknown email", async ({ page }) => {
  const messages: string[] = [];
  for (const [email, password] of [
    [DEMO_STUDENT.email, "wrong-password-123"],
    ["nobody-here@example.com", "wrong-password-123"],
  ] as const) {
    messages.push(await signInAnswer(page, email, password));
  }
  expect(messages[0]).toMatch(/don't match/);
  expect(messages[0]).toBe(messages[1]);
});

test("sign-up refuses short and guessable passwords, keeping what was typed", async ({ page }) => {
  const email = uniqueEmail("weak");
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Short Pass", email, password: "short" });
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Short Pass");

  for (const password of ["1234567890", "password12", email]) {
    await page.goto("/sign-up"); // a fresh form: the message from the case before must not pass for this one
    await fillSignUp(page, { name: "Short Pass", email, password });
    await expect(page.getByText(/^That password is too easy to guess\./), password).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
  }
  await screenshot(page, "sign-up-weak-password.png");
});

test("sign-up refuses disguised and copied display names", async ({ page }) => {
  for (const name of ["Sam\u200BPark", "\u202EkraP maS", "Sam\u0007Park"]) {
    // A fresh form each time: the same message from the case before must not pass for this one.
    await page.goto("/sign-up");
    await fillSignUp(page, { name, email: uniqueEmail("names"), password: "a-long-pass-phrase" });
    await expect(page.getByText(/no invisible, control or text-direction characters/), JSON.stringify(name)).toBeVisible();
  }
  // The demo student's name, in another case and with extra spaces.
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "  sam   PARK ", email: uniqueEmail("names"), password: "a-long-pass-phrase" });
  await expect(page.getByText(/^Someone already goes by that display name\./)).toBeVisible();
});

test("sign-up answers a taken email exactly as a free one", async ({ browser }) => {
  const answers: string[] = [];
  for (const email of [uniqueEmail("free"), DEMO_STUDENT.email]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/sign-up");
    await fillSignUp(page, { name: uniqueName("Either Way"), email, password: "velvet-orbit-canal" });
    const next = page.getByRole("status").filter({ hasText: /^Now sign in\./ });
    await expect(next).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
    answers.push((await page.locator("main").innerText()).replace(email, "<email>"));
    await context.close();
  }
  expect(answers[1]).toBe(answers[0]);
  // The demo student's account is untouched: its own password still signs in.
  const context = await browser.newContext();
  await signIn(await context.newPage(), DEMO_STUDENT);
  await context.close();
});

test("20 wrong passwords lock the account for a while: the right one is refused, as an unknown email would be", async ({ page }) => {
  test.setTimeout(240_000); // 27 sign-ins, each a real argon2 check
  const email = uniqueEmail("guessed");
  await page.goto("/sign-up");
  await fillSignUp(page, { name: uniqueName("Guessed"), email, password: "a-long-pass-phrase" });
  await expect(page.getByRole("status").filter({ hasText: /^Now sign in\./ })).toBeVisible();

  const answers: string[] = [];
  for (let i = 0; i < 20; i++) answers.push(await signInAnswer(page, email, `wrong-guess-${i}`));
  expect(answers.slice(0, 5).every((a) => /don't match/.test(a))).toBe(true);
  expect(answers.slice(5).every((a) => THROTTLED.test(a))).toBe(true);
  const right = await signInAnswer(page, email, "a-long-pass-phrase");
  expect(right).toMatch(THROTTLED);
  await screenshot(page, "sign-in-throttled.png");

  const unknown = uniqueEmail("nobody");
  for (let i = 0; i < 5; i++) await signInAnswer(page, unknown, `wrong-guess-${i}`);
  expect(await signInAnswer(page, unknown, "a-long-pass-phrase")).toBe(right);
});

test("the credentials endpoint answers 429 with Retry-After once an email is throttled", async ({ request }) => {
  const email = uniqueEmail("endpoint");
  const statuses: number[] = [];
  let last: { status: number; body: unknown; retryAfter?: string } = { status: 0, body: null };
  for (let i = 0; i < 6; i++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { email, password: `wrong-guess-${i}`, csrfToken, callbackUrl: "/dashboard" },
      maxRedirects: 0,
    });
    statuses.push(response.status());
    last = { status: response.status(), body: await response.json().catch(() => null), retryAfter: response.headers()["retry-after"] };
  }
  expect(statuses.slice(0, 5).every((s) => s === 302)).toBe(true);
  expect(last.status).toBe(429);
  expect(last.body).toEqual({ error: expect.stringMatching(THROTTLED) });
  expect(Number(last.retryAfter)).toBeGreaterThan(0);
});
