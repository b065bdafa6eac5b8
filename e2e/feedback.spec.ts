// Issue 14 (feedback and copy): a student's result page quotes each source sentence once with the
// answering words marked, folds the explanation of right answers away, explains a partial mark,
// and offers the next steps that apply; no two controls share a name on the pages involved.
import { expect, test, type Page } from "@playwright/test";
import { answerMarks } from "@/lib/feedback/answer-marks";
import { moduleOf, type Question } from "@/lib/question-types";
import { findLeaks, publicTextOf, recordBodies, secretsOf } from "./leak-scanner";
import { DEMO_TEACHER, expectNoViolations, openTestDb, SEED_SLUG, signIn, signUpStudent, uniqueName } from "./helpers";
import { answerKey, currentQuestion, fillCorrectAnswer } from "./quiz-helpers";
import { atWidths } from "./screenshots";
import { createClass, joinWith, startAssigning } from "./teacher-helpers";
import { expectUniqueNames } from "./unique-names";

const KEY_FACTS = "Korea–Japan economic ties: key facts";
const WARM_UP = "Warm-up: trade between Korea and Japan";
const shoot = (page: Page, name: string) => atWidths(page, `feedback/${name}`);

async function heightAt(page: Page, width: number) {
  await page.setViewportSize({ width, height: 844 });
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: 720 });
  return h;
}

test("the result page quotes each sentence once with the answer marked, folds right answers, explains a partial mark and offers what's next", async ({ browser }) => {
  test.setTimeout(180_000);
  // A teacher assigns the key-facts set (two attempts) to a new class (the warm-up comes later:
  // it shares questions, whose keys it would hold back until the student does it).
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  const className = `Feedback ${Date.now()}`;
  const code = await createClass(teacher, className);
  await startAssigning(teacher, KEY_FACTS);
  await teacher.getByLabel("Attempts allowed").fill("2");
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toHaveCount(1);

  // A student joins and takes the key-facts set: a third left blank, one multiple select half done.
  const studentContext = await browser.newContext();
  const page = await studentContext.newPage();
  await signUpStudent(page, uniqueName("Feedback Student"));
  await joinWith(page, code);
  await page.goto("/dashboard");
  await page.getByTestId("student-assignment").filter({ hasText: KEY_FACTS }).getByRole("button", { name: `Start: ${KEY_FACTS}` }).click();
  await expect(page.getByTestId("question")).toBeVisible();
  await expectUniqueNames(page, "quiz page");
  const recorder = recordBodies(page);
  const db = await openTestDb();
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  const seen: Question[] = [];
  const outcome: ("right" | "blank" | "partial")[] = [];
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const key = await answerKey(db, (await currentQuestion(page)).id);
    seen.push(key);
    const card = page.getByTestId("question");
    if (key.type === "multiple_select" && key.answer.length > 1 && !outcome.includes("partial")) {
      await card.getByRole("checkbox", { name: key.options[key.answer[0]!]!, exact: true }).check();
      outcome.push("partial");
    } else if (i % 3 === 2) {
      outcome.push("blank");
    } else {
      await fillCorrectAnswer(card, key);
      outcome.push("right");
    }
    if (outcome.at(-1) !== "blank") await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
    if (i < total - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  await db.close();
  expect(outcome, "the set has a multiple select with several keyed options").toContain("partial");
  const beforeSubmit = await recorder.stop();
  expect(findLeaks(beforeSubmit, secretsOf(seen), publicTextOf(seen))).toEqual([]);
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);

  // Each question: the sentence quoted once (the explanation no longer repeats it) ...
  const cards = page.getByRole("listitem").filter({ has: page.getByTestId("feedback-verdict") });
  await expect(cards).toHaveCount(total);
  let marked = 0;
  for (const [i, q] of seen.entries()) {
    const card = cards.nth(i);
    const text = (await card.textContent()) ?? "";
    expect(text.split(q.source.sentence).length - 1, `question ${i + 1} quotes its sentence once`).toBe(1);
    // ... with the answering words marked inside it, never the whole sentence.
    const marks = await card.locator("blockquote mark").allTextContents();
    for (const m of marks) {
      expect(q.source.sentence).toContain(m);
      expect(m.length).toBeLessThan(q.source.sentence.length);
    }
    // Every key the sentence holds once is marked (a repeated one only where its fact places it).
    const once = answerMarks({ sentence: q.source.sentence, keys: moduleOf(q.type).keys(q) }).map((m) => q.source.sentence.slice(m.start, m.end));
    for (const m of once) expect(marks, `question ${i + 1} (${q.type}) marks “${m}”`).toContain(m);
    marked += marks.length > 0 ? 1 : 0;
    // Right answers fold their explanation away; wrong and partial ones show it.
    const details = card.getByTestId("feedback-details");
    if (outcome[i] === "right") await expect(details).not.toHaveAttribute("open");
    else await expect(details).toHaveAttribute("open", "");
  }
  expect(marked, "the questions whose answer is words of the sentence mark them").toBeGreaterThanOrEqual(3);

  // A partial mark says how it was worked out; nothing else does.
  const partialAt = outcome.indexOf("partial");
  await expect(page.getByTestId("partial-credit-rule")).toHaveCount(1);
  await expect(cards.nth(partialAt).getByTestId("partial-credit-rule")).toContainText("(right picks − wrong picks) ÷ correct options");
  await expect(cards.nth(partialAt).getByTestId("partial-credit-rule")).toContainText(/You picked 1 right and 0 wrong of \d correct/);
  await expect(page.getByTestId("score-note")).toContainText("part of a point");

  // Next steps: another attempt, the review queue and the dashboard; no next assignment yet.
  const next = page.getByRole("navigation", { name: "Next steps" });
  await expect(next.getByRole("button", { name: `Try again (1 left): ${KEY_FACTS}` })).toBeVisible();
  await expect(next.getByRole("button", { name: /^Next assignment/ })).toHaveCount(0);
  await expect(next.getByRole("link", { name: /^Review missed questions/ })).toHaveAttribute("href", "/review");
  await expect(next.getByRole("link", { name: "Dashboard" })).toBeVisible();

  // A folded explanation opens from the keyboard.
  const firstRight = cards.nth(outcome.indexOf("right"));
  await firstRight.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(firstRight.getByTestId("feedback-details")).toHaveAttribute("open", "");
  await expect(firstRight.getByRole("link", { name: /See it in the article/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await firstRight.locator("summary").blur();

  await expectUniqueNames(page, "result page");
  await expectNoViolations(page, "result page");
  const height = await heightAt(page, 390);
  test.info().annotations.push({ type: "result page height at 390 px", description: String(height) });
  console.log(`result page height at 390 px: ${height} (${total} questions)`);
  await shoot(page, "result");

  // The teacher assigns the warm-up: the result page now offers it, and it starts from there.
  await startAssigning(teacher, WARM_UP);
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toHaveCount(2);
  await expectUniqueNames(teacher, "class page");
  await expectNoViolations(teacher, "class page");
  await page.reload();
  await expect(next.getByRole("button", { name: `Try again (1 left): ${KEY_FACTS}` })).toBeVisible();
  await next.getByRole("button", { name: `Next assignment: ${WARM_UP}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await page.goto("/dashboard");
  await expectUniqueNames(page, "dashboard");

  // The teacher's results and bank pages: no two controls share a name either.
  await teacher.getByTestId("class-assignment").filter({ hasText: KEY_FACTS }).getByRole("link", { name: `Results for ${KEY_FACTS}` }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toContainText(KEY_FACTS);
  await expectUniqueNames(teacher, "teacher results");
  await teacher.goto(`/teacher/articles/${SEED_SLUG}`);
  await expectUniqueNames(teacher, "question bank");
  await teacherContext.close();
  await studentContext.close();
});

test("immediate feedback folds the explanation of a right answer and opens it for a wrong one", async ({ page }) => {
  await signUpStudent(page, uniqueName("Inline Learner"));
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByLabel("Feedback after each question").check();
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page.getByTestId("question")).toBeVisible();
  const db = await openTestDb();
  const card = page.getByTestId("question");

  // Right: the verdict, the explanation folded.
  const first = await answerKey(db, (await currentQuestion(page)).id);
  await fillCorrectAnswer(card, first);
  await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(card.getByTestId("feedback-verdict")).toHaveText("Correct");
  await expect(card.getByTestId("feedback-details")).not.toHaveAttribute("open");
  await expect(card.getByText("Correct answer:")).toHaveCount(0);

  // Wrong (a choice that isn't the key, or a wrong figure): the correct answer, the explanation open.
  let second: Question;
  do {
    await page.getByRole("button", { name: "Next →" }).click();
    second = await answerKey(db, (await currentQuestion(page)).id);
  } while (!WRONG_TYPES.includes(second.type));
  await db.close();
  await giveWrongAnswer(page, second);
  await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(card.getByTestId("feedback-verdict")).not.toHaveText("Correct");
  await expect(card.getByText("Correct answer:")).toBeVisible();
  await expect(card.getByTestId("feedback-details")).toHaveAttribute("open", "");
  await expect(card.locator("blockquote")).toHaveText(second.source.sentence);
  await expectUniqueNames(page, "quiz with feedback");
  await expectNoViolations(page, "quiz with feedback");
  await shoot(page, "immediate");
});

const WRONG_TYPES = ["single_choice", "true_false", "multiple_select", "numeric", "fill_blank", "evidence"];

async function giveWrongAnswer(page: Page, q: Question) {
  const card = page.getByTestId("question");
  switch (q.type) {
    case "single_choice":
      await card.getByRole("radio", { name: q.options[(q.answer + 1) % q.options.length]!, exact: true }).click();
      break;
    case "true_false":
      await card.getByRole("radio", { name: q.answer ? "False" : "True", exact: true }).click();
      break;
    case "multiple_select": {
      const wrong = q.options.findIndex((_, i) => !q.answer.includes(i));
      await card.getByRole("checkbox", { name: q.options[wrong]!, exact: true }).check();
      break;
    }
    case "numeric":
      await card.getByRole("textbox").fill(String(q.answer.value * 10 + 7));
      break;
    case "fill_blank":
      await card.getByRole("textbox").fill("zzz");
      break;
    case "evidence":
      await card.getByRole("radio", { name: q.passage[(q.answer + 1) % q.passage.length]!.sentence.replace(/\s+/g, " ").trim(), exact: true }).click();
      break;
    default:
      throw new Error(`no wrong answer written for ${q.type}`);
  }
}

test("the name check fails on two links of one name going to different places, and passes when they agree", async ({ page }) => {
  await page.setContent(`<main><a href="/a">Edit</a> <a href="/b">Edit</a> <button>Save</button></main>`);
  await expect(expectUniqueNames(page, "clashing links")).rejects.toThrow("link:/a | link:/b");
  await page.setContent(`<main><a href="/a">Edit</a> <a href="/a">Edit</a> <a href="/b">Edit<span class="x"> question 2</span></a></main>`);
  await expectUniqueNames(page, "agreeing links");
  await page.setContent(`<main><button>Remove</button><button>Remove</button></main>`);
  await expect(expectUniqueNames(page, "two client buttons")).rejects.toThrow(/remove.*own:0 \| own:1/);
});
