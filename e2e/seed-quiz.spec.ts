import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { DEMO_STUDENT, openTestDb, SEED_SLUG, signIn, signUpStudent } from "./helpers";
import { findLeaks, publicTextOf, recordBodies, secretsOf } from "./leak-scanner";
import { answerCorrectly, answerKey, currentQuestion, fillCorrectAnswer } from "./quiz-helpers";

test("the demo student takes the seed quiz, answer keys never reach the browser before submitting, and the score is right", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  await submitAnyPracticeInProgress(page); // a retried run starts from a fresh attempt too
  await page.goto(`/articles/${SEED_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Korean business leaders");
  // The article itself states every fact; from here on, the browser must learn no answer.
  const recorder = recordBodies(page);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);

  // Playwright may not hand over a streamed body (a server action's redirect payload, a client
  // navigation), so also fetch the attempt page itself, as HTML and as an RSC payload — before
  // answering, since afterwards it rightly holds the student's own (correct) answers.
  const attemptUrl = page.url();
  const attemptPage = [
    { url: `${attemptUrl} (html)`, body: await (await page.request.get(attemptUrl)).text() },
    { url: `${attemptUrl} (rsc)`, body: await (await page.request.get(attemptUrl, { headers: { RSC: "1" } })).text() },
  ];

  const db = await openTestDb();
  const seen: Question[] = [];
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(3);
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const { id } = await currentQuestion(page);
    const key = await answerKey(db, id);
    seen.push(key);
    await answerCorrectly(page, key);
    if (i < total - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  await db.close();
  expect(attemptPage[1]!.body).toContain(seen[0]!.prompt.slice(0, 20)); // the payload really holds the quiz

  // Everything the browser received while taking the quiz, before it was submitted:
  const beforeSubmit = [...(await recorder.stop()), ...attemptPage];
  expect(beforeSubmit.length).toBeGreaterThanOrEqual(total); // the recorder really saw the saves
  expect(findLeaks(beforeSubmit, secretsOf(seen), publicTextOf(seen))).toEqual([]);

  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByTestId("score")).toHaveText(`You scored ${total} out of ${total}`);
  await expect(page.getByTestId("feedback-verdict").filter({ hasText: /^Correct$/ })).toHaveCount(total);

  // The review quotes the source sentence and links to it in the article.
  await expect(page.locator("blockquote").first()).toContainText(seen[0]!.source.sentence.slice(0, 40));
  // Once submitted, the answers may be shown: the same scan finds them in the review page the
  // browser shows (its DOM, read once every verdict is on screen), which proves the scanner can fail.
  expect(findLeaks([{ url: page.url(), body: await page.content() }], secretsOf(seen), publicTextOf(seen)).length).toBeGreaterThan(0);

  // Every answer was right, so each explanation is folded: open the first, then follow its link.
  await page.getByTestId("feedback-details").first().locator("summary").click();
  await page.getByRole("link", { name: /See it in the article/ }).first().click();
  await expect(page.locator("mark.source-target").first()).toBeVisible();
});

test("submitting with nothing answered scores zero and the review shows the right answers", async ({ page }) => {
  await signUpStudent(page);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page.getByTestId("question")).toBeVisible();
  // Submit with nothing answered: every question scores zero.
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByTestId("score")).toHaveText(/You scored 0 out of \d+/);
  await expect(page.getByText("No answer").first()).toBeVisible();
});

test("a reload resumes the attempt with its saved answers", async ({ page }) => {
  await signUpStudent(page);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  const db = await openTestDb();
  const { id } = await currentQuestion(page);
  await answerCorrectly(page, await answerKey(db, id));
  await db.close();
  const url = page.url();
  expect(url).toMatch(/\/attempts\/[a-z0-9]+$/);
  // The address follows the question, so a reload comes back to the one the student was on.
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page).toHaveURL(`${url}?q=2`);
  await page.reload();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await expect(page.getByText("1 answered")).toBeVisible();
  await page.getByRole("button", { name: "← Previous" }).click();
  await expect(page).toHaveURL(`${url}?q=1`);
  // Starting again from the article resumes the same attempt, at its first unanswered question,
  // rather than opening a second one.
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  await expect(page.getByText("1 answered")).toBeVisible();
});

test("an answer that can't be saved says so, retries, and is there after a reload", async ({ page }) => {
  await signUpStudent(page);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const db = await openTestDb();
  const { id } = await currentQuestion(page);
  const key = await answerKey(db, id);

  // The connection drops: every autosave fails until it comes back.
  let offline = true;
  const attempts: string[] = [];
  await page.route("**/api/attempts/*/responses/*", async (route) => {
    attempts.push(route.request().method());
    if (offline) await route.abort("internetdisconnected");
    else await route.continue();
  });
  await fillCorrectAnswer(page.getByTestId("question"), key);
  await expect(page.getByRole("status").filter({ hasText: "Not saved yet — check your connection. Retrying…" })).toBeVisible();
  expect((await db.get('SELECT COUNT(*) AS n FROM "Response" r JOIN "Question" q ON q.id = r.questionId WHERE q.id = ? AND r.attemptId = ?', id, page.url().split("/").pop()))).toEqual({ n: 0 });

  offline = false; // back online: the next retry goes through
  await expect(page.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible({ timeout: 15_000 });
  expect(attempts.length).toBeGreaterThan(1);
  expect(new Set(attempts)).toEqual(new Set(["PUT"]));
  await db.close();

  await page.unroute("**/api/attempts/*/responses/*");
  await page.reload();
  await expect(page.getByText("1 answered")).toBeVisible();
});

/** Hands in whatever practice the student left open, so the journey's attempt is a new one. */
async function submitAnyPracticeInProgress(page: Page) {
  await page.goto("/dashboard");
  const resume = page.locator('section[aria-labelledby="resume"]').getByRole("link", { name: "Resume" });
  while ((await resume.count()) > 0) {
    await resume.first().click();
    await page.getByRole("button", { name: "Submit quiz" }).click();
    const anyway = page.getByRole("button", { name: "Submit anyway" });
    await expect(anyway.or(page.getByTestId("score"))).toBeVisible();
    if (await anyway.isVisible()) await anyway.click();
    await expect(page).toHaveURL(/\/result$/);
    await page.goto("/dashboard");
  }
}
