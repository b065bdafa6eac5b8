// Issue 4, time limits: a teacher sets a one-minute limit. One student's device clock runs five
// minutes fast; the timer still counts down the server's minute and submits when it runs out.
// Another student answers one question and walks away; the server closes that attempt at its
// deadline with the answer it had. Real time passes here (about 80 s): the deadline is the
// server's, so the test cannot fast-forward it.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, openTestDb, signIn, signUpStudent } from "./helpers";
import { answerCorrectly, answerKey, currentQuestion } from "./quiz-helpers";
import { createClass, joinWith, startAssigning } from "./teacher-helpers";
import { screenshot } from "./screenshots";

const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";
const GRACE_MS = 10_000; // lib/attempts/policy.ts DEADLINE_GRACE_MS

/** Starts the assignment from the dashboard; returns the attempt's id and question count. */
async function start(page: Page): Promise<{ attemptId: string; total: number }> {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const total = Number((await page.getByText(/^Question 1 of \d+$/).innerText()).match(/of (\d+)/)![1]);
  return { attemptId: page.url().split("/").pop()!, total };
}

/** Answers the question on screen right, and waits until it is saved. */
async function answerThisOne(page: Page) {
  const db = await openTestDb();
  await answerCorrectly(page, await answerKey(db, (await currentQuestion(page)).id));
  await db.close();
}

test("a timed assignment counts down by the server's clock, submits itself when time is up, and closes an abandoned attempt at its deadline", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  const className = `Timed ${Date.now()}`;
  const code = await createClass(teacher, className);
  await startAssigning(teacher, DEMO_SET_TITLE);
  await teacher.getByLabel("Time limit in minutes (optional)").fill("1");
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toContainText("1 min limit");

  // Ana's laptop clock is five minutes fast.
  const anaContext = await browser.newContext();
  await anaContext.clock.install({ time: Date.now() + 5 * 60_000 });
  const ana = await anaContext.newPage();
  await signUpStudent(ana, "Ana Timed");
  await joinWith(ana, code);
  await expect(ana.getByTestId("assignments-todo")).toContainText("1 min limit");
  const anaAttempt = await start(ana);
  const timer = ana.getByTestId("quiz-timer");
  await expect(timer).toContainText(/Time left (1:00|0:[1-5]\d)/); // the server's minute, not 0:00 (the device's view)
  await expect(timer.getByText("1 minute left.")).toBeAttached(); // what a screen reader hears
  await answerThisOne(ana);
  await expectNoViolations(ana, "timed quiz");
  await screenshot(ana, test.info().outputPath("timed-quiz.png"), { fullPage: true });
  await ana.setViewportSize({ width: 390, height: 844 });
  await screenshot(ana, test.info().outputPath("timed-quiz-phone.png"), { fullPage: true });

  // Ben answers one question and walks away from the quiz.
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await signUpStudent(ben, "Ben Timed");
  await joinWith(ben, code);
  const benAttempt = await start(ben);
  await answerThisOne(ben);
  await ben.goto("/dashboard");
  await expect(ben.getByRole("button", { name: `Resume: ${DEMO_SET_TITLE}` })).toBeVisible();

  // Ana's minute runs out: the page submits by itself and shows her score.
  await expect(ana).toHaveURL(new RegExp(`/attempts/${anaAttempt.attemptId}/result$`), { timeout: 90_000 });
  await expect(ana.getByTestId("score")).toHaveText(`You scored 1 out of ${anaAttempt.total}`);

  // Past Ben's deadline and the grace, his dashboard shows the attempt closed with his one answer.
  const db = await openTestDb();
  const { deadline } = (await db.get("SELECT deadline FROM Attempt WHERE id = ?", benAttempt.attemptId)) as { deadline: string };
  await db.close();
  await ben.waitForTimeout(Math.max(0, Date.parse(deadline) + GRACE_MS + 1_000 - Date.now()));
  await ben.reload();
  await expect(ben.getByRole("button", { name: `Resume: ${DEMO_SET_TITLE}` })).toHaveCount(0);
  const done = ben.getByTestId("student-assignment").filter({ hasText: className });
  await expect(done).toContainText(`Best score ${Math.round((1 / benAttempt.total) * 100)}%`);
  await done.getByRole("link", { name: /^Review/ }).click();
  await expect(ben.getByTestId("score")).toHaveText(`You scored 1 out of ${benAttempt.total}`);
  await expect(ben.getByText("Time ran out, so the answers saved by then were graded.")).toBeVisible();

  // The teacher's results say which student submitted and whose time ran out.
  await teacher.reload();
  await teacher.getByTestId("class-assignment").getByRole("link", { name: /^Results/ }).click();
  await expect(teacher.getByTestId("student-row").filter({ hasText: "Ana Timed" })).toContainText("Submitted");
  await expect(teacher.getByTestId("student-row").filter({ hasText: "Ben Timed" })).toContainText("Time ran out");

  await Promise.all([teacherContext.close(), anaContext.close(), benContext.close()]);
});
