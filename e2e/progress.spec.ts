// Journey: a student finishes a practice quiz, sees their progress, reviews the questions that
// came due, and finds themselves on the leaderboard. Issue 6.
import { expect, test } from "./csp-guard"; // fails the journey on any CSP violation
import { expectNoViolations, finishSignUp, letTimePass, openTestDb, SEED_SLUG, uniqueEmail } from "./helpers";
import { answerCorrectly, answerKey, currentQuestion, fillCorrectAnswer } from "./quiz-helpers";
import { feedbackExplanation } from "@/lib/feedback/explanation";

/** Spaced review works in days: move this student's cards into the past, as if time had passed. */
const letReviewsComeDue = (email: string) => letTimePass(`UPDATE ReviewCard SET due = ? WHERE userId = (SELECT id FROM User WHERE email = ?)`, email);

test("a student sees progress, reviews due questions and finds their own row on the leaderboard", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("progress");
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Progress Pat");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-pass-phrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, "a-long-pass-phrase");
  await expect(page).toHaveURL(/\/dashboard$/);

  // A practice quiz, all answered right.
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  const db = await openTestDb();
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    await answerCorrectly(page, await answerKey(db, (await currentQuestion(page)).id));
    if (i < total - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page.getByTestId("score")).toHaveText(`You scored ${total} out of ${total}`);

  // Progress: answered, accuracy, streak, the chart with its table, mastery.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByText("Questions answered").locator("..")).toContainText(String(total));
  await expect(page.getByText("Accuracy").locator("..")).toContainText("100%");
  await expect(page.getByText("Daily streak").locator("..")).toContainText("1 day");
  await expect(page.locator("figure").filter({ hasText: "Your score on each finished quiz" }).locator(".recharts-surface")).toBeVisible();
  await page.getByText("Show scores as a table").click();
  await expect(page.getByRole("table").getByRole("cell", { name: "100%" })).toBeVisible();
  await expect(page.getByRole("meter").first()).toHaveAttribute("aria-valuenow", "100");
  await expectNoViolations(page, "/progress");

  // Right answers come back in days; the dashboard says nothing is due yet.
  await page.goto("/dashboard");
  await expect(page.getByTestId("review-due")).toContainText("No reviews due");
  expect(await letReviewsComeDue(email)).toBe(total);
  await page.reload();
  await expect(page.getByTestId("review-due")).toContainText(`${total} questions to review`);
  await page.getByRole("link", { name: "Start review" }).click();
  await expect(page.getByTestId("due-count")).toContainText(`${total} questions due`);
  await expectNoViolations(page, "/review");

  // One review: the key reaches the page only after answering.
  const card = page.getByTestId("review-card");
  const promptText = await card.getByRole("heading", { level: 2 }).innerText();
  const id = ((await db.get("SELECT id FROM Question WHERE prompt = ?", promptText)) as { id: string }).id;
  const key = await answerKey(db, id);
  await db.close();
  expect(await page.content()).not.toContain(key.explanation);
  await fillCorrectAnswer(card, key);
  await page.getByRole("button", { name: "Check answer" }).click();
  const feedback = page.getByTestId("review-feedback");
  await expect(feedback.getByRole("heading", { name: "Right" })).toBeVisible();
  await expect(feedback).toContainText(key.answerText);
  const shown = feedbackExplanation(key.explanation, key.source.sentence, key.answerText);
  if (shown) await expect(feedback).toContainText(shown);
  await expect(feedback.locator("blockquote")).toHaveText(key.source.sentence);
  await expect(feedback.getByRole("link", { name: "See it in the article" })).toHaveAttribute("href", new RegExp(`/articles/${SEED_SLUG}\\?s=`));
  await expectNoViolations(page, "/review with feedback");
  await feedback.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByTestId("due-count")).toContainText(total - 1 === 1 ? "1 question due" : `${total - 1} questions due`);

  // The leaderboard: this week and all time, with the student's own row highlighted.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leaderboard" }).click();
  await expect(page.getByTestId("week-note")).toContainText("Monday at 00:00 UTC");
  const mine = page.getByTestId("my-row");
  await expect(mine).toContainText("Progress Pat");
  await expect(mine).toContainText(String(total * 10));
  await expect(mine).toHaveAttribute("aria-current", "true");
  await expect(page.getByText(/10 points for each right answer/)).toBeVisible();
  await expectNoViolations(page, "/leaderboard");
  await page.getByRole("link", { name: "All time" }).click();
  await expect(page.getByRole("heading", { name: "Everyone · all time" })).toBeVisible();
  await expect(page.getByTestId("my-row")).toContainText(String(total * 10));
  // No emails anywhere on the board.
  expect(await page.locator("main").innerText()).not.toMatch(/@/);

  // Hiding from the global board is the student's choice; they still see their own rank.
  await page.getByLabel("Hide me from the global leaderboard").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're hidden from the global leaderboard." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Hide me from the global leaderboard")).toBeChecked();
  await expect(page.getByTestId("my-row")).toBeVisible();
  await expect(page.getByText(/You're hidden from others on this board/)).toBeVisible();
});
