// Issue 4, feedback modes: with "after the due date", a submitted attempt shows the score but no
// answer, explanation or source until the due date passes (said up front, in the class's time
// zone); the page holds no answer key until then. Then the same page shows the feedback.
import { expect, test } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { DEMO_TEACHER, expectNoViolations, letTimePass, openTestDb, signIn, signUpStudent, uniqueName } from "./helpers";
import { findLeaks, publicTextOf, secretsOf } from "./leak-scanner";
import { answerKey } from "./quiz-helpers";
import { createClass, joinWith, startAssigning } from "./teacher-helpers";
import { screenshot } from "./screenshots";

const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

test("with feedback after the due date, the result shows the score and keeps the answers back until the due date passes", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  const code = await createClass(teacher, `After due ${Date.now()}`, "Asia/Seoul");
  await startAssigning(teacher, DEMO_SET_TITLE);
  const opensAt = await teacher.getByLabel("Opens at").inputValue();
  await teacher.getByLabel("Due at (optional)").fill(`${Number(opensAt.slice(0, 4)) + 1}${opensAt.slice(4)}`);
  await teacher.getByText("After the due date", { exact: true }).click();
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toContainText("after the due date");
  await teacherContext.close();

  const studentContext = await browser.newContext();
  const page = await studentContext.newPage();
  await signUpStudent(page, uniqueName("Dee Due"));
  await joinWith(page, code);
  await page.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptId = page.url().split("/").pop()!;
  const total = Number((await page.getByText(/^Question 1 of \d+$/).innerText()).match(/of (\d+)/)![1]);
  // Dee submits without answering: her own answers would otherwise be on the page, rightly.
  const db = await openTestDb();
  const order = JSON.parse(((await db.get("SELECT questionOrder FROM Attempt WHERE id = ?", attemptId)) as { questionOrder: string }).questionOrder) as string[];
  const seen: Question[] = await Promise.all(order.map((id) => answerKey(db, id)));
  expect(seen).toHaveLength(total);
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);

  // The score, and when the answers come, in the class's time zone; no verdicts, no sources.
  await expect(page.getByTestId("score")).toHaveText(`You scored 0 out of ${total}`);
  await expect(page.getByText(/Your teacher shows the answers after the due date \(.+, Asia\/Seoul time\)\. Come back then/)).toBeVisible();
  await expect(page.getByTestId("feedback-verdict")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "See it in the article" })).toHaveCount(0);
  await expectNoViolations(page, "result before the due date");
  await screenshot(page, test.info().outputPath("result-before-due.png"), { fullPage: true });
  // Neither the HTML nor the RSC payload of the result page holds a key.
  const resultUrl = page.url();
  const bodies = [
    { url: `${resultUrl} (html)`, body: await (await page.request.get(resultUrl)).text() },
    { url: `${resultUrl} (rsc)`, body: await (await page.request.get(resultUrl, { headers: { RSC: "1" } })).text() },
  ];
  expect(bodies[1]!.body).toContain(seen[0]!.prompt.slice(0, 20)); // the payload really holds the review
  expect(findLeaks(bodies, secretsOf(seen), publicTextOf(seen))).toEqual([]);

  // Time passes: the due date is behind us, and the same page now gives the feedback.
  await db.close();
  expect(await letTimePass("UPDATE Assignment SET dueAt = ? WHERE id = (SELECT assignmentId FROM Attempt WHERE id = ?)", attemptId)).toBe(1);
  await page.reload();
  await expect(page.getByText(/shows the answers after the due date/)).toHaveCount(0);
  await expect(page.getByTestId("feedback-verdict").filter({ hasText: /^Not right$/ })).toHaveCount(total);
  await expect(page.locator("blockquote").first()).toContainText(seen[0]!.source.sentence.slice(0, 40));
  // The same scan now finds the keys, so it could have failed above.
  expect(findLeaks([{ url: resultUrl, body: await (await page.request.get(resultUrl)).text() }], secretsOf(seen), publicTextOf(seen)).length).toBeGreaterThan(0);
  await screenshot(page, test.info().outputPath("result-after-due.png"), { fullPage: true });
  await studentContext.close();
});
