// Issue 14, results: a student joins the demo class and hands in its assignment (every answer
// right but the last, left blank); the teacher finds them in the answer grid, opens their
// answers, changes one mark with a reason and sees the total move; the long CSV parses and
// matches the stored answers; the student sees the changed mark and the reason.
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { parseCsv } from "@/lib/results/csv";
import { DEMO_TEACHER, expectNoViolations, finishSignUp, openTestDb, signIn, uniqueEmail, uniqueName } from "./helpers";
import { findLeaks, publicTextOf, recordBodies, secretsOf } from "./leak-scanner";
import { answerCorrectly, answerKey, currentQuestion } from "./quiz-helpers";
import { atWidths } from "./screenshots";

const DEMO_JOIN_CODE = "FACT42";
const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";
/** The whole page at a phone's and a laptop's width, and the part that changed on its own (readable at full size). */
const shoot = (page: Page, name: string, part?: Locator) => atWidths(page, `drilldown/${name}`, { widths: [390, 1280], part });

/** Answers every question right but the last, which is left blank; returns the questions seen. */
async function takeAssignmentLeavingLastBlank(page: Page): Promise<Question[]> {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  const db = await openTestDb();
  const seen: Question[] = [];
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const { id } = await currentQuestion(page);
    seen.push(await answerKey(db, id));
    if (i < total - 1) {
      await answerCorrectly(page, seen[i]!);
      await page.getByRole("button", { name: "Next →" }).click();
    }
  }
  await db.close();
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);
  return seen;
}

test("the teacher reads one student's answers in the grid and on their page, changes a mark with a reason, and the long CSV matches", async ({ browser }) => {
  test.setTimeout(120_000);
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const name = uniqueName("Drill Student");
  await student.goto("/sign-up");
  await student.getByLabel("Display name").fill(name);
  await student.getByLabel("Email").fill(uniqueEmail("drill"));
  await student.getByLabel("Password").fill("a-long-pass-phrase");
  await student.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(student, "a-long-pass-phrase");
  await student.getByLabel("Join code").fill(DEMO_JOIN_CODE);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status").filter({ hasText: /joined/i })).toBeVisible();
  // No answer key reaches the student's browser before the attempt is handed in.
  const recorder = recordBodies(student);
  const seen = await takeAssignmentLeavingLastBlank(student);
  const total = seen.length;
  const beforeSubmit = (await recorder.stop()).filter((b) => !b.url.includes("/result"));
  expect(findLeaks(beforeSubmit, secretsOf(seen), publicTextOf(seen))).toEqual([]);
  const resultUrl = student.url();

  // --- the results page: the grid has the demo class, this student's row marks each question
  const teacherContext = await browser.newContext({ acceptDownloads: true });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  await teacher.goto("/teacher/classes");
  await teacher.getByRole("link", { name: "Demo class — Economics 101" }).click();
  await teacher.getByRole("link", { name: `Results for ${DEMO_SET_TITLE}` }).click();
  await expect(teacher).toHaveURL(/\/teacher\/assignments\/\w+\/results$/);
  const resultsUrl = teacher.url();
  const grid = teacher.getByRole("table", { name: /best submitted attempt, question by question/ });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole("columnheader", { name: /^Q1: / })).toHaveAttribute("title", /.+/);
  await expect(grid.getByRole("columnheader")).toHaveCount(total + 2);
  // The demo class's students are all rows; those who haven't handed in say so.
  await expect(grid.getByRole("rowheader", { name: "Sam Park" })).toBeVisible();
  const row = teacher.getByTestId("grid-row").filter({ hasText: name });
  const marks = await row.locator("td[data-mark]").evaluateAll((cells) => cells.map((c) => c.getAttribute("data-mark")));
  // In the order the attempt showed them, the last one blank; the grid is in the set's order.
  expect(marks.filter((m) => m === "right")).toHaveLength(total - 1);
  expect(marks.filter((m) => m === "unanswered")).toHaveLength(1);
  await expect(row.getByText("Not answered", { exact: false })).toHaveCount(1);
  await expect(row).toContainText(`${total - 1} / ${total}`);
  await expectNoViolations(teacher, "results with the answer grid");
  await shoot(teacher, "results", teacher.getByRole("region", { name: "Answers by student" }));

  // --- the long CSV, parsed and checked against the stored answers
  const [file] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Download CSV: every answer" }).click()]);
  expect(file.suggestedFilename()).toMatch(/answers\.csv$/);
  const [header, ...rows] = parseCsv((await readFile((await file.path())!)).toString("utf8"));
  const col = (r: string[], c: string) => r[header!.indexOf(c)]!;
  const mine = rows.filter((r) => col(r, "Student") === name);
  expect(mine).toHaveLength(total);
  expect(rows.every((r) => r.length === header!.length)).toBe(true);
  const db = await openTestDb();
  const stored = (await db.all("SELECT r.questionId, r.score, r.correct FROM Response r JOIN Attempt a ON a.id = r.attemptId JOIN User u ON u.id = a.userId WHERE u.name = ? AND a.status = 'submitted'", name)) as { questionId: string; score: number | null; correct: number | null }[];
  await db.close();
  for (const r of mine) {
    const s = stored.find((x) => x.questionId === col(r, "Question ID"));
    if (!s) {
      expect(col(r, "Result")).toBe("Not answered");
      continue;
    }
    expect(Number(col(r, "Score"))).toBeCloseTo(s.score ?? 0, 2);
    expect(col(r, "Correct")).toBe(s.correct ? "yes" : "no");
  }
  expect(mine.filter((r) => col(r, "Result") === "Right")).toHaveLength(total - 1);
  // Source links on the address the teacher used, not the server's own.
  const origin = new URL(resultsUrl).origin;
  expect(mine.every((r) => col(r, "Source link").startsWith(`${origin}/articles/`))).toBe(true);

  // --- the student's page: every answer, the key, the attempt history
  await teacher.getByTestId("student-row").filter({ hasText: name }).getByRole("link", { name }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`${name}'s answers`);
  await expect(teacher.getByTestId("attempt-row")).toHaveCount(1);
  await expect(teacher.getByTestId("attempt-row")).toContainText("Submitted");
  const cards = teacher.getByTestId("answer-card");
  await expect(cards).toHaveCount(total);
  // In the grid's order (the set's), whatever order the attempt showed them in.
  const labels = await cards.evaluateAll((els) => els.map((el) => el.querySelector("span")?.textContent?.trim()));
  expect(labels).toEqual(Array.from({ length: total }, (_, i) => `Q${i + 1}`));
  const blank = cards.filter({ hasText: seen.at(-1)!.prompt });
  await expect(blank).toContainText("Not answered");
  await expect(blank.getByText(/Change the mark/)).toHaveCount(0); // no answer was saved: nothing to re-mark
  const first = cards.filter({ hasText: seen[0]!.prompt });
  await expect(first).toContainText("Right");
  await expect(first).toContainText(seen[0]!.answerText);
  await expect(teacher.getByTestId("attempt-total")).toContainText(`Total ${total - 1} of ${total} points`);
  await expectNoViolations(teacher, "a student's answers");

  // --- change one mark, with a reason: the total moves
  const label = (await first.locator("span").first().innerText()).trim(); // "Q3"
  await first.getByText(`Change the mark for ${label}`).click();
  // A reason is required: refused, nothing changes.
  await first.getByLabel(`New points for ${label}`).fill("0.5");
  await first.getByRole("button", { name: `Save the new mark for ${label}` }).click();
  await expect(first.getByText(/Say why you are changing the mark/)).toBeVisible();
  await expect(teacher.getByTestId("attempt-total")).toContainText(`Total ${total - 1} of ${total} points`);
  await first.getByLabel(`Why (${label})`).fill("Half marks: the second part is missing in your working");
  await first.getByRole("button", { name: `Save the new mark for ${label}` }).click();
  await expect(first.getByRole("status")).toContainText("now has 0.5 of 1 point");
  await expect(teacher.getByTestId("attempt-total")).toContainText(`Total ${total - 1.5} of ${total} points`);
  await expect(first.getByTestId("override-history")).toContainText(`1 → 0.5 by ${DEMO_TEACHER.name}`);
  await expect(first.getByTestId("answer-points")).toHaveText("0.5 of 1");
  await expect(first).toContainText("Partly right");
  await expectNoViolations(teacher, "a student's answers after a change");
  await first.getByText(`Change the mark for ${label}`).click(); // fold the form for the picture
  await shoot(teacher, "student-answers", first);

  // The results page follows.
  await teacher.goto(resultsUrl);
  await expect(teacher.getByTestId("grid-row").filter({ hasText: name })).toContainText(`${total - 1.5} / ${total}`);
  await expect(teacher.getByTestId("student-row").filter({ hasText: name })).toContainText(`${total - 1.5} / ${total}`);
  await teacherContext.close();

  // --- the student sees the new score and the teacher's reason with that answer
  await student.goto(resultUrl);
  await expect(student.getByTestId("score")).toHaveText(`You scored ${total - 1.5} out of ${total}`);
  await expect(student.getByTestId("marks-changed")).toBeVisible();
  await expect(student.getByTestId("teacher-override")).toContainText("Half marks: the second part is missing in your working");
  await expectNoViolations(student, "the student's result with a changed mark");
  await shoot(student, "student-result", student.getByTestId("teacher-override").locator("xpath=ancestor::li[1]"));
  await studentContext.close();
});
