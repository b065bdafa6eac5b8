import { expect, test } from "./csp-guard"; // fails the journey on any CSP violation
import { DEMO_STUDENT, signIn, signOut, uniqueEmail } from "./helpers";

test("a visitor signs up as a student, signs out, and the demo student signs in", async ({ page }) => {
  const email = uniqueEmail("new-student");
  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).click();
  await page.getByLabel("Display name").fill("Robin Test");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-pass-phrase");
  await page.getByRole("radio", { name: /Student/ }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Hello, Robin Test" })).toBeVisible();

  await signOut(page);
  await signIn(page, DEMO_STUDENT);
  await expect(page.getByRole("heading", { name: `Hello, ${DEMO_STUDENT.name}` })).toBeVisible();
});

test("sign-up as a teacher lands on the teacher pages", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Mr. Teach");
  await page.getByLabel("Email").fill(uniqueEmail("teacher"));
  await page.getByLabel("Password").fill("another-long-phrase");
  await page.getByRole("radio", { name: /Teacher/ }).click();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
});

test("sign-in says the same thing for a wrong password and an unknown email", async ({ page }) => {
  const messages: string[] = [];
  for (const [email, password] of [
    [DEMO_STUDENT.email, "wrong-password-123"],
    ["nobody-here@example.com", "wrong-password-123"],
  ] as const) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "don't match" });
    await expect(alert).toBeVisible();
    messages.push((await alert.innerText()).trim());
  }
  expect(messages[0]).toBe(messages[1]);
});

test("sign-up explains weak passwords and taken emails, and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Short Pass");
  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Short Pass");

  await page.getByLabel("Email").fill(DEMO_STUDENT.email);
  await page.getByLabel("Password").fill("a-long-pass-phrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/can't create an account with that email/)).toBeVisible();
});
