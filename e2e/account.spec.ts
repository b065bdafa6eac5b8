// Sessions that end, from the user's side (issue 12): the account page (change password, sign out
// of every device) and the admin's disable / enable on /admin. Every "ended" session is a real
// browser context that was signed in, or a copy of a session cookie taken before.
import { devices, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expect, test } from "./csp-guard";
import { expectNoViolations, signIn, signUpStudent, uniqueName } from "./helpers";
import { DEMO_ADMIN } from "./teacher-helpers";
import { screenshot } from "./screenshots";

const OLD_PASSWORD = "a-long-pass-phrase"; // what signUpStudent chooses
const NEW_PASSWORD = "velvet orbit tangerine ladder";
const BAD_CREDENTIALS = "That email and password don't match an account. Check both and try again.";
const DISABLED = /This account has been disabled by an admin/;

/** The account page, reached from the header; answers the signed-in email it shows. */
async function openAccount(page: Page): Promise<string> {
  await page.getByRole("banner").getByRole("link", { name: "Account", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  return (await page.getByTestId("account-email").textContent())!.trim();
}

/** The form's message (not Next's empty route announcer, also an alert). */
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

/** Fills the sign-in form (the page must show it) and submits. */
async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function contextWith(browser: Browser, baseURL: string | undefined, signInWith?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (signInWith) await signInWith(page);
  return { context, page };
}

/** An ended session: the page is the sign-in page, and the header shows no one signed in. */
async function expectSentToSignIn(page: Page, path = "/dashboard") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
}

async function expectFitsPhone(context: BrowserContext, browser: Browser, path: string, shot: string, ready: (page: Page) => Promise<void>) {
  const phoneContext = await browser.newContext({ ...devices["Pixel 7"], storageState: await context.storageState() });
  const phone = await phoneContext.newPage();
  await phone.goto(path);
  await ready(phone);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  await screenshot(phone, test.info().outputPath(shot), { fullPage: true });
  await phoneContext.close();
}

test("a student changes their password: every old session ends, the old password stops working, the new one signs in", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const name = uniqueName("Password Changer");
  await signUpStudent(page, name);
  const email = await openAccount(page);
  await expect(page.getByTestId("account-name")).toHaveText(name);
  await expect(page.getByTestId("account-role")).toHaveText("Student");
  await expectNoViolations(page, "/account");
  await screenshot(page, test.info().outputPath("account-desktop.png"), { fullPage: true });
  await expectFitsPhone(page.context(), browser, "/account", "account-phone.png", (p) => expect(p.getByRole("heading", { name: "Your account" })).toBeVisible());

  // A copy of the session cookie, taken while it works.
  const copy = await page.context().cookies();
  const thief = await contextWith(browser, baseURL);
  await thief.context.addCookies(copy);
  await thief.page.goto("/dashboard");
  await expect(thief.page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();

  // A wrong current password: said at that field, and nothing changes (the copy still works).
  await page.getByLabel("Current password").fill("not-my-password-at-all");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That isn't your current password. Nothing was changed.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  // A weak new password is refused by the sign-up rule.
  await page.getByLabel("Current password").fill(OLD_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("New password again").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/^That password is too easy to guess\./)).toBeVisible();
  await thief.page.reload();
  await expect(thief.page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();

  await page.getByLabel("Current password").fill(OLD_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("New password again").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-changed$/);
  await expect(page.getByRole("status").filter({ hasText: "Password changed. Sign in with your new password." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);

  // The copy is refused now; so is the old password; the new one signs in.
  await expectSentToSignIn(thief.page);
  await thief.context.close();
  await submitSignIn(page, email, OLD_PASSWORD);
  await expect(formAlert(page)).toHaveText(BAD_CREDENTIALS);
  await submitSignIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
});

test("sign out of every device ends the session in another browser too", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const name = uniqueName("Two Devices");
  await signUpStudent(page, name);
  const email = await openAccount(page);
  const laptop = await contextWith(browser, baseURL, (p) => signIn(p, { email, password: OLD_PASSWORD }));
  await laptop.page.goto("/progress");
  await expect(laptop.page.getByRole("heading", { name: "Your progress" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out of every device" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out-everywhere$/);
  await expect(page.getByRole("status").filter({ hasText: "You're signed out on every device." })).toBeVisible();
  await expectSentToSignIn(laptop.page, "/progress");
  await laptop.context.close();
  // The password is unchanged: signing in again works.
  await submitSignIn(page, email, OLD_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the admin disables a student (their open session ends, sign-in says why) and enables them again", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const name = uniqueName("Disabled Student");
  await signUpStudent(page, name);
  const email = await openAccount(page);

  const admin = await contextWith(browser, baseURL, (p) => signIn(p, DEMO_ADMIN));
  await admin.page.goto("/admin");
  const search = admin.page.getByRole("search");
  // The admin finds themselves, but can't disable their own account.
  await search.getByLabel("Email or name").fill(DEMO_ADMIN.email);
  await search.getByRole("button", { name: "Search accounts" }).click();
  await expect(admin.page).toHaveURL(/\/admin\?q=admin%40factdeck\.test#accounts$/);
  const self = admin.page.getByTestId("account").filter({ hasText: DEMO_ADMIN.email });
  await expect(self).toContainText("This is you");
  await expect(self.getByRole("button")).toHaveCount(0);

  await search.getByLabel("Email or name").fill(name.toUpperCase());
  await search.getByRole("button", { name: "Search accounts" }).click();
  const row = admin.page.getByTestId("account").filter({ hasText: email });
  await expect(row).toContainText(name);
  await expect(row).toContainText("student");
  await expect(row).toContainText("active");
  // Disabling asks first, in words; Cancel changes nothing.
  await row.getByRole("button", { name: `Disable ${name}'s account` }).click();
  await expect(row).toContainText(`This signs ${name} out everywhere at once`);
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("button", { name: `Disable ${name}'s account` })).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await row.getByRole("button", { name: `Disable ${name}'s account` }).click();
  await expectNoViolations(admin.page, "/admin with a disable to confirm");
  await row.getByRole("button", { name: `Yes, disable ${name}` }).click();
  await expect(row).toContainText("disabled");
  await expect(row.getByRole("button", { name: `Enable ${name}'s account` })).toBeVisible();
  await expectNoViolations(admin.page, "/admin with search results");
  await screenshot(admin.page, test.info().outputPath("admin-accounts-desktop.png"), { fullPage: true });
  await expectFitsPhone(admin.context, browser, admin.page.url(), "admin-accounts-phone.png", (p) => expect(p.getByTestId("account").filter({ hasText: email })).toBeVisible());

  // The student's open session ends at their next navigation.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  // The header, kept across that client-side navigation, catches up: no one is signed in.
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
  // A wrong password reads as for anyone; only the right one hears the account is disabled.
  await submitSignIn(page, email, "not-the-password-at-all");
  await expect(formAlert(page)).toHaveText(BAD_CREDENTIALS);
  await submitSignIn(page, email, OLD_PASSWORD);
  await expect(formAlert(page)).toHaveText(DISABLED);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);

  await row.getByRole("button", { name: `Enable ${name}'s account` }).click();
  await expect(row).toContainText("active");
  await admin.context.close();
  await submitSignIn(page, email, OLD_PASSWORD);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
});

test("/account is for signed-in people; a teacher and the admin reach it from the header too", async ({ page, browser, baseURL }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  for (const [who, user, role] of [
    ["teacher", { email: "teacher@factdeck.test", password: "factdeck-teacher" }, "Teacher"],
    ["admin", DEMO_ADMIN, "Admin"],
  ] as const) {
    const { context, page: theirs } = await contextWith(browser, baseURL, (p) => signIn(p, user));
    expect(await openAccount(theirs), who).toBe(user.email);
    await expect(theirs.getByTestId("account-role")).toHaveText(role);
    await context.close();
  }
});
