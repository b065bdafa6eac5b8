// Issue 12, defect 7: a teacher could change the key of a library question inside another
// teacher's live assignment. The demo class's assignment uses the seed article's questions; a
// second teacher editing one of them gets their own copy, and can't retire the original.
import { expect, test } from "@playwright/test";
import { openTestDb, SEED_SLUG, uniqueName } from "./helpers";
import { signUpTeacher } from "./teacher-helpers";
import { screenshot } from "./screenshots";

test("editing a library question in another teacher's assignment makes your own copy", async ({ page }) => {
  test.setTimeout(120_000);
  const db = await openTestDb();
  const row = (await db.get(`SELECT q.id, q.prompt, q.bodyJson, q.version FROM Question q
       JOIN QuestionSetItem i ON i.questionId = q.id JOIN QuestionSet s ON s.id = i.setId JOIN User u ON u.id = s.ownerId
       WHERE u.email = 'teacher@factdeck.test' AND q.type = 'single_choice' AND q.status = 'approved' LIMIT 1`,)) as { id: string; prompt: string; bodyJson: string; version: number };
  await db.close();

  await signUpTeacher(page, uniqueName("Second Teacher"));
  await page.goto(`/teacher/articles/${SEED_SLUG}?status=approved`);
  const card = page.locator(`#question-${row.id}`);
  await expect(card.getByRole("button", { name: /^Retire:/ })).toHaveCount(0);
  await expect(card.getByRole("button", { name: /^Back to draft:/ })).toHaveCount(0);
  await card.getByRole("link", { name: /^Edit a copy:/ }).click();
  await expect(page.getByRole("heading", { name: "Edit a copy" })).toBeVisible();
  await expect(page.getByText("Editing makes your own copy.")).toBeVisible();
  await screenshot(page, test.info().outputPath("edit-a-copy.png"), { fullPage: true });
  await page.getByLabel("Prompt").fill("My own wording of this question?");
  await page.getByRole("button", { name: "Save as my copy" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/articles/${SEED_SLUG}\\?copied=`));
  await expect(page.getByText(/Saved as your own copy/)).toBeVisible();
  await page.goto(`/teacher/articles/${SEED_SLUG}?status=draft`);
  const copy = page.getByTestId("bank-question").filter({ hasText: "My own wording of this question?" });
  await expect(copy.getByText("your copy")).toBeVisible();
  await expect(copy.getByRole("button", { name: /^Approve:/ })).toBeVisible();

  const after = await openTestDb();
  const original = (await after.get("SELECT prompt, bodyJson, version, status FROM Question WHERE id = ?", row.id)) as { prompt: string; bodyJson: string; version: number; status: string };
  const copies = (await after.get("SELECT COUNT(*) AS n FROM Question WHERE copiedFromId = ?", row.id)) as { n: number };
  await after.close();
  expect(original).toEqual({ prompt: row.prompt, bodyJson: row.bodyJson, version: row.version, status: "approved" });
  expect(copies.n).toBe(1);
});
