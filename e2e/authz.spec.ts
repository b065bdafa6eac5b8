import { expect, test, type Page } from "@playwright/test";
import { DEMO_STUDENT, openTestDb, SEED_SLUG, signIn } from "./helpers";
import { DEMO_ADMIN } from "./teacher-helpers";

async function questionStatus(id: string): Promise<string> {
  const db = await openTestDb();
  const row = (await db.get("SELECT status FROM Question WHERE id = ?", id)) as { status: string };
  await db.close();
  return row.status;
}

test("a student is refused the teacher pages, and an anonymous visitor is sent to sign in", async ({ page, browser }) => {
  await signIn(page, DEMO_STUDENT);
  for (const path of ["/teacher", `/teacher/articles/${SEED_SLUG}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "That page is for teachers" })).toBeVisible();
    await expect(page.getByText("Consistency warnings")).toHaveCount(0);
  }
  const anonymous = await browser.newPage();
  await anonymous.goto("/teacher");
  await expect(anonymous).toHaveURL(/\/sign-in\?callbackUrl=/);
  await anonymous.close();
});

/**
 * Captures a real call of the "Retire" server action, to replay it as others. Only a question's owner
 * or the admin retires one, and the seed's library questions have no owner: the admin does it here.
 */
async function captureRetireAction(page: Page) {
  await page.goto(`/teacher/articles/${SEED_SLUG}?status=approved`);
  const card = page.getByTestId("bank-question").first();
  await expect(card).toBeVisible();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    card.getByRole("button", { name: /^Retire/ }).click(),
  ]);
  return { url: request.url(), headers: request.headers(), body: request.postDataBuffer()! };
}

test("a student or a visitor calling the teacher's action directly is refused and nothing changes", async ({ page, browser }) => {
  await signIn(page, DEMO_ADMIN);
  const call = await captureRetireAction(page);
  const questionId = /name="(?:_?\d+_)?questionId"\r\n\r\n([^\r]+)/.exec(call.body.toString())?.[1];
  expect(questionId, call.body.toString().slice(0, 400)).toBeTruthy();
  await expect.poll(() => questionStatus(questionId!)).toBe("retired");

  // The admin restores it, so the replays below would have something to change.
  await page.goto(`/teacher/articles/${SEED_SLUG}?status=retired`);
  await page.getByTestId("bank-question").first().getByRole("button", { name: /^Restore to draft/ }).click();
  await expect.poll(() => questionStatus(questionId!)).toBe("draft");

  const headers = { "next-action": call.headers["next-action"]!, "content-type": call.headers["content-type"]!, accept: "text/x-component" };
  const student = await browser.newContext();
  const studentPage = await student.newPage();
  await signIn(studentPage, DEMO_STUDENT);
  const asStudent = await studentPage.request.post(call.url, { headers, data: call.body });
  expect(await asStudent.text()).toContain("You don't have access to that.");

  const anonymous = await browser.newContext();
  const asAnonymous = await anonymous.request.post(call.url, { headers, data: call.body });
  expect(await asAnonymous.text()).toContain("Please sign in first.");

  expect(await questionStatus(questionId!)).toBe("draft");
  await student.close();
  await anonymous.close();

  // Leave the bank as the seed made it: the demo set and assignment use this question too.
  await page.goto(`/teacher/articles/${SEED_SLUG}?status=draft`);
  await page.locator(`#question-${questionId}`).getByRole("button", { name: /^Approve/ }).click();
  await expect.poll(() => questionStatus(questionId!)).toBe("approved");
});

test("a student cannot open another student's attempt", async ({ page }) => {
  const db = await openTestDb();
  const other = (await db.get("SELECT a.id FROM Attempt a JOIN User u ON u.id = a.userId WHERE u.email = 'ana@factdeck.test' LIMIT 1")) as { id: string };
  await db.close();
  await signIn(page, DEMO_STUDENT);
  for (const path of [`/attempts/${other.id}`, `/attempts/${other.id}/result`]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  }
});
