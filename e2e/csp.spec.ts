// Headers (issue 12, defect 8): every page carries a nonce Content-Security-Policy, a
// Permissions-Policy and, over HTTPS, HSTS; and the key journeys run with no CSP violation
// (the guard in e2e/csp-guard.ts fails a test on any).
import type { Page } from "@playwright/test";
import { expect, test } from "./csp-guard";
import { DEMO_STUDENT, DEMO_TEACHER, openTestDb, SEED_SLUG, signIn } from "./helpers";
import { answerKey, currentQuestion, fillCorrectAnswer } from "./quiz-helpers";
import { screenshot } from "./screenshots";

const DEMO_STUDENT_WITH_HISTORY = { email: "ana@factdeck.test", password: "factdeck-student" };

/** Loads the page and checks its policy, and that every script it is served with carries that policy's nonce. */
async function expectStrictPolicy(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res, path).not.toBeNull();
  const headers = res!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = csp.match(/script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/)?.[1];
  expect(nonce, `${path}: ${csp}`).toBeTruthy();
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", `style-src 'self' 'nonce-${nonce}'`]) {
    expect(csp, path).toContain(directive);
  }
  expect(csp, path).not.toContain("unsafe-eval");
  expect(headers["permissions-policy"], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers["strict-transport-security"], `${path} is plain HTTP`).toBeUndefined();
  expect(headers["x-frame-options"]).toBe("DENY");
  // The scripts the page is served with (parser-inserted: the nonce is what lets them run). Chunks
  // the framework loads later are inserted by those scripts, which 'strict-dynamic' trusts; a
  // violation by any of them fails the test through the guard (e2e/csp-guard.ts).
  const served = await res!.text();
  const scriptNonces = [...served.matchAll(/<script\b[^>]*>/g)].map((tag) => tag[0].match(/\bnonce="([^"]*)"/)?.[1] ?? "");
  expect(scriptNonces.length, path).toBeGreaterThan(0);
  expect(new Set(scriptNonces), `${path}: every script carries the nonce`).toEqual(new Set([nonce]));
  return nonce!;
}

test("every page carries a strict nonce policy, for visitors, students and teachers", async ({ page }) => {
  test.setTimeout(300_000); // 25 page loads, teacher banks among them, on a shared 2-core machine
  const visitor = ["/", "/articles", `/articles/${SEED_SLUG}`, "/demo", "/sign-in", "/sign-up", "/forbidden", "/no-such-page"];
  const nonces = new Set<string>();
  for (const path of visitor) nonces.add(await expectStrictPolicy(page, path));
  expect(await expectStrictPolicy(page, "/")).not.toBe(await expectStrictPolicy(page, "/")); // fresh per response

  await signIn(page, DEMO_STUDENT);
  for (const path of ["/dashboard", "/review", "/progress", "/leaderboard", `/articles/${SEED_SLUG}`]) nonces.add(await expectStrictPolicy(page, path));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signIn(page, DEMO_TEACHER);
  for (const path of ["/teacher", `/teacher/articles/${SEED_SLUG}`, "/teacher/articles/new", "/teacher/classes", "/teacher/sets"]) {
    nonces.add(await expectStrictPolicy(page, path));
  }
  expect(nonces.size).toBe(visitor.length + 10);
});

test("HSTS and upgrade-insecure-requests only when served over HTTPS; API answers carry a lock-down policy", async ({ request }) => {
  const plain = await request.get("/");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(https.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");

  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["permissions-policy"]).toContain("camera=()");
});

test("a visitor's journey runs with no policy violation: home, an article, the demo quiz, sign-in", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Try the demo quiz" }).click();
  await expect(page).toHaveURL(/\/demo$/);
  const db = await openTestDb();
  const card = page.getByTestId("question");
  await fillCorrectAnswer(card, await answerKey(db, (await currentQuestion(page)).id));
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await page.goto(`/articles/${SEED_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Korean business leaders");
  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(DEMO_STUDENT_WITH_HISTORY.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "don't match" })).toBeVisible();
});

test("a student's journey runs with no policy violation: a practice quiz with autosave, the progress chart", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_STUDENT_WITH_HISTORY);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const db = await openTestDb();
  const saved = page.waitForResponse((r) => r.url().includes("/responses/") && r.request().method() === "PUT");
  await fillCorrectAnswer(page.getByTestId("question"), await answerKey(db, (await currentQuestion(page)).id));
  expect((await saved).status()).toBe(200);
  await page.goto("/progress");
  // recharts draws its line chart (style attributes, measured text) under the policy
  await expect(page.locator(".recharts-line-curve")).toBeVisible();
  await screenshot(page, test.info().outputPath("progress-under-csp.png"), { fullPage: true });
  await page.goto("/leaderboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a teacher's journey runs with no policy violation: the bank, a question, a class's results", async ({ page }) => {
  test.setTimeout(180_000); // the seed bank is a long page
  await signIn(page, DEMO_TEACHER);
  await page.goto("/teacher");
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
  await page.goto(`/teacher/articles/${SEED_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await screenshot(page, test.info().outputPath("bank-under-csp.png"), { fullPage: true });
  await page.goto("/teacher/classes");
  await page.getByRole("link", { name: /Demo class/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Demo class");
  const results = page.getByRole("link", { name: /results/i }).first();
  if (await results.isVisible()) {
    await results.click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});
