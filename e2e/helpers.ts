import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { markupChecksHere } from "./markup-share";

export const DEMO_STUDENT = { email: "student@factdeck.test", password: "factdeck-student", name: "Sam Park" };
export const DEMO_TEACHER = { email: "teacher@factdeck.test", password: "factdeck-teacher", name: "Ms. Rivera" };
export const SEED_SLUG = "korea-japan-economic-ties";

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

export { letTimePass, openTestDb, withTestDb } from "./db";

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Display names are unique (issue 12): a default name gets a tag of its own. */
export function uniqueName(prefix: string) {
  return `${prefix} ${Date.now().toString(36).slice(-4)}${Math.floor(Math.random() * 1e4)}`;
}

/**
 * After "Create account": sign-up answers the same for a taken email as for a new one, so it
 * never signs in by itself; the step it shows next is a sign-in form with the email filled in.
 */
export async function finishSignUp(page: Page, password: string) {
  await expect(page.getByRole("status").filter({ hasText: /^Now sign in\./ })).toBeVisible();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

/** A new student of its own, so a journey starts from a clean slate whatever ran before. */
export async function signUpStudent(page: Page, name = uniqueName("Fresh Student")) {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("student"));
  await page.getByLabel("Password").fill("a-long-pass-phrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, "a-long-pass-phrase");
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** axe-core on the page as it is now; the message names the rule and the elements. */
export async function expectNoViolations(page: Page, label: string) {
  // Next streams a page's metadata after its body: after a client-side navigation the heading can
  // be on screen before the new <title>. A page with no title at all still fails here.
  await expect(page, `the title of ${label}`).toHaveTitle(/\S/);
  // Colours read mid-transition (a button fading from its pending or hover shade) are neither the
  // before nor the after: axe reads the page as someone who asked for less motion sees it (no
  // transitions: app/globals.css), and any animation still running ends first (endless ones, a
  // spinner, aren't waited for).
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  if (!markupChecksHere()) return; // the other browser pass runs axe on this journey (e2e/markup-share.ts)
  // axe's default run reads each frame apart (runPartial) and puts the results together in a new
  // blank page it opens for the purpose; on a page with no frames inside (the app has none), its
  // "legacy" run in the page itself reads the same rules on the same DOM without that extra page:
  // a fifth less CPU for the accessibility journeys (118.7 s against 92.4 s, cgroup CPU time of one
  // run each on a 2-core machine). A page with frames keeps the default, which reads inside them.
  const builder = new AxeBuilder({ page });
  if (page.frames().length === 1) builder.setLegacyMode();
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
