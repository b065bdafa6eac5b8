import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, SEED_SLUG, signIn, signUpStudent } from "./helpers";

test("public pages pass axe", async ({ page }) => {
  for (const path of ["/", "/articles", `/articles/${SEED_SLUG}`, "/sign-in", "/sign-up", "/no-such-page"]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
});

test("student pages, including every question type of a quiz, pass axe", async ({ page }) => {
  // Thirteen axe scans (dashboard, the ten practice questions, result, forbidden) at 3–5 s each on
  // a shared 2-core machine under a full run: about a minute, just over the default 60 s.
  test.setTimeout(120_000);
  await signUpStudent(page);
  await page.goto("/dashboard");
  await expectNoViolations(page, "/dashboard");
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  for (let i = 0; i < total; i++) {
    await expectNoViolations(page, `quiz question ${i + 1}`);
    if (i < total - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
  await expectNoViolations(page, "result");
  await page.goto("/teacher");
  await expectNoViolations(page, "forbidden");
});

test("teacher pages pass axe", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  for (const path of ["/teacher", `/teacher/articles/${SEED_SLUG}`]) {
    await page.goto(path);
    await expectNoViolations(page, path);
  }
});

test("the quiz works with the keyboard alone", async ({ page }) => {
  await signUpStudent(page);
  await page.goto(`/articles/${SEED_SLUG}`);
  const practise = page.getByRole("button", { name: "Practise this article" });
  await practise.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question")).toBeVisible();
  // Tab into the answer controls and answer with the keyboard; then move on with "Next".
  const type = await page.getByTestId("question").getAttribute("data-question-type");
  const heading = page.getByTestId("question").getByRole("heading");
  await heading.focus();
  await page.keyboard.press("Tab");
  if (type === "single_choice" || type === "true_false") await page.keyboard.press("Space");
  else if (type === "multiple_select") await page.keyboard.press("Space");
  else if (type === "numeric") await page.keyboard.type("12");
  else if (type === "fill_blank") await page.keyboard.type("answer");
  else if (type === "ordering") await page.keyboard.press("Enter");
  else if (type === "matching") await page.keyboard.press("ArrowDown");
  await expect(page.getByText("1 answered")).toBeVisible();
  await page.getByRole("button", { name: "Next →" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Question 2 of/)).toBeVisible();
  // Focus moved to the new question's prompt, so screen readers read it first.
  await expect(page.getByTestId("question").getByRole("heading")).toBeFocused();
});
