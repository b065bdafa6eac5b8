// Journey: a teacher builds a question set from approved questions, reorders it with the
// keyboard-reachable buttons, duplicates it; another teacher can't open it.
import { expect, test } from "@playwright/test";
import { addArticle, approveQuestions, expectNoViolations, NEWS_ARTICLE, signUpTeacher } from "./teacher-helpers";
import { SEED_SLUG } from "./helpers";

test("a teacher composes, reorders and duplicates a question set", async ({ page, browser }) => {
  test.setTimeout(180_000); // a long journey on a shared 2-core machine
  await signUpTeacher(page);
  await addArticle(page, { title: "Nordlys battery plant", published: "2025-03-04", text: NEWS_ARTICLE });
  await approveQuestions(page, 3);
  const slug = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto("/teacher/sets");
  await expect(page.getByText("No sets yet.")).toBeVisible();
  await expectNoViolations(page, "/teacher/sets");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByText("Give the set a title of at least 3 characters.")).toBeVisible();
  await page.getByLabel("Title").fill("Week 3: batteries");
  await page.getByLabel("Description (optional)").fill("Figures from the Nordlys story.");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Week 3: batteries" })).toBeVisible();
  await expect(page.getByText("No questions yet.")).toBeVisible();

  // The picker lists articles with approved questions: ours (3) and the shared seed article.
  await page.getByLabel("Article", { exact: true }).selectOption(slug);
  await page.getByRole("button", { name: "Show questions" }).click();
  const picks = page.getByTestId("pick-question");
  await expect(picks).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await picks.getByRole("button", { name: /^Add to set:/ }).first().click();
    await expect(page.getByTestId("set-item")).toHaveCount(i + 1);
  }
  // One more from another article.
  await page.getByLabel("Article", { exact: true }).selectOption(SEED_SLUG);
  await page.getByRole("button", { name: "Show questions" }).click();
  await picks.getByRole("button", { name: /^Add to set:/ }).first().click();
  await expect(page.getByTestId("set-item")).toHaveCount(4);
  await expectNoViolations(page, "set page");

  // Reorder with the keyboard: focus "Move down" on the first item and press Enter.
  const prompts = page.getByTestId("set-item-prompt");
  const [first, second] = [await prompts.nth(0).innerText(), await prompts.nth(1).innerText()];
  await page.getByRole("button", { name: `Move down: ${first}` }).focus();
  await page.keyboard.press("Enter");
  await expect(prompts.nth(0)).toHaveText(second);
  await expect(prompts.nth(1)).toHaveText(first);
  await page.getByRole("button", { name: `Move up: ${first}` }).click();
  await expect(prompts.nth(0)).toHaveText(first);
  const last = await prompts.nth(3).innerText();
  await page.getByRole("button", { name: `Remove from set: ${last}` }).click();
  await expect(page.getByTestId("set-item")).toHaveCount(3);
  await page.reload();
  await expect(prompts.nth(0)).toHaveText(first);
  await expect(prompts.nth(1)).toHaveText(second);

  // Duplicate: same questions, same order, its own title.
  const order = await prompts.allInnerTexts();
  await page.getByRole("button", { name: "Duplicate set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Copy of Week 3: batteries" })).toBeVisible();
  await expect(page.getByText("This is your copy.")).toBeVisible();
  expect(await prompts.allInnerTexts()).toEqual(order);
  const copyUrl = page.url();
  await page.getByLabel("Title").fill("Week 4: batteries again");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // Delete the copy (asks first).
  await page.getByRole("button", { name: "Delete set" }).click();
  await page.getByRole("button", { name: "Yes, delete this set" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\?deleted=1$/);
  await expect(page.getByRole("link", { name: "Week 3: batteries" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Week 4: batteries again" })).toHaveCount(0);
  const setUrl = (await page.getByRole("link", { name: "Week 3: batteries" }).getAttribute("href"))!;

  // Another teacher can't open the set (it looks missing) and doesn't list it.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpTeacher(otherPage, "Other Teacher");
  for (const url of [setUrl, new URL(copyUrl).pathname]) {
    const response = await otherPage.goto(url);
    expect(response?.status()).toBe(404);
  }
  await otherPage.goto("/teacher/sets");
  await expect(otherPage.getByText("No sets yet.")).toBeVisible();
  // Its article is in the library now (it has approved questions), but read-only for them.
  await otherPage.goto(`/teacher/articles/${slug}`);
  await expect(otherPage.getByText("shared by another teacher · read-only")).toBeVisible();
  await expect(otherPage.getByTestId("bank-question")).toHaveCount(3);
  await expect(otherPage.getByRole("button", { name: /^Approve:|^Retire:/ })).toHaveCount(0);
  await expect(otherPage.getByRole("link", { name: /^Edit:/ })).toHaveCount(0);
  await other.close();
});
