import { expect, test } from "./csp-guard"; // fails the journey on any CSP violation
import type { Question } from "@/lib/question-types";
import { expectNoViolations, openTestDb, SEED_SLUG } from "./helpers";
import { findLeaks, publicTextOf, recordBodies, secretsOf } from "./leak-scanner";
import { answerKey, currentQuestion, fillCorrectAnswer } from "./quiz-helpers";
import { screenshot } from "./screenshots";

test("a visitor takes the demo quiz without an account, sees the score and feedback quoting the source, and nothing is stored", async ({ page }) => {
  const db = await openTestDb();
  const rowsBefore = (await db.get("SELECT (SELECT COUNT(*) FROM Attempt) + (SELECT COUNT(*) FROM Response) + (SELECT COUNT(*) FROM User) AS n")) as { n: number };

  await page.goto("/");
  await page.getByRole("link", { name: "Try the demo quiz" }).click();
  await expect(page).toHaveURL(/\/demo$/);
  // From here on the browser must learn no answer: record a full load of the quiz page.
  const recorder = recordBodies(page);
  await page.reload();
  await expect(page.getByText("not saved")).toBeVisible(); // said up front
  await expectNoViolations(page, "/demo");

  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(5);
  const seen: Question[] = [];
  const ids: string[] = [];
  // Every question but the last is answered right; the last is left blank, so the review shows both.
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const { id } = await currentQuestion(page);
    const key = await answerKey(db, id);
    seen.push(key);
    ids.push(id);
    if (i < total - 1) {
      await fillCorrectAnswer(page.getByTestId("question"), key);
      await page.getByRole("button", { name: "Next →" }).click();
    }
  }
  expect(new Set(seen.map((q) => q.type)).size).toBeGreaterThanOrEqual(4); // a mix of types
  await screenshot(page, test.info().outputPath("demo-question.png"), { fullPage: true });

  // Everything the browser received before submitting holds no answer key.
  const beforeSubmit = await recorder.stop();
  const sawQuiz = beforeSubmit.some((b) => new URL(b.url).pathname === "/demo" && b.body.includes(ids[0]!));
  expect(sawQuiz, `the recorder saw the quiz; it saw ${beforeSubmit.map((b) => `${b.url} (${b.body.length} chars)`).join(", ")}`).toBe(true);
  expect(findLeaks(beforeSubmit, secretsOf(seen), publicTextOf(seen))).toEqual([]);

  await page.getByRole("button", { name: "Check my answers" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByTestId("score")).toHaveText(`You scored ${total - 1} out of ${total}`);
  await expect(page.getByTestId("score")).toBeFocused();
  await expect(page.getByText("Correct", { exact: true })).toHaveCount(total - 1);
  await expect(page.getByText("Not right", { exact: true })).toHaveCount(1);
  await expect(page.getByText("No answer")).toHaveCount(1);
  // The key arrives only now, with the grade: the same scan finds it on the page, so it can fail.
  expect(findLeaks([{ url: page.url(), body: await page.content() }], secretsOf(seen), publicTextOf(seen)).length).toBeGreaterThan(0);

  // Feedback quotes each source sentence and links to it in the article.
  await expect(page.locator("blockquote").first()).toContainText(seen[0]!.source.sentence.slice(0, 40));
  await page.getByTestId("feedback-details").first().locator("summary").click(); // a right answer: folded
  const link = page.getByRole("link", { name: "See it in the article" }).first();
  await expect(link).toHaveAttribute("href", `/articles/${SEED_SLUG}?s=${seen[0]!.source.start}-${seen[0]!.source.end}#source`);
  await expect(page.getByRole("link", { name: "Create a free account" }).last()).toBeVisible();
  await expectNoViolations(page, "/demo review");
  await screenshot(page, test.info().outputPath("demo-review.png"), { fullPage: true });

  const rowsAfter = (await db.get("SELECT (SELECT COUNT(*) FROM Attempt) + (SELECT COUNT(*) FROM Response) + (SELECT COUNT(*) FROM User) AS n")) as { n: number };
  expect(rowsAfter.n).toBe(rowsBefore.n);
  await db.close();

  await link.click();
  await expect(page.locator("mark.source-target").first()).toBeVisible();
});

test("the seed article offers signed-out visitors the demo quiz, on a phone too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("link", { name: "Try the demo quiz" }).click();
  await expect(page.getByTestId("question")).toBeVisible();
  // Keyboard: moving on puts focus on the new question, so a screen reader reads it.
  await page.getByRole("button", { name: "Next →" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  await screenshot(page, test.info().outputPath("demo-phone.png"), { fullPage: true });
  await expectNoViolations(page, "/demo at 390px");
});
