// Journey for the "find the evidence" type (issue 13): a teacher edits the engine's evidence
// question (a new claim, another sentence as the evidence), puts it in a set and assigns it; a
// student answers by clicking a sentence of the passage (and the keyboard moves between them);
// the result shows the verdict and the chosen sentence, and the teacher's results and CSV show it.
// The passage's sentences reach the browser; which one is the evidence must not, before grading.
import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { expectNoViolations, openTestDb, signUpStudent } from "./helpers";
import { findLeaks, publicTextOf, recordBodies, secretsOf } from "./leak-scanner";
import { answerKey, currentQuestion } from "./quiz-helpers";
import { atWidths } from "./screenshots";
import { addArticle, createClass, joinWith, signUpTeacher, startAssigning } from "./teacher-helpers";
import { parseCsv } from "@/lib/results/csv";
import { readFile } from "node:fs/promises";

// Written for this test.
const ARTICLE = [
  "Marrow Bay elects its council",
  "",
  "The harbour town of Marrow Bay elected a new council on Saturday, officials said.",
  "Turnout reached 64 percent, the highest since the ferry line opened in 1998.",
  "The fishing cooperative won four of the nine seats, while independents took three.",
  "Its leader, Ada Quill, promised to rebuild the north pier within two years.",
  "The pier was closed in 2021 after a winter storm damaged its pilings.",
  "Repairs are expected to cost 12 million dollars, according to the town's engineers.",
  "The council will meet for the first time on Monday.",
].join("\n");
const CLAIM = "Which sentence says how many seats the fishing cooperative won?";
const EVIDENCE = "The fishing cooperative won four of the nine seats, while independents took three.";
const shoot = (page: Page, name: string) => atWidths(page, `evidence/${name}`, { widths: [390, 1280] });

test("find the evidence: edited in the bank, answered by clicking a sentence, shown in feedback and results", async ({ browser }) => {
  test.setTimeout(300_000); // a long journey on a shared 2-core machine
  const setTitle = `Marrow Bay evidence ${Date.now()}`;

  // The teacher's bank has the engine's evidence question; they change its claim and its evidence.
  const teacherContext = await browser.newContext({ acceptDownloads: true });
  const teacher = await teacherContext.newPage();
  await signUpTeacher(teacher);
  await addArticle(teacher, { title: "Marrow Bay council", text: ARTICLE });
  const slug = new URL(teacher.url()).pathname.split("/").pop()!;
  const generated = teacher.getByTestId("bank-question").filter({ has: teacher.getByText("Find the evidence", { exact: true }) });
  await expect(generated).toHaveCount(1);
  await expect(generated.getByText("(evidence)")).toHaveCount(1);
  await generated.getByRole("link", { name: /^Edit/ }).click();
  await expect(teacher.getByRole("group", { name: "The evidence: the sentence that supports the claim" })).toBeVisible();
  await teacher.getByLabel("Claim").fill(CLAIM);
  await teacher.getByRole("radio", { name: EVIDENCE }).check();
  await teacher.getByLabel("Explanation").fill("The article gives the cooperative's seats in the sentence on the vote's result.");
  await expectNoViolations(teacher, "evidence editor");
  await shoot(teacher, "evidence-editor");
  await teacher.getByRole("button", { name: "Save as new version" }).click();
  await expect(teacher).toHaveURL(/[?&]edited=/);
  const edited = teacher.getByTestId("bank-question").filter({ hasText: CLAIM });
  await expect(edited.getByRole("listitem").filter({ hasText: "(evidence)" })).toContainText(EVIDENCE);
  await shoot(teacher, "evidence-bank");
  await edited.getByRole("button", { name: `Approve: ${CLAIM}` }).click();
  await expect(edited.getByText("approved", { exact: true })).toBeVisible();

  // Into a set, assigned to a new class.
  await teacher.goto("/teacher/sets");
  await teacher.getByLabel("Title").fill(setTitle);
  await teacher.getByRole("button", { name: "Create set" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: setTitle })).toBeVisible();
  await teacher.getByLabel("Article", { exact: true }).selectOption(slug);
  await teacher.getByRole("button", { name: "Show questions" }).click();
  await teacher.getByTestId("pick-question").filter({ hasText: CLAIM }).getByRole("button", { name: /^Add to set:/ }).click();
  await expect(teacher.getByTestId("set-item")).toHaveCount(1);
  const code = await createClass(teacher, `Evidence class ${Date.now()}`);
  await startAssigning(teacher, setTitle);
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toContainText(setTitle);
  const classUrl = teacher.url();

  // The student reads the passage and picks a sentence: with the mouse, then the arrow keys.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUpStudent(student);
  await joinWith(student, code);
  const recording = recordBodies(student);
  await student.getByRole("button", { name: `Start: ${setTitle}` }).click();
  await expect(student).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const { id, type } = await currentQuestion(student);
  expect(type).toBe("evidence");
  const db = await openTestDb();
  const key = await answerKey(db, id) as Extract<Question, { type: "evidence" }>;
  await db.close();
  expect(key.passage[key.answer]!.sentence).toBe(EVIDENCE);
  const card = student.getByTestId("question");
  const group = card.getByRole("radiogroup", { name: CLAIM });
  const sentences = group.getByRole("radio");
  await expect(sentences).toHaveCount(key.passage.length);
  // A wrong sentence first, by a click; then the arrow keys walk to the evidence.
  const wrong = key.answer === 0 ? 1 : key.answer - 1;
  await sentences.nth(wrong).click();
  await expect(sentences.nth(wrong)).toBeChecked();
  // Arrow keys move between the sentences; Space picks the one in focus.
  await sentences.nth(wrong).focus();
  await student.keyboard.press(wrong < key.answer ? "ArrowDown" : "ArrowUp");
  await expect(sentences.nth(key.answer)).toBeFocused();
  await student.keyboard.press("Space");
  await expect(sentences.nth(key.answer)).toBeChecked();
  await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
  await expectNoViolations(student, "evidence question");
  await shoot(student, "evidence-quiz");
  const beforeSubmit = await recording.stop();
  expect(findLeaks(beforeSubmit, secretsOf([key]), publicTextOf([key]))).toEqual([]);

  await student.getByRole("button", { name: "Submit quiz" }).click();
  await expect(student).toHaveURL(/\/result$/);
  await expect(student.getByTestId("score")).toHaveText("You scored 1 out of 1");
  await expect(student.getByTestId("feedback-verdict")).toHaveText("Correct");
  await expect(student.getByRole("definition").filter({ hasText: EVIDENCE }).first()).toBeVisible();
  await expectNoViolations(student, "evidence result");
  await shoot(student, "evidence-result");
  await studentContext.close();

  // The teacher's results tally the sentences, the evidence marked; the CSV has the question.
  await teacher.goto(classUrl);
  await teacher.getByRole("link", { name: `Results for ${setTitle}` }).click();
  const analysis = teacher.getByTestId("question-analysis");
  await expect(analysis).toHaveCount(1);
  await expect(analysis.getByText("Find the evidence", { exact: true })).toBeVisible();
  const right = analysis.locator("tr[data-correct]");
  await expect(right).toHaveCount(1);
  await expect(right).toContainText(EVIDENCE);
  await expect(right).toContainText("1 (100");
  await shoot(teacher, "evidence-results");
  const [file] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Download CSV: questions" }).click()]);
  const rows = parseCsv((await readFile((await file.path())!)).toString("utf8"));
  expect(rows).toHaveLength(2);
  expect(rows[1]!.join(" ")).toContain("Find the evidence");
  expect(rows[1]!.join(" ")).toContain(CLAIM);
  await teacherContext.close();
});
