// axe on every page of the classes and assignments workflow, in its filled and error states.
import { expect, test } from "@playwright/test";
import { DEMO_STUDENT, DEMO_TEACHER, expectNoViolations, signIn } from "./helpers";

test("teacher class pages pass axe", async ({ page }) => {
  test.setTimeout(150_000); // seven axe runs; on a loaded 2-core machine one alone can take 10 s
  await signIn(page, DEMO_TEACHER);
  await page.goto("/teacher/classes");
  await expect(page.getByRole("link", { name: "Demo class — Economics 101" })).toBeVisible();
  await expectNoViolations(page, "/teacher/classes");

  await page.goto("/teacher/classes/new");
  await expectNoViolations(page, "new class");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Give the class a name.")).toBeVisible();
  await expectNoViolations(page, "new class with errors");

  await page.goto("/teacher/classes");
  await page.getByRole("link", { name: "Demo class — Economics 101" }).click();
  await expect(page.getByTestId("roster")).toContainText("Sam Park");
  await expectNoViolations(page, "class page");
  await page.getByRole("button", { name: "Get a new code" }).click();
  await expectNoViolations(page, "class page, confirming a new code");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Remove Sam Park from the class" }).click();
  await expectNoViolations(page, "class page, confirming a removal");
  await page.getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("link", { name: "Assign a question set" }).click();
  await expectNoViolations(page, "assign page");
  await page.getByLabel("Due at (optional)").fill("2020-01-01T09:00");
  await page.getByLabel("Attempts allowed").fill("0");
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByText("The due date must be after the opening date.")).toBeVisible();
  await expect(page.getByText("Allow at least 1 attempt.")).toBeVisible();
  await expectNoViolations(page, "assign page with errors");
});

test("the student dashboard with classes and assignments passes axe", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  await page.goto("/dashboard");
  await expect(page.getByTestId("assignments-todo")).toContainText("Korea–Japan economic ties: key facts");
  await expect(page.getByTestId("my-classes")).toContainText("Demo class — Economics 101");
  await expectNoViolations(page, "dashboard");
  await page.getByLabel("Join code").fill("nope");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(/That isn't a join code/)).toBeVisible();
  await expectNoViolations(page, "dashboard with a join error");
  await page.getByLabel("Join code").fill("fact 42");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("You're already in Demo class — Economics 101.")).toBeVisible();
  await expectNoViolations(page, "dashboard after joining");
});
