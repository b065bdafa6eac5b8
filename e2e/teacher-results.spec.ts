// Issue 5, results: a new student joins the demo class and takes its assignment; the teacher
// sees the student's row and the per-question analysis, follows a source link, and downloads
// both CSVs (parsed here, so they must be well-formed RFC 4180 with a BOM).
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "@/lib/results/csv";
import { DEMO_TEACHER, finishSignUp, openTestDb, signIn, signUpStudent, uniqueEmail } from "./helpers";
import { takeAssignmentAllRight } from "./quiz-helpers";

const DEMO_JOIN_CODE = "FACT42";
const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

async function demoAssignmentId(): Promise<string> {
  const db = await openTestDb();
  const row = (await db.get("SELECT a.id FROM Assignment a JOIN QuestionSet s ON s.id = a.setId JOIN Class c ON c.id = a.classId WHERE s.title = ? AND c.joinCode = ?", DEMO_SET_TITLE, DEMO_JOIN_CODE)) as { id: string } | undefined;
  await db.close();
  if (!row) throw new Error("The demo seed has no demo assignment");
  return row.id;
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes, rows: parseCsv(bytes.toString("utf8")) };
}

test("the teacher sees a student's submitted assignment, the per-question analysis and both CSVs", async ({ browser }) => {
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const name = `Results Student ${Date.now()}`;
  const email = uniqueEmail("results");
  await student.goto("/sign-up");
  await student.getByLabel("Display name").fill(name);
  await student.getByLabel("Email").fill(email);
  await student.getByLabel("Password").fill("a-long-pass-phrase");
  await student.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(student, "a-long-pass-phrase");
  await expect(student).toHaveURL(/\/dashboard$/);
  await student.getByLabel("Join code").fill(DEMO_JOIN_CODE.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status").filter({ hasText: /joined/i })).toBeVisible();
  const total = await takeAssignmentAllRight(student, DEMO_SET_TITLE);
  await studentContext.close();

  const teacherContext = await browser.newContext({ acceptDownloads: true });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  // From the class page, as a teacher would get there.
  await teacher.goto("/teacher/classes");
  await teacher.getByRole("link", { name: "Demo class — Economics 101" }).click();
  await teacher.getByRole("link", { name: `Results for ${DEMO_SET_TITLE}` }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teacher/assignments/${await demoAssignmentId()}/results$`));
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(`Results: ${DEMO_SET_TITLE}`);
  await expect(teacher.getByText("Asia/Seoul", { exact: true })).toBeVisible();

  const row = teacher.getByTestId("student-row").filter({ hasText: name });
  await expect(row.getByText("Submitted")).toBeVisible();
  await expect(row).toContainText(`${total} / ${total} (100%)`);
  // The seeded classmates' work is there too (lib/seed/demo-class.ts): three submitted, one in
  // progress, and the demo student, who is left to take it, not started.
  const rows = teacher.getByTestId("student-row");
  await expect(rows.filter({ hasText: "Ana Lima" }).getByText("Submitted")).toBeVisible();
  await expect(rows.filter({ hasText: "Dev Shah" }).getByText("In progress")).toBeVisible();
  await expect(rows.filter({ hasText: "Sam Park" }).getByText("Not started")).toBeVisible();

  const cards = teacher.getByTestId("question-analysis");
  await expect(cards).toHaveCount(total);
  await expect(cards.first().getByText("Share correct")).toBeVisible();
  await expect(teacher.getByText(/✓ Correct answer/).first()).toBeVisible();

  const { rows: students, name: studentsFile, bytes } = await download(teacher, "Download CSV: students");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(studentsFile).toMatch(/students\.csv$/);
  const header = students[0]!;
  const mine = students.find((r) => r[0] === name);
  expect(mine, JSON.stringify(students)).toBeTruthy();
  expect(mine![header.indexOf("Email")]).toBe(email);
  expect(mine![header.indexOf("Status")]).toBe("Submitted");
  expect(mine![header.indexOf("Best score (points)")]).toBe(String(total));
  expect(mine![header.indexOf("Best score (%)")]).toBe("100");

  const { rows: questions } = await download(teacher, "Download CSV: questions");
  expect(questions).toHaveLength(total + 1);
  expect(questions.slice(1).every((r) => r.length === questions[0]!.length)).toBe(true);

  // The source sentence is one click away.
  await cards.first().getByRole("link").click();
  await expect(teacher).toHaveURL(/\/articles\/[\w-]+\?s=\d+-\d+#source$/);
  await expect(teacher.locator("mark.source-target").first()).toBeVisible();
  await teacherContext.close();
});

test("a student is refused the results page and the CSV downloads", async ({ page }) => {
  await signUpStudent(page);
  const id = await demoAssignmentId();
  await page.goto(`/teacher/assignments/${id}/results`);
  await expect(page.getByRole("heading", { name: "That page is for teachers" })).toBeVisible();
  for (const file of ["students.csv", "questions.csv", "answers.csv"]) {
    const res = await page.request.get(`/teacher/assignments/${id}/results/${file}`, { maxRedirects: 0 });
    expect(res.status()).toBe(403);
    expect(res.headers()["content-type"]).toContain("text/plain");
  }
});
