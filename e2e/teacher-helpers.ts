import { expect, type Page } from "@playwright/test";
import { storedDate, withTestDb } from "./db";
import { finishSignUp, uniqueEmail, uniqueName } from "./helpers";

/** A realistic business story: figures, a year trail, an acronym, a member list, a quote, and one ratio that doesn't add up. */
export const NEWS_ARTICLE = `Nordlys Batteries to build $2.4 billion plant as Baltic consortium grows

Nordlys Batteries said on Tuesday it will invest $2.4 billion in a new cell factory in Gdansk, its largest project since the company was founded in 2017. The plant is expected to employ 3,200 people when it reaches full output in 2028, up from 450 at its existing site in Tallinn.

The investment is backed by the Baltic Battery Alliance (BBA), a consortium of five companies: Nordlys, Vattenkraft, Lumo Minerals and Kestrel Logistics. Lumo Minerals will supply 60 percent of the lithium, while the remaining 45 percent will come from recycled cells, according to the company.

Revenue at Nordlys rose to $310 million last year from $120 million in 2022, a 3.1-fold increase, and the company expects orders from carmakers to double by 2027. Its share price climbed 8.5 percent in Warsaw after the announcement.

"This plant is our answer to the question of whether Europe can make its own batteries," said Chief Executive Ingrid Halvorsen. "We will not wait for subsidies to decide for us."
`;

export const DEMO_ADMIN = { email: "admin@factdeck.test", password: "factdeck-admin", name: "Factdeck Admin" };

/**
 * A school invitation code the journeys' fresh teachers sign up with (a teacher sign-up without one
 * waits for an admin: e2e/teacher-access.spec.ts). Written straight into the test server's
 * database, as an admin would make it on /admin; idempotent.
 */
export const E2E_INVITE_CODE = "E2ETEACHERS";
export async function ensureE2eInviteCode(): Promise<string> {
  const farFuture = storedDate(new Date(Date.now() + 365 * 86_400_000));
  await withTestDb(
    (db) =>
      db.run(
        "INSERT INTO TeacherInvite (id, code, label, maxUses, uses, expiresAt) VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING",
        "e2e-invite",
        E2E_INVITE_CODE,
        "Playwright journeys",
        100_000,
        farFuture,
      ),
    { write: true },
  );
  return E2E_INVITE_CODE;
}

/** A teacher of their own, so journeys never see another test's articles or sets. */
export async function signUpTeacher(page: Page, name = uniqueName("Fresh Teacher")) {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("teacher"));
  await page.getByLabel("Password").fill("a-long-teacher-phrase");
  await page.getByRole("radio", { name: /Teacher/ }).click();
  await page.getByLabel(/invitation code/).fill(await ensureE2eInviteCode());
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, "a-long-teacher-phrase");
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
}

/** Adds an article through the form and waits for its bank page (the job's page opens it when ready). */
export async function addArticle(page: Page, opts: { title: string; text: string; source?: string; published?: string }) {
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Title").fill(opts.title);
  if (opts.source) await page.getByLabel("Source (optional)").fill(opts.source);
  if (opts.published) await page.getByLabel("Published (optional)").fill(opts.published);
  await page.getByLabel("Article text").fill(opts.text);
  await page.getByRole("button", { name: "Generate question bank" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/(?!new(?:\/|$))[a-z0-9-]+\?generated=1$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Consistency findings" })).toBeVisible();
}

/** Approves the first `n` draft questions on the bank page it is on. */
export async function approveQuestions(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    const before = await page.getByRole("button", { name: /^Approve:/ }).count();
    await page.getByRole("button", { name: /^Approve:/ }).first().click();
    await expect(page.getByRole("button", { name: /^Approve:/ })).toHaveCount(before - 1);
  }
}

/** The class page's join code (six unambiguous characters). */
export async function joinCodeOn(page: Page): Promise<string> {
  const code = await page.getByTestId("join-code").getAttribute("data-code");
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  return code!;
}

/** Creates a class through the form, as the signed-in teacher; returns its join code. */
export async function createClass(page: Page, name: string, timeZone?: string): Promise<string> {
  await page.goto("/teacher/classes/new");
  await page.getByLabel("Class name").fill(name);
  if (timeZone) await page.getByLabel("Time zone").selectOption(timeZone);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  return joinCodeOn(page);
}

/** From the class page, opens the assignment form with the named set chosen. */
export async function startAssigning(page: Page, setTitle: string) {
  await page.getByRole("link", { name: "Assign a question set" }).click();
  const setSelect = page.getByLabel("Question set");
  await setSelect.selectOption((await setSelect.locator("option", { hasText: setTitle }).getAttribute("value"))!);
}

/** A student joins a class from their dashboard. */
/**
 * Sends the join form and waits for the server's answer (the join is stored by then), so a
 * navigation right after can't cut the action short and leave the student outside the class.
 */
export async function joinWith(page: Page, code: string) {
  await page.goto("/dashboard");
  await page.getByLabel("Join code").fill(code);
  await Promise.all([
    page.waitForResponse((res) => res.request().method() === "POST" && new URL(res.url()).pathname === "/dashboard"),
    page.getByRole("button", { name: "Join class" }).click(),
  ]);
}

export { expectNoViolations } from "./helpers";
