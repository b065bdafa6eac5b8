// Issue 12, defect 7: a teacher account needs a school invitation code or an admin's approval.
// The admin makes a code on /admin and a new teacher signs up with it; a teacher who signs up
// without one waits (the teacher pages say so) until the admin approves them on /admin.
import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoViolations, finishSignUp, signIn, signUpStudent, uniqueEmail, uniqueName } from "./helpers";
import { DEMO_ADMIN } from "./teacher-helpers";
import { screenshot } from "./screenshots";

async function signUpAsTeacher(page: Page, name: string, code?: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail("teacher"));
  await page.getByLabel("Password").fill("a-long-teacher-phrase");
  await page.getByRole("radio", { name: /Teacher/ }).click();
  if (code) await page.getByLabel("School invitation code (optional)").fill(code);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function asAdmin(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO_ADMIN);
  return { context, page };
}

test("the admin makes an invitation code; a teacher who signs up with it teaches at once", async ({ browser, page }) => {
  test.setTimeout(180_000); // took 1.4 min on a loaded 2-core machine
  const admin = await asAdmin(browser);
  await admin.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(admin.page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await admin.page.getByLabel("Who it is for (optional)").fill("Lincoln High, science");
  await admin.page.getByLabel("Teachers who may use it").fill("2");
  await admin.page.getByLabel("Valid for (days)").fill("14");
  await admin.page.getByRole("button", { name: "Create invitation code" }).click();
  const made = admin.page.getByTestId("new-invite-code");
  await expect(made).toHaveText(/^New invitation code: [A-Z0-9]{5}-[A-Z0-9]{5}$/);
  const code = (await made.textContent())!.split(": ")[1]!;
  const listed = admin.page.getByTestId("invite").filter({ hasText: code });
  await expect(listed).toContainText("Used 0 of 2");
  await expect(listed).toContainText("active");

  // A mistyped code is a field error; the right one (lower case is fine) makes a teacher.
  await signUpAsTeacher(page, uniqueName("Invited Teacher"), "ZZZZZ-ZZZZZ");
  await expect(page.getByText(/That invitation code isn't valid/)).toBeVisible();
  await page.getByLabel("School invitation code (optional)").fill(code.toLowerCase());
  await page.getByLabel("Password").fill("a-long-teacher-phrase");
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up never signs in by itself (it answers a taken email as a free one): the next step does.
  await finishSignUp(page, "a-long-teacher-phrase");
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();

  await admin.page.reload();
  await expect(admin.page.getByTestId("invite").filter({ hasText: code })).toContainText("Used 1 of 2");
  // Revoked, it makes no more teachers.
  await admin.page.getByRole("button", { name: `Revoke code ${code}` }).click();
  await expect(admin.page.getByTestId("invite").filter({ hasText: code })).toContainText("revoked");
  await admin.context.close();
});

test("a teacher who signs up without a code waits for the admin, who approves them", async ({ browser, page }) => {
  test.setTimeout(240_000); // two sign-ins, axe twice and two full-page screenshots on a shared 2-core machine
  const name = `Waiting Teacher ${Date.now() % 100000}`;
  await signUpAsTeacher(page, name);
  await finishSignUp(page, "a-long-teacher-phrase");
  await expect(page).toHaveURL(/\/teacher-approval$/);
  await expect(page.getByRole("heading", { name: "Your teacher account is waiting for approval" })).toBeVisible();
  await expectNoViolations(page, "the waiting page");
  await page.goto("/teacher/classes");
  await expect(page.getByRole("heading", { name: "Your teacher account is waiting for approval" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teach" })).toHaveCount(0);
  // The student side works meanwhile.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const admin = await asAdmin(browser);
  await admin.page.goto("/admin");
  const request = admin.page.getByTestId("teacher-request").filter({ hasText: name });
  await expect(request).toBeVisible();
  await expectNoViolations(admin.page, "/admin");
  await screenshot(admin.page, test.info().outputPath("admin-desktop.png"), { fullPage: true });

  // On a phone too: the admin page fits the screen.
  const phoneContext = await browser.newContext({ ...devices["Pixel 7"], storageState: await admin.context.storageState() });
  const phone = { context: phoneContext, page: await phoneContext.newPage() };
  await phone.page.goto("/admin");
  await expect(phone.page.getByTestId("teacher-request").filter({ hasText: name })).toBeVisible();
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "/admin scrolls sideways on a phone").toBeLessThanOrEqual(0);
  await screenshot(phone.page, test.info().outputPath("admin-phone.png"), { fullPage: true });
  await phone.context.close();

  await request.getByRole("button", { name: `Approve ${name} as a teacher` }).click();
  await expect(admin.page.getByTestId("teacher-request").filter({ hasText: name })).toHaveCount(0);
  await admin.context.close();

  await page.goto("/teacher");
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
});

test("/admin is for the admin only", async ({ browser, page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin/);
  await signUpStudent(page, uniqueName("Curious Student"));
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "That page is for admins" })).toBeVisible();
  await expect(page.getByText("Invitation codes")).toHaveCount(0);
  const teacher = await browser.newContext();
  const teacherPage = await teacher.newPage();
  await signIn(teacherPage, { email: "teacher@factdeck.test", password: "factdeck-teacher" });
  await teacherPage.goto("/admin");
  await expect(teacherPage.getByRole("heading", { name: "That page is for admins" })).toBeVisible();
  await teacher.close();
});
