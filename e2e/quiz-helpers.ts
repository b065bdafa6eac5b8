import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { openTestDb, type TestDb } from "./db";

export async function answerKey(db: TestDb, questionId: string): Promise<Question> {
  const row = await db.get<{ bodyJson: string }>("SELECT bodyJson FROM Question WHERE id = ?", questionId);
  if (!row) throw new Error(`No question ${questionId}`);
  return JSON.parse(row.bodyJson) as Question;
}

/** Answers the question on screen correctly, through the UI only, and waits until it is saved. */
export async function answerCorrectly(page: Page, q: Question) {
  const card = page.getByTestId("question");
  await fillCorrectAnswer(card, q);
  await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
}

/** The control names that differ by interface language (the rest are the question's own text). */
export type AnswerControlWords = { true: string; false: string; moveUp: (item: string) => string };

export const ENGLISH_CONTROLS: AnswerControlWords = { true: "True", false: "False", moveUp: (item) => `Move “${item}” up` };

/** Gives the right answer through a question's controls, using the key from the database. */
export async function fillCorrectAnswer(card: Locator, q: Question, words: AnswerControlWords = ENGLISH_CONTROLS) {
  switch (q.type) {
    case "single_choice":
      await card.getByRole("radio", { name: q.options[q.answer]!, exact: true }).click();
      break;
    case "true_false":
      await card.getByRole("radio", { name: q.answer ? words.true : words.false, exact: true }).click();
      break;
    case "multiple_select":
      for (const i of q.answer) await card.getByRole("checkbox", { name: q.options[i]!, exact: true }).check();
      break;
    case "numeric":
      await card.getByRole("textbox").fill(String(q.answer.value));
      break;
    case "fill_blank":
      await card.getByRole("textbox").fill(q.answer.accepted[0]!);
      break;
    case "ordering":
      for (let k = 0; k < q.answer.length; k++) {
        const item = q.options[q.answer[k]!]!;
        const items = await card.getByRole("listitem").allInnerTexts();
        const at = items.findIndex((t) => t.includes(item));
        for (let p = at; p > k; p--) await card.getByRole("button", { name: words.moveUp(item) }).click();
      }
      break;
    case "matching":
      for (const [i, prompt] of q.prompts.entries()) {
        await card.getByLabel(prompt, { exact: true }).selectOption({ label: q.options[q.answer[i]!]! });
      }
      break;
    case "evidence":
      await card.getByRole("radio", { name: q.passage[q.answer]!.sentence.replace(/\s+/g, " ").trim(), exact: true }).click();
      break;
  }
}

/** Reads the current question's id and type from the page. */
export async function currentQuestion(page: Page) {
  const card = page.getByTestId("question");
  const id = await card.getAttribute("data-question-id");
  const type = await card.getAttribute("data-question-type");
  if (!id || !type) throw new Error("No question on the page");
  return { id, type };
}

/** Starts an assignment from the dashboard and hands it in with every answer right; returns how many questions it had. */
export async function takeAssignmentAllRight(page: Page, setTitle: string): Promise<number> {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: `Start: ${setTitle}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  const db = await openTestDb();
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const { id } = await currentQuestion(page);
    await answerCorrectly(page, await answerKey(db, id));
    if (i < total - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  await db.close();
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  return total;
}
