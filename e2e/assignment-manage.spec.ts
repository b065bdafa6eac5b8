// Issue 14: a teacher manages an assignment after making it — edits it, gives one student more
// time, closes it and reopens it — and each time the student sees the change at once, on their
// dashboard and in the attempt's timer. Also: a teacher who signs in lands on /teacher, with the
// teacher pages in the navigation, and one who studies in a class can switch to the student view.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, openTestDb, signIn, signOut, signUpStudent } from "./helpers";
import { atWidths } from "./screenshots";
import { createClass, joinWith, signUpTeacher, startAssigning } from "./teacher-helpers";

const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";
const shoot = (page: Page, name: string) => atWidths(page, `assignments/${name}`, { widths: [390, 1280] });

/** Minutes left on the quiz timer, as the student reads it ("Time left 19:58" → 19). */
async function minutesLeft(page: Page): Promise<number> {
  const text = await page.getByTestId("quiz-timer").innerText();
  const match = text.match(/Time left (\d+):\d\d/);
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

test("a teacher edits, extends, closes and reopens an assignment; the student sees each change", async ({ browser }) => {
  test.setTimeout(150_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  await expect(teacher).toHaveURL(/\/teacher$/);
  const className = `Managed ${Date.now()}`;
  const code = await createClass(teacher, className);
  await startAssigning(teacher, DEMO_SET_TITLE);
  await teacher.getByLabel("Time limit in minutes (optional)").fill("10");
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toContainText("10 min limit");

  // The student joins and starts: ten minutes on the clock.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const studentName = `Kim Managed ${Date.now().toString(36).slice(-4)}`;
  await signUpStudent(student, studentName);
  await joinWith(student, code);
  await student.goto("/dashboard");
  const card = student.getByTestId("student-assignment").filter({ hasText: className });
  await expect(card).toContainText("10 min limit");
  await card.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(student).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptUrl = student.url();
  expect(await minutesLeft(student)).toBeGreaterThanOrEqual(9);

  // The teacher opens the assignment's page from the class page.
  await teacher.getByTestId("class-assignment").getByRole("link", { name: `Manage ${DEMO_SET_TITLE}` }).click();
  await expect(teacher.getByRole("heading", { name: `Manage: ${DEMO_SET_TITLE}`, level: 1 })).toBeVisible();
  await expect(teacher.getByText("1 of 1 students started, 1 working on it now")).toBeVisible();
  await expectNoViolations(teacher, "manage assignment");
  await shoot(teacher, "manage-started");

  // Edit: five minutes, two attempts. The attempt under way keeps the ten it was promised.
  await expect(teacher.getByText(/Students have started, so: attempts under way keep at least the time they were given/)).toBeVisible();
  await expect(teacher.getByRole("checkbox", { name: /Shuffle the order of questions/ })).toBeDisabled();
  await teacher.getByLabel("Time limit in minutes (optional)").fill("5");
  await teacher.getByLabel("Attempts allowed").fill("2");
  await teacher.getByRole("button", { name: "Save settings" }).click();
  await expect(teacher.getByText("Saved. Students see the new settings at once.")).toBeVisible();
  await student.reload();
  expect(await minutesLeft(student)).toBeGreaterThanOrEqual(8);
  await student.goto("/dashboard");
  await expect(card).toContainText("5 min limit");
  await expect(card).toContainText("2 attempts");
  await expect(card.getByRole("button", { name: `Resume: ${DEMO_SET_TITLE}` })).toBeVisible();

  // A refused edit says why and changes nothing: no attempts at all is not a number of attempts.
  await teacher.getByLabel("Attempts allowed").fill("0");
  await teacher.getByRole("button", { name: "Save settings" }).click();
  await expect(teacher.getByText("Allow at least 1 attempt.")).toBeVisible();
  await teacher.getByLabel("Attempts allowed").fill("2");

  // An extension for this student: fifteen more minutes, on the attempt under way too.
  await teacher.getByLabel("Student", { exact: true }).selectOption({ label: studentName });
  await teacher.getByLabel("Extra minutes").fill("15");
  await teacher.getByRole("button", { name: "Save extension" }).click();
  await expect(teacher.getByText("Extension saved. The student sees it at once.")).toBeVisible();
  await expect(teacher.getByTestId("extensions")).toContainText(studentName);
  await expect(teacher.getByTestId("extensions")).toContainText("15 extra min");
  await expectNoViolations(teacher, "manage assignment with an extension");
  await student.goto("/dashboard");
  await expect(card).toContainText("20 min limit");
  await expect(card).toContainText("Your teacher gave you an extension");
  await student.goto(attemptUrl);
  expect(await minutesLeft(student)).toBeGreaterThanOrEqual(18);
  await shoot(student, "quiz-extended");

  // Close now: the attempt under way is handed in and graded; the student can't start again.
  await teacher.getByRole("button", { name: "Close now" }).click();
  await expect(teacher.getByText(/1 attempt under way is handed in/)).toBeVisible();
  await teacher.getByRole("button", { name: "Yes, close now" }).click();
  await expect(teacher.getByText("Closed by you")).toBeVisible();
  await student.reload();
  await expect(student).toHaveURL(/\/attempts\/[a-z0-9]+\/result$/);
  await student.goto("/dashboard");
  await expect(card).toContainText("Closed by your teacher");
  await expect(card.getByRole("button")).toHaveCount(0);
  await expectNoViolations(student, "dashboard with a closed assignment");
  await shoot(student, "dashboard-closed");

  // Reopen: one attempt used of two, so the student may try again.
  await teacher.getByRole("button", { name: "Reopen" }).click();
  await expect(teacher.getByRole("button", { name: "Close now" })).toBeVisible();
  await student.reload();
  await expect(card).not.toContainText("Closed by your teacher");
  await expect(card.getByRole("button", { name: `Try again (1 left): ${DEMO_SET_TITLE}` })).toBeVisible();

  // Someone started, so the last step is archive, not delete; confirmed, it leaves the class's list.
  await expect(teacher.getByRole("button", { name: "Archive assignment" })).toBeVisible();
  await shoot(teacher, "manage-reopened");
  await teacher.getByRole("button", { name: "Archive assignment" }).click();
  await teacher.getByRole("button", { name: "Yes, archive" }).click();
  await expect(teacher.getByText(/Assignment archived: students no longer see it/)).toBeVisible();
  await expect(teacher.getByTestId("class-assignment")).toHaveCount(0);
  await expect(teacher.getByText("Archived (1)")).toBeVisible();
  await expectNoViolations(teacher, "class page with an archived assignment");
  await teacher.getByText("Archived (1)").click();
  await shoot(teacher, "class-archived");
  await teacher.getByRole("link", { name: `Results for ${DEMO_SET_TITLE}` }).click();
  await expect(teacher.getByRole("link", { name: "Manage assignment" })).toBeVisible();
  await expectNoViolations(teacher, "results of an archived assignment");
  await shoot(teacher, "results-header");
  await student.reload();
  await expect(card).toHaveCount(0);

  await teacherContext.close();
  await studentContext.close();
});

test("a teacher lands on /teacher after signing in; one who studies can switch to the student view and back", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("heading", { name: "Question banks", level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Teach" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Classes" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await signOut(page); // waits for it: a navigation straight after would race the sign-out's own

  // A new teacher joins the demo class as a student: the switch appears.
  await signUpTeacher(page);
  await expect(nav.getByRole("link", { name: "Student view" })).toHaveCount(0);
  const db = await openTestDb();
  const { joinCode } = (await db.get("SELECT joinCode FROM Class WHERE name = ?", "Demo class — Economics 101")) as { joinCode: string };
  await db.close();
  await joinWith(page, joinCode);
  await expect(page.getByText(/You joined/)).toBeVisible();
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await nav.getByRole("link", { name: "Teacher view" }).click();
  await expect(page).toHaveURL(/\/teacher$/);
  await nav.getByRole("link", { name: "Student view" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("student-assignment").first()).toBeVisible();
  await expectNoViolations(page, "student view of a teacher");
});
