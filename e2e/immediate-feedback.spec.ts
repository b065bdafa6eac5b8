import { expect, test } from "@playwright/test";
import { expectNoViolations, openTestDb, SEED_SLUG, signUpStudent, uniqueName } from "./helpers";
import { answerCorrectly, answerKey, currentQuestion } from "./quiz-helpers";

test("with feedback after each question, checking an answer shows the verdict and its source, and locks the answer", async ({ page }) => {
  await signUpStudent(page, uniqueName("Immediate Learner"));
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByLabel("Feedback after each question").check();
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page.getByTestId("question")).toBeVisible();

  const db = await openTestDb();
  const { id } = await currentQuestion(page);
  const key = await answerKey(db, id);
  await db.close();
  await answerCorrectly(page, key);
  await page.getByRole("button", { name: "Check answer" }).click();

  const card = page.getByTestId("question");
  await expect(card.getByTestId("feedback-verdict")).toHaveText("Correct");
  // A right answer's explanation and source are folded away; they open on request.
  await card.getByTestId("feedback-details").locator("summary").click();
  await expect(card.locator("blockquote")).toContainText(key.source.sentence.slice(0, 30));
  await expect(card.getByRole("link", { name: /See it in the article/ })).toHaveAttribute("href", new RegExp(`s=${key.source.start}-${key.source.end}#source`));
  await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
  await expectNoViolations(page, "quiz with feedback shown");

  // The feedback survives a reload, and the answer stays locked.
  await page.reload();
  await page.getByRole("button", { name: "Question 1, answered" }).click();
  await expect(page.getByTestId("question").getByTestId("feedback-verdict")).toHaveText("Correct");
});
