import { expect, test } from "@playwright/test";
import { expectNoViolations, openTestDb, SEED_SLUG, signUpStudent } from "./helpers";

// Matching (issue 14): a choice another item holds is marked "used by item n" in every other
// item's list, seen and read out; picking it swaps the two, so no duplicate is ever saved; and a
// duplicate sent past the page is refused by the server, which keeps the stored answer.

async function storedPairs(attemptId: string, questionId: string): Promise<unknown> {
  const db = await openTestDb();
  try {
    const row = (await db.get("SELECT answerJson FROM Response WHERE attemptId = ? AND questionId = ?", attemptId, questionId)) as { answerJson: string } | undefined;
    return row ? (JSON.parse(row.answerJson) as { pairs: unknown }).pairs : null;
  } finally {
    await db.close();
  }
}

test("matching marks used choices, swaps instead of duplicating, and can't submit a duplicate", async ({ page, baseURL }) => {
  await signUpStudent(page);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+/);
  const attemptId = new URL(page.url()).pathname.split("/").pop()!;
  const card = page.getByTestId("question");
  await expect(card).toBeVisible();
  while ((await card.getAttribute("data-question-type")) !== "matching") {
    await page.getByRole("button", { name: "Next →" }).click();
  }
  const questionId = (await card.getAttribute("data-question-id"))!;
  const selects = card.getByRole("combobox");
  expect(await selects.count()).toBeGreaterThanOrEqual(2);
  const [first, second] = [selects.nth(0), selects.nth(1)];
  const choice = (await first.locator("option").nth(1).innerText()).trim(); // the first real choice
  // Each item is numbered, for sight and for screen readers.
  await expect(first).toHaveAccessibleDescription("Item 1");
  await expect(second).toHaveAccessibleDescription("Item 2");

  // Item 1 takes it: item 2's list marks it used, by item 1; item 1's own list doesn't.
  await first.selectOption({ label: choice });
  await expect(second.locator("option").nth(1)).toHaveText(`${choice} (used by item 1)`);
  await expect(first.locator("option").nth(1)).toHaveText(choice);
  await expect(card.getByRole("status")).toHaveText("Answer saved");
  await expectNoViolations(page, "a matching question with a used choice");

  // Item 2 picks it anyway: the two swap (item 1 had nothing else), never a duplicate.
  await second.selectOption({ label: `${choice} (used by item 1)` });
  await expect(second).toHaveValue("0");
  await expect(first).toHaveValue("");
  await expect(first.locator("option").nth(1)).toHaveText(`${choice} (used by item 2)`);
  await expect(card.getByRole("status")).toHaveText("Answer saved");
  // Stored as shown: item 1 empty, item 2 with the choice (the server stores the article's own option order).
  await expect.poll(async () => ((await storedPairs(attemptId, questionId)) as (number | null)[] | null)?.[0]).toBeNull();
  const stored = (await storedPairs(attemptId, questionId)) as (number | null)[];
  expect(stored[1]).not.toBeNull();
  const picked = stored.filter((c) => c !== null);
  expect(new Set(picked).size).toBe(picked.length);
  await expect(page.getByText("1 answered", { exact: true })).toBeVisible();

  // A duplicate sent straight to the save (past the page) is refused, and the stored answer stays.
  const dup = stored.map(() => stored[1]);
  const res = await page.request.put(`/api/attempts/${attemptId}/responses/${questionId}`, {
    headers: { "Content-Type": "application/json", Origin: baseURL! },
    data: { response: { pairs: dup } },
  });
  expect(res.status()).toBe(400);
  expect(await res.json()).toMatchObject({ ok: false });
  expect(await storedPairs(attemptId, questionId)).toEqual(stored);

  // Submitted, the answer graded is the one without duplicates.
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
  expect(await storedPairs(attemptId, questionId)).toEqual(stored);
});
