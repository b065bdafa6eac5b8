// Issue 12, "one rule for keys": a question's key leaves the server only when the feedback rules
// of that student's context allow it. The leak scanner over the side doors: the demo grader (even
// asked for other ids than the page sent), the review queue and practice quizzes, while an
// assignment's feedback is not out yet; then, once it is, the same scans find the keys.
import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import type { TestDb } from "./db";
import { DEMO_TEACHER, letTimePass, openTestDb, SEED_SLUG, signIn, signUpStudent, uniqueName } from "./helpers";
import { feedbackExplanation } from "@/lib/feedback/explanation";
import { findLeaks, keyValuesOf, publicTextOf, recordBodies, secretsOf, shownKeyTextOf } from "./leak-scanner";
import { answerKey, currentQuestion, fillCorrectAnswer } from "./quiz-helpers";
import { createClass, joinWith, startAssigning } from "./teacher-helpers";

const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

/** The questions of every assignment not yet past its due date (the demo class's is one). */
async function openAssignmentQuestions(db: TestDb): Promise<Question[]> {
  const rows = (await db.all("SELECT i.questionId AS id, a.dueAt AS dueAt FROM Assignment a JOIN QuestionSetItem i ON i.setId = a.setId")) as { id: string; dueAt: string | number | null }[];
  const open = rows.filter((r) => r.dueAt === null || new Date(r.dueAt).getTime() > Date.now());
  return Promise.all([...new Set(open.map((r) => r.id))].map(async (id) => ({ ...(await answerKey(db, id)), id })));
}

/** Walks the demo quiz, answering only the first question; returns every question served. */
async function walkDemo(page: Page, db: TestDb): Promise<Question[]> {
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);
  const served: Question[] = [];
  for (let i = 0; i < total; i++) {
    await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
    const { id } = await currentQuestion(page);
    served.push({ ...(await answerKey(db, id)), id });
    if (i === 0) await fillCorrectAnswer(page.getByTestId("question"), served[0]!);
    if (i < total - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
  return served;
}

async function submitDemo(page: Page) {
  await page.getByRole("button", { name: "Check my answers" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
}

/**
 * Every reply of the demo's grader (a server action: a POST to /demo), read in full through the
 * route; with `tamper` set, the request is first rewritten to ask for other questions.
 */
async function graderReplies(page: Page) {
  const replies: { url: string; body: string }[] = [];
  const state: { tamper: null | { questionIds: string[]; responses: Record<string, unknown> } } = { tamper: null };
  await page.route("**/demo", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    // The grader takes one plain object, so the action's body is the JSON of its argument list.
    const response = await route.fetch(state.tamper ? { postData: JSON.stringify([state.tamper]) } : undefined);
    // Decoded as UTF-8 ourselves (RSC replies carry no charset), and served back byte for byte.
    const body = await response.body();
    replies.push({ url: `${request.url()} (grader${state.tamper ? ", rewritten" : ""})`, body: body.toString("utf8") });
    await route.fulfill({ response, body });
  });
  return { replies, state };
}

test("the demo keys only the questions it served and were answered, never an open assignment's, even asked directly", async ({ page }) => {
  test.setTimeout(120_000);
  const db = await openTestDb();
  const assigned = await openAssignmentQuestions(db);
  expect(assigned.length).toBeGreaterThan(0); // the demo class's open assignment

  const grader = await graderReplies(page);
  // The grader's replies are read through its route (graderReplies), not twice: a reply served
  // back by route.fulfill reaches the response event re-encoded.
  const recorder = recordBodies(page, { skip: (res) => res.request().method() === "POST" && new URL(res.url()).pathname === "/demo" });
  await page.goto("/demo");
  const served = await walkDemo(page, db);
  for (const q of served) expect(assigned.map((a) => a.id), "an open assignment's question in the demo").not.toContain(q.id);
  await submitDemo(page);
  await expect(page.getByTestId("score")).toHaveText(`You scored 1 out of ${served.length}`);
  const bodies = [...(await recorder.stop()), ...grader.replies];
  expect(grader.replies).toHaveLength(1);
  const answered = served.slice(0, 1);
  const shown = [...publicTextOf([...served, ...assigned]), ...shownKeyTextOf(answered)];
  // Nothing of the assignment's keys, nor of the questions left blank, reached the browser...
  expect(findLeaks(bodies, keyValuesOf([...assigned, ...served.slice(1)], answered), shown)).toEqual([]);
  // ...and the scan is live: the one answered question's key did arrive, with its grade. Its key
  // values alone may be too short to search for (a shortened explanation, a one-word answer):
  // what feedback shows of it (the source sentence, at least) is looked for too.
  const answeredKey = [...keyValuesOf(answered), ...shownKeyTextOf(answered).filter((text) => text.length >= 20)];
  expect(findLeaks(grader.replies, answeredKey).length).toBeGreaterThan(0);

  // A visitor who rewrites the grader's request to ask for the assignment's questions, answered
  // right, is refused and learns no key.
  grader.state.tamper = {
    questionIds: assigned.map((q) => q.id),
    responses: Object.fromEntries(assigned.map((q) => [q.id, answerOf(q)])),
  };
  await page.getByRole("button", { name: "Try the demo again" }).click();
  await fillCorrectAnswer(page.getByTestId("question"), served[0]!);
  await submitDemo(page);
  await expect(page.getByText(/aren't part of the demo quiz/)).toBeVisible();
  const tampered = grader.replies.slice(1);
  expect(tampered).toHaveLength(1);
  expect(tampered[0]!.body).toContain("aren't part of the demo quiz");
  expect(findLeaks(tampered, secretsOf(assigned), publicTextOf([...served, ...assigned]))).toEqual([]);
  await db.close();
});

/** A right answer in the grader's (canonical) shape, straight from the key. */
function answerOf(q: Question): unknown {
  switch (q.type) {
    case "single_choice":
      return { choice: q.answer };
    case "multiple_select":
      return { choices: q.answer };
    case "true_false":
      return { value: q.answer };
    case "numeric":
      return { value: String(q.answer.value) };
    case "fill_blank":
      return { text: q.answer.accepted[0] };
    case "ordering":
      return { order: q.answer };
    case "matching":
      return { pairs: q.answer };
  }
}

test("with feedback after the due date, neither the review queue nor a practice quiz gives the assignment's keys before it", async ({ browser }) => {
  test.setTimeout(240_000); // two browsers, a whole assignment and a practice quiz
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, DEMO_TEACHER);
  const code = await createClass(teacher, `Keys ${Date.now()}`);
  await startAssigning(teacher, DEMO_SET_TITLE);
  const opensAt = await teacher.getByLabel("Opens at").inputValue();
  await teacher.getByLabel("Due at (optional)").fill(`${Number(opensAt.slice(0, 4)) + 1}${opensAt.slice(4)}`);
  await teacher.getByText("After the due date", { exact: true }).click();
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByTestId("class-assignment")).toContainText("after the due date");
  await teacherContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpStudent(page, uniqueName("Kim Keys"));
  await joinWith(page, code);
  await page.getByRole("button", { name: `Start: ${DEMO_SET_TITLE}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptId = page.url().split("/").pop()!;
  const db = await openTestDb();
  const order = JSON.parse(((await db.get("SELECT questionOrder FROM Attempt WHERE id = ?", attemptId)) as { questionOrder: string }).questionOrder) as string[];
  const assigned = await Promise.all(order.map(async (id) => ({ ...(await answerKey(db, id)), id })));
  // Kim answers the first question right, then submits: that answer goes on her review queue.
  const first = assigned[0]!;
  await expect(page.getByTestId("question")).toHaveAttribute("data-question-id", first.id);
  await fillCorrectAnswer(page.getByTestId("question"), first);
  await expect(page.getByTestId("question").getByRole("status").filter({ hasText: "Answer saved" })).toBeVisible();
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const cards = (await db.get("SELECT COUNT(*) AS n FROM ReviewCard WHERE questionId = ? AND userId = (SELECT userId FROM Attempt WHERE id = ?)", first.id, attemptId)) as { n: number };
  expect(cards.n).toBe(1); // grading scheduled it, as before
  // FSRS would bring it back within minutes; make it due now, as if they had passed.
  expect(await letTimePass("UPDATE ReviewCard SET due = ? WHERE userId = (SELECT userId FROM Attempt WHERE id = ?)", attemptId)).toBe(1);

  // The review queue: nothing to review, and no key of the set anywhere in what it sends.
  const reviewBodies = recordBodies(page);
  await page.goto("/review");
  await expect(page.getByTestId("review-empty")).toBeVisible();
  await page.goto("/dashboard");
  const seenReview = await reviewBodies.stop();
  expect(seenReview.some((b) => new URL(b.url).pathname === "/review")).toBe(true);
  const everyone = assigned;
  expect(findLeaks(seenReview, secretsOf(assigned), publicTextOf(everyone))).toEqual([]);

  // A practice quiz on the same article: none of the set's questions, so its result keys none of them.
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const practiceId = page.url().split("/").pop()!;
  const practiceOrder = JSON.parse(((await db.get("SELECT questionOrder FROM Attempt WHERE id = ?", practiceId)) as { questionOrder: string }).questionOrder) as string[];
  expect(practiceOrder.length).toBeGreaterThan(0);
  for (const id of practiceOrder) expect(order, "an assignment question in practice").not.toContain(id);
  const practised = await Promise.all(practiceOrder.map(async (id) => ({ ...(await answerKey(db, id)), id })));
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const practiceResult = [{ url: page.url(), body: await (await page.request.get(page.url())).text() }];
  const shown = [...publicTextOf([...assigned, ...practised]), ...shownKeyTextOf(practised)];
  expect(findLeaks(practiceResult, keyValuesOf(assigned, practised), shown)).toEqual([]);
  // Live: the scan finds the practised keys the result rightly shows. Their answer texts too: a
  // result can show a question's key only as "Correct answer: …" (feedback quotes the source once
  // and keeps only the explanation's own words, which for some questions leaves none).
  const practisedKeys = [...keyValuesOf(practised), ...practised.map((q) => q.answerText)];
  expect(findLeaks(practiceResult, practisedKeys, publicTextOf([...assigned, ...practised])).length).toBeGreaterThan(0);

  // The due date passes: the card is served, and answering it gives its key.
  expect(await letTimePass("UPDATE Assignment SET dueAt = ? WHERE id = (SELECT assignmentId FROM Attempt WHERE id = ?)", attemptId)).toBe(1);
  await page.goto("/review");
  const card = page.getByTestId("review-card");
  await expect(card.getByRole("heading", { name: first.prompt })).toBeVisible();
  await fillCorrectAnswer(card, first);
  await page.getByRole("button", { name: "Check answer" }).click();
  // The explanation as feedback shows it, and the source sentence quoted once beside it.
  const shownFirst = feedbackExplanation(first.explanation, first.source.sentence, first.answerText);
  if (shownFirst) await expect(page.getByTestId("review-feedback")).toContainText(shownFirst);
  await expect(page.getByTestId("review-feedback").locator("blockquote")).toHaveText(first.source.sentence);
  // Live: the scan finds its key now. (No public text is taken out first: an ordering question's
  // options, say, are words of its own explanation.)
  expect(findLeaks([{ url: page.url(), body: await page.content() }], [...keyValuesOf([first]), first.answerText]).length).toBeGreaterThan(0);
  await db.close();
  await context.close();
});
