// Journey: a teacher opens a new article's bank, sees a question the engine held back with its
// reason, approves every ready question in one click, then reads and approves the held-back one.
// Whatever the critic decides about the article, one question is held back by a database fixture
// (below), so the journey never depends on the critic's current checks.
import { expect, test, type Page } from "@playwright/test";
import { openTestDb, openWritableTestDb } from "./db";
import { uniqueName } from "./helpers";
import { addArticle, expectNoViolations, NEWS_ARTICLE, signUpTeacher } from "./teacher-helpers";
import { screenshot } from "./screenshots";

const REASON = { code: "cut_stem", message: "The stem is cut off mid-sentence, so a student may not know what is asked." };

/**
 * Holds one draft question of the article back for review, as the engine's critic does: status
 * "needs_review" and a flag in the stored question. Returns its prompt.
 */
async function holdOneBack(slug: string): Promise<string> {
  const db = await openWritableTestDb();
  try {
    const row = (await db.get(`SELECT q.id, q.bodyJson, q.prompt FROM Question q JOIN Article a ON a.id = q.articleId WHERE a.slug = ? AND q.status = 'draft' AND q.origin = 'generated' ORDER BY q.start, q.key LIMIT 1`, slug)) as { id: string; bodyJson: string; prompt: string };
    const body = { ...(JSON.parse(row.bodyJson) as Record<string, unknown>), status: "needs_review", flags: [REASON] };
    const json = JSON.stringify(body);
    await db.run(`UPDATE Question SET bodyJson = ? WHERE id = ?`, json, row.id);
    await db.run(`UPDATE QuestionVersion SET bodyJson = ? WHERE questionId = ? AND version = 1`, json, row.id);
    return row.prompt;
  } finally {
    await db.close();
  }
}

/** What the bank should say: drafts the engine is sure of, and drafts it held back. */
async function draftCounts(slug: string): Promise<{ ready: number; held: number }> {
  const db = await openTestDb();
  try {
    const rows = (await db.all(`SELECT q.bodyJson, q.origin FROM Question q JOIN Article a ON a.id = q.articleId WHERE a.slug = ? AND q.status = 'draft'`, slug)) as { bodyJson: string; origin: string }[];
    const held = rows.filter((r) => (JSON.parse(r.bodyJson) as { status?: string }).status === "needs_review").length;
    const ready = rows.filter((r) => r.origin === "generated" && (JSON.parse(r.bodyJson) as { status?: string }).status !== "needs_review").length;
    return { ready, held };
  } finally {
    await db.close();
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function cardWithPrompt(page: Page, prompt: string) {
  return page.getByTestId("bank-question").filter({ has: page.getByTestId("bank-question-prompt").getByText(prompt, { exact: true }) });
}

test("a teacher reviews what the engine held back and approves all ready questions", async ({ page }, testInfo) => {
  test.setTimeout(180_000); // a long journey on a shared 2-core machine
  await signUpTeacher(page, uniqueName("Reviewing Teacher"));
  await addArticle(page, { title: "Nordlys battery plant", source: "Baltic Business Wire", published: "2025-03-04", text: NEWS_ARTICLE });
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  const prompt = await holdOneBack(slug);
  const { ready, held } = await draftCounts(slug);
  expect(ready).toBeGreaterThan(3);
  expect(held).toBeGreaterThanOrEqual(1);
  await page.reload();

  // At a glance: how many drafts are ready and how many need review.
  const summary = page.getByTestId("review-summary");
  await expect(summary.getByRole("link", { name: `${ready} ready to approve` })).toBeVisible();
  await expect(summary.getByRole("link", { name: `${held} ${held === 1 ? "needs" : "need"} review` })).toBeVisible();

  // The held-back question says so in words, with the engine's reason.
  const card = cardWithPrompt(page, prompt);
  await expect(card.getByText("Needs review", { exact: true })).toBeVisible();
  await expect(card.getByRole("list", { name: /held this question back/ }).getByRole("listitem")).toHaveText([REASON.message]);
  await expectNoViolations(page, "bank page with a question held back");
  // For a person to look at (test-results/…): the summary, then the held-back question.
  await summary.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.outputPath("bank-summary-desktop.png"));
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.outputPath("bank-desktop.png"));
  await page.setViewportSize({ width: 390, height: 844 });
  await summary.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.outputPath("bank-summary-phone.png"));
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.outputPath("bank-phone.png"));
  await expectNoViolations(page, "bank page on a phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The count opens the bank filtered to the held-back questions.
  await summary.getByRole("link", { name: /review$/ }).click();
  await expect(page).toHaveURL(/status=needs_review/);
  await expect(page.getByLabel("Status")).toHaveValue("needs_review");
  const questions = page.getByTestId("bank-question");
  await expect(questions).toHaveCount(held);
  for (const q of await questions.all()) await expect(q.getByText("Needs review", { exact: true })).toBeVisible();

  // One click approves every ready draft, and says how many.
  await page.getByRole("button", { name: `Approve all ready (${ready})` }).click();
  await expect(page.getByTestId("approve-ready-result")).toHaveText(
    `Approved ${plural(ready, "question", "questions")}. ${plural(held, "question", "questions")} still ${held === 1 ? "needs" : "need"} your review.`,
  );
  await expect(summary.getByRole("link", { name: "0 ready to approve" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve all ready" })).toBeDisabled();
  await summary.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.outputPath("bank-after-approve-all.png"));
  expect(await draftCounts(slug)).toEqual({ ready: 0, held });

  // The held-back one is still a draft: the teacher reads it and approves it themselves.
  await page.goto(`/teacher/articles/${slug}?status=approved#questions`);
  await expect(questions).toHaveCount(ready);
  await expect(cardWithPrompt(page, prompt)).toHaveCount(0);
  await page.goto(`/teacher/articles/${slug}?status=needs_review#questions`);
  // Its editor repeats the reasons, and says an edit would make the question the teacher's.
  await cardWithPrompt(page, prompt).getByRole("link", { name: `Edit: ${prompt}` }).click();
  await expect(page.getByRole("heading", { name: "Edit question" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Factdeck held this question back" })).toContainText(REASON.message);
  await expectNoViolations(page, "editor of a held-back question");
  await page.goBack();
  await cardWithPrompt(page, prompt).getByRole("button", { name: `Approve: ${prompt}` }).click();
  await expect(cardWithPrompt(page, prompt)).toHaveCount(0); // no longer held back: it leaves this filter
  await page.goto(`/teacher/articles/${slug}?status=approved#questions`);
  const approved = cardWithPrompt(page, prompt);
  await expect(approved.getByText("Needs review", { exact: true })).toHaveCount(0);
  await expect(approved.getByText(/had flagged this question before it was approved/)).toBeVisible();
  await expect(approved.getByText(REASON.message)).toBeVisible();
  await approved.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo.outputPath("bank-approved-after-review.png"));
  await expectNoViolations(page, "bank page after approving");

  // The bank overview shows nothing left to review for this article.
  await page.goto("/teacher");
  await expect(page.getByRole("listitem").filter({ hasText: "Nordlys battery plant" }).getByText(/needs? review/)).toHaveCount(held - 1 === 0 ? 0 : 1);
});
