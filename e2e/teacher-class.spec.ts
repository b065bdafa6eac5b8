// Issue 5 journey: a teacher creates a class and assigns the demo set; a student who signed up
// a minute ago joins with the code, sees the assignment and starts it. Two browser contexts.
import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, signIn, signUpStudent } from "./helpers";
import { joinCodeOn, joinWith } from "./teacher-helpers";

const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

test("a teacher creates a class and assigns a set; a new student joins with the code and starts it", async ({ browser }) => {
  const teacherContext = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  await teacher.getByRole("link", { name: "Classes", exact: true }).click();
  await expect(teacher.getByRole("heading", { name: "My classes" })).toBeVisible();
  await teacher.getByRole("link", { name: "New class" }).click();

  // Empty name: a clear message, and nothing is created.
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByText("Give the class a name.")).toBeVisible();

  const className = `Period 3 ${Date.now()}`;
  await teacher.getByLabel("Class name").fill(className);
  await teacher.getByLabel("Time zone").selectOption("Europe/Paris");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  await expect(teacher.getByText("Times in Europe/Paris time.")).toBeVisible();
  await expect(teacher.getByText("No students yet.")).toBeVisible();

  await teacher.getByRole("button", { name: "Copy code" }).click();
  await expect(teacher.getByText("Join code copied.")).toBeVisible();
  const code = await joinCodeOn(teacher);
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // Assign the demo set through the form, with a due date before the opening first.
  await teacher.getByRole("link", { name: "Assign a question set" }).click();
  const setSelect = teacher.getByLabel("Question set");
  await setSelect.selectOption((await setSelect.locator("option", { hasText: DEMO_SET_TITLE }).getAttribute("value"))!);
  const opensAt = await teacher.getByLabel("Opens at").inputValue();
  await teacher.getByLabel("Due at (optional)").fill("2020-01-01T09:00");
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByText("The due date must be after the opening date.")).toBeVisible();
  await expect(teacher.getByLabel("Opens at")).toHaveValue(opensAt);
  const nextYear = `${Number(opensAt.slice(0, 4)) + 1}${opensAt.slice(4)}`;
  await teacher.getByLabel("Due at (optional)").fill(nextYear);
  await teacher.getByLabel("Attempts allowed").fill("2");
  await teacher.getByText("After each question").click();
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByText("Assigned. Students in the class see it on their dashboard.")).toBeVisible();
  const assignment = teacher.getByTestId("class-assignment");
  await expect(assignment).toContainText(DEMO_SET_TITLE);
  await expect(assignment).toContainText("2 attempts");
  await expect(assignment).toContainText("Feedback after each question");
  await expect(assignment.getByRole("link", { name: /^Results/ })).toHaveAttribute("href", /\/teacher\/assignments\/[\w-]+\/results$/);

  // A fresh student joins: a wrong code first, then the right one typed loosely, then again.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUpStudent(student, "Jo Student");
  await expect(student.getByText("Join a class with your teacher's code to see its assignments here.")).toBeVisible();
  await joinWith(student, code === "AAAAAA" ? "BBBBBB" : "AAAAAA");
  await expect(student.getByText(/No class has that join code/)).toBeVisible();
  await joinWith(student, `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
  await expect(student.getByText(`You joined ${className}.`, { exact: false })).toBeVisible();
  await joinWith(student, code);
  await expect(student.getByText(`You're already in ${className}.`)).toBeVisible();

  await student.reload();
  await expect(student.getByTestId("my-classes")).toContainText(className);
  const todo = student.getByTestId("assignments-todo");
  await expect(todo).toContainText(DEMO_SET_TITLE);
  await expect(todo).toContainText("(Europe/Paris time)");
  const card = todo.getByTestId("student-assignment").filter({ hasText: className });
  await card.getByRole("button", { name: /^Start/ }).click();
  await expect(student).toHaveURL(/\/attempts\/[\w-]+$/);
  await expect(student.getByTestId("question")).toBeVisible();
  // 8 in the demo set, fewer if an earlier journey took one of its questions out of "approved".
  await expect(student.getByText(/^Question 1 of [1-8]$/)).toBeVisible();

  // Back on the dashboard the assignment offers to resume, not to start over.
  await student.goto("/dashboard");
  await expect(student.getByTestId("assignments-todo").getByTestId("student-assignment").filter({ hasText: className }).getByRole("button", { name: /^Resume/ })).toBeVisible();

  // The teacher sees the student on the roster, with the email.
  await teacher.reload();
  await expect(teacher.getByTestId("roster")).toContainText("Jo Student");
  await expect(teacher.getByTestId("roster")).toContainText("@example.com");

  await teacherContext.close();
  await studentContext.close();
});

test("a new join code makes the old one stop working, and a removed student leaves the roster", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  await teacher.goto("/teacher/classes/new");
  const className = `Regen ${Date.now()}`;
  await teacher.getByLabel("Class name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  const oldCode = await joinCodeOn(teacher);

  await teacher.getByRole("button", { name: "Get a new code" }).click();
  await expect(teacher.getByText("The old code will stop working.")).toBeVisible();
  await teacher.getByRole("button", { name: "Yes, make a new code" }).click();
  await expect(teacher.getByText("New join code made. The old code no longer works.")).toBeVisible();
  await expect(teacher.getByRole("button", { name: "Get a new code" })).toBeFocused();
  const newCode = await joinCodeOn(teacher);
  expect(newCode).not.toBe(oldCode);

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUpStudent(student, "Kim Student");
  await joinWith(student, oldCode);
  await expect(student.getByText(/No class has that join code/)).toBeVisible();
  await joinWith(student, newCode);
  await expect(student.getByText(`You joined ${className}.`, { exact: false })).toBeVisible();

  await teacher.reload();
  await teacher.getByRole("button", { name: "Remove Kim Student from the class" }).click();
  await teacher.getByRole("button", { name: "Yes, remove" }).click();
  await expect(teacher.getByText("No students yet.")).toBeVisible();
  await student.goto("/dashboard");
  await expect(student.getByText("You're not in a class yet.", { exact: false })).toBeVisible();

  await teacherContext.close();
  await studentContext.close();
});
