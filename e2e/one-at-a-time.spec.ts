// Issue 4, "previous/next or one-at-a-time as the quiz requires": a teacher assigns the demo set
// one question at a time. The student moves only forward (skipping asks first), a reload or an
// old address can't take them back, and the server refuses an answer to a question left behind.
import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, openTestDb, signIn, signUpStudent, uniqueName } from "./helpers";
import { answerCorrectly, answerKey, currentQuestion } from "./quiz-helpers";
import { createClass, joinWith, startAssigning } from "./teacher-helpers";
import { screenshot } from "./screenshots";

const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

test("one question at a time: forward only, skipping asks first, and no way back", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  const className = `One at a time ${Date.now()}`;
  const code = await createClass(teacher, className);
  await startAssigning(teacher, DEMO_SET_TITLE);
  await teacher.getByRole("checkbox", { name: /One question at a time/ }).check();
  await screenshot(teacher, test.info().outputPath("assign-form.png"), { fullPage: true });
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toContainText("One at a time");

  const studentContext = await browser.newContext();
  const page = await studentContext.newPage();
  await signUpStudent(page, uniqueName("Omar Onward"));
  await joinWith(page, code);
  await expect(page.getByTestId("assignments-todo")).toContainText("One question at a time");
  await page.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptUrl = page.url();
  const attemptId = attemptUrl.split("/").pop()!;
  const total = Number((await page.getByText(/^Question 1 of \d+$/).innerText()).match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(3);

  await expect(page.getByTestId("one-at-a-time")).toHaveText("One question at a time: once you move on, you can't go back.");
  await expect(page.getByRole("button", { name: "← Previous" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Questions" })).toHaveCount(0);
  // No time limit: the attempt closes at the due date a week away, given as "due in", not a countdown.
  await expect(page.getByTestId("quiz-timer")).toContainText(/^Due in \d days? \d{1,2} h/);

  // Question 1, answered right; moving on needs no confirmation.
  const db = await openTestDb();
  const first = await currentQuestion(page);
  await answerCorrectly(page, await answerKey(db, first.id));
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
  await expect(page).toHaveURL(`${attemptUrl}?q=2`);
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();

  // Question 2, left blank: moving on asks first; "Stay" stays.
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Skip this question? You can't come back to it." })).toBeVisible();
  await expectNoViolations(page, "one-at-a-time quiz, asking before a skip");
  await page.getByRole("button", { name: "Stay" }).click();
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
  // On a short window the buttons are below the prompt's scroll position, as on most phones.
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("button", { name: "Skip it" }).click();
  await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
  // Focus moved to the new question's prompt, scrolled into view below the sticky header.
  const prompt = page.getByRole("heading", { level: 2 });
  await expect(prompt).toBeFocused();
  const headerBottom = (await page.locator("header").boundingBox())!;
  expect((await prompt.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom.y + headerBottom.height);
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, test.info().outputPath("one-at-a-time.png"), { fullPage: true });

  // Neither a reload nor an old address goes back.
  await page.goto(`${attemptUrl}?q=1`);
  await expect(page.getByText(`Question 3 of ${total}`)).toBeVisible();
  await expect(page.getByText("1 answered")).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, test.info().outputPath("one-at-a-time-phone.png"), { fullPage: true });

  // Nor does a hand-made request: the server refuses an answer to question 1 now.
  const given = (await db.get("SELECT answerJson FROM Response WHERE attemptId = ? AND questionId = ?", attemptId, first.id)) as { answerJson: string };
  const refused = await page.request.put(`/api/attempts/${attemptId}/responses/${first.id}`, { data: { response: JSON.parse(given.answerJson) } });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toEqual({
    ok: false,
    message: "This quiz goes one question at a time, and you've moved on from that question, so its answer can't change.",
  });

  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByTestId("score")).toHaveText(`You scored 1 out of ${total}`);
  const answers = (await db.get("SELECT COUNT(*) AS n FROM Response WHERE attemptId = ?", attemptId)) as { n: number };
  expect(answers.n).toBe(1);
  await db.close();

  await Promise.all([teacherContext.close(), studentContext.close()]);
});
