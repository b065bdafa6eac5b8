// Issue 4: ordering questions take drag and drop, and a keyboard alternative; either way the
// new order is saved and survives a reload. The demo class's set has an ordering question.
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { openTestDb, signUpStudent, uniqueName } from "./helpers";
import { answerKey, currentQuestion } from "./quiz-helpers";
import { joinWith } from "./teacher-helpers";

const DEMO_JOIN_CODE = "FACT42";
const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

/** The options as the list shows them now, top first. */
async function shownOrder(card: Locator, options: string[]): Promise<string[]> {
  const rows = await card.getByRole("listitem").allInnerTexts();
  return rows.map((row) => options.find((o) => row.includes(o)) ?? row);
}

/** Opens the quiz's ordering question with the question navigator. */
async function goToOrderingQuestion(page: Page) {
  const card = page.getByTestId("question");
  const buttons = page.getByRole("navigation", { name: "Questions" }).getByRole("button");
  const total = await buttons.count();
  for (let n = 0; n < total && (await card.getAttribute("data-question-type")) !== "ordering"; n++) {
    await buttons.nth(n).click();
    await expect(page.getByText(`Question ${n + 1} of ${total}`)).toBeVisible();
  }
  await expect(card).toHaveAttribute("data-question-type", "ordering");
}

test("an ordering question is answered by dragging with the mouse or with the keyboard alone, and the order is saved", async ({ page }) => {
  await signUpStudent(page, uniqueName("Orla Order"));
  await joinWith(page, DEMO_JOIN_CODE);
  await page.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);

  const card = page.getByTestId("question");
  await goToOrderingQuestion(page);
  const db = await openTestDb();
  const key = await answerKey(db, (await currentQuestion(page)).id) as Extract<Question, { type: "ordering" }>;
  await db.close();
  const start = await shownOrder(card, key.options);
  expect(start.length).toBeGreaterThanOrEqual(3);
  const [first, second, third, ...rest] = start as [string, string, string, ...string[]];

  // Mouse: drag the third item onto the first place.
  const items = card.getByRole("listitem");
  await items.nth(2).dragTo(items.nth(0));
  await expect.poll(() => shownOrder(card, key.options)).toEqual([third, first, second, ...rest]);
  await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();

  // Keyboard: move the (now second) first item back up; focus follows the item it moved.
  await card.getByRole("button", { name: `Move “${first}” up` }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => shownOrder(card, key.options)).toEqual([first, third, second, ...rest]);
  await expect(card.getByRole("button", { name: `Move “${first}” down` })).toBeFocused();
  await expect(card.getByText(`${first} moved to position 1 of ${start.length}.`)).toBeAttached();
  await page.keyboard.press("Enter"); // and down again, from the same button
  await expect.poll(() => shownOrder(card, key.options)).toEqual([third, first, second, ...rest]);
  await expect(card.getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();

  // The saved order is the one shown after a reload.
  await page.reload();
  await goToOrderingQuestion(page);
  await expect.poll(() => shownOrder(card, key.options)).toEqual([third, first, second, ...rest]);
});
