import { expect, test, type Page } from "@playwright/test";
import { DEMO_STUDENT, expectNoViolations, letTimePass, openTestDb, SEED_SLUG, signIn, signUpStudent, uniqueName } from "./helpers";
import { contentOf, expectKorean, expectNoSidewaysOverflow, shoot, untranslated } from "./korean-helpers";
import { atWidths } from "./screenshots";
import { createLiveSet, gameQuestions, hostLive } from "./live-helpers";
import { answerKey, currentQuestion, fillCorrectAnswer, type AnswerControlWords } from "./quiz-helpers";

// Issue 17: a student switches the interface to Korean and takes a quiz, and no English is left
// on the pages they walk (the scanner is e2e/korean-helpers.ts).

/** The Korean names of the answer controls that aren't the question's own text. */
const KOREAN_CONTROLS: AnswerControlWords = { true: "참", false: "거짓", moveUp: (item) => `“${item}” 위로 옮기기` };

test("the scanner finds English and raw keys: it fails on an English page", async ({ page }) => {
  await page.goto("/sign-in");
  const problems = await untranslated(page, []);
  expect(problems.some((p) => p.startsWith("English"))).toBe(true);
  await page.setContent(`<p>${"client.quiz.check"}</p>`);
  expect(await untranslated(page, [])).toContain("untranslated key client.quiz.check in “client.quiz.check”");
});

test("a student switches to Korean and takes a quiz: dashboard, quiz, submit, result and review have no English left", async ({ page }) => {
  test.setTimeout(240_000);
  const name = uniqueName("Korean Student");
  await signUpStudent(page, name);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoViolations(page, "the dashboard in English");

  // The switch in the footer, by keyboard.
  const korean = page.getByRole("contentinfo").getByRole("button", { name: "한국어" });
  await korean.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("안녕하세요");
  await expect(korean).toHaveAttribute("aria-pressed", "true");

  // Saved with the account: a browser without the cookie (another device) still gets Korean.
  await page.context().clearCookies({ name: "factdeck-locale" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");

  const content = await contentOf([name]);
  await expectKorean(page, "the dashboard", content);
  await expectNoViolations(page, "the dashboard in Korean");
  await shoot(page, "dashboard");

  // The article page, then a practice quiz with feedback after each question left off.
  await page.goto(`/articles/${SEED_SLUG}`);
  await expectKorean(page, "the article page", content);
  await page.getByRole("button", { name: /^이 기사로 연습하기/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  await expect(page.getByTestId("question")).toBeVisible();
  await expectKorean(page, "the quiz page", content);
  await expectNoViolations(page, "the quiz page in Korean");
  await shoot(page, "quiz");

  const db = await openTestDb();
  const total = Number((await page.locator("[data-quiz-bar]").getByText(/^문제 \d+\/\d+$/).innerText()).match(/\/(\d+)/)![1]);
  expect(total).toBeGreaterThan(2);
  // Every question but the last, so submitting asks first.
  for (let i = 0; i < total - 1; i++) {
    const { id } = await currentQuestion(page);
    const card = page.getByTestId("question");
    await fillCorrectAnswer(card, await answerKey(db, id), KOREAN_CONTROLS);
    await expect(card.getByRole("status").filter({ hasText: "답을 저장했어요" })).toBeVisible();
    await expectKorean(page, `question ${i + 1}`, content);
    await page.getByRole("button", { name: "다음 →" }).click();
  }
  await db.close();
  await page.getByRole("button", { name: "퀴즈 제출" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1문제를 아직 안 풀었어요" })).toBeVisible();
  await expectKorean(page, "the submit question", content);
  await shoot(page, "quiz-submit");
  await page.getByRole("button", { name: "그래도 제출" }).click();

  // The result: score, each question's verdict, the source.
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByTestId("score")).toHaveText(`${total}점 만점에 ${total - 1}점을 받았어요`);
  await expect(page.getByTestId("feedback-verdict").filter({ hasText: /^정답$/ })).toHaveCount(total - 1);
  await expect(page.getByText("답 없음").first()).toBeVisible();
  for (const details of await page.getByTestId("feedback-details").all()) await details.locator("summary").click();
  await expectKorean(page, "the result page", content);
  await expectNoViolations(page, "the result page in Korean");
  await shoot(page, "result");

  // Spaced review: the questions come due (time passes), one is answered.
  expect(await letTimePass("UPDATE ReviewCard SET due = ? WHERE userId = (SELECT id FROM User WHERE name = ?)", name)).toBeGreaterThan(0);
  await page.goto("/review");
  await expect(page.getByTestId("review-card")).toBeVisible();
  await expectKorean(page, "the review page", content);
  const reviewDb = await openTestDb();
  const reviewId = await page.getByTestId("review-card").locator("h2").evaluate((h) => h.id.replace("review-prompt-", ""));
  await fillCorrectAnswer(page.getByTestId("review-card"), await answerKey(reviewDb, reviewId), KOREAN_CONTROLS);
  reviewDb.close();
  await page.getByRole("button", { name: "정답 확인" }).click();
  await expect(page.getByTestId("review-feedback")).toContainText("맞았어요");
  await expectKorean(page, "the review's feedback", content);
  await expectNoViolations(page, "the review page in Korean");
  await shoot(page, "review");

  // The leaderboard lists other students by name, and the account page shows the email: content too.
  await page.goto("/account");
  content.push((await page.getByTestId("account-email").innerText()).trim());
  await page.goto("/leaderboard");
  for (const row of await page.locator("tbody tr td:nth-child(2)").allInnerTexts()) content.push(row.replace(/\s*나$/, "").trim());
  for (const [path, label] of [
    ["/progress", "the progress page"],
    ["/leaderboard", "the leaderboard"],
    ["/account", "the account page"],
  ] as const) {
    await page.goto(path);
    await expectKorean(page, label, content);
    await expectNoViolations(page, `${label} in Korean`);
    await shoot(page, path.slice(1));
  }

  // And back to English from the account page.
  await page.getByRole("main").getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
});

test("a visitor whose browser prefers Korean gets the Korean sign-in, sign-up, demo and not-found pages", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ locale: "ko-KR", extraHTTPHeaders: { "Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5" } });
  const page = await context.newPage();
  const content = await contentOf([]);
  for (const [path, label] of [
    ["/sign-in", "sign-in"],
    ["/sign-up", "sign-up"],
    ["/demo", "the demo quiz"],
    ["/no-such-page", "not found"],
  ] as const) {
    await page.goto(path);
    await expectKorean(page, label, content);
    await expectNoViolations(page, `${label} in Korean`);
  }
  await shoot(page, "not-found");
  await page.goto("/demo");
  await shoot(page, "demo");
  await context.close();
});

test("the demo student's English pages stay English by default", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/demo");
  await expectNoViolations(page, "the demo quiz in English");
});

/** A player's phone (390×844) and a tablet (768 wide), each checked for sideways overflow. */
async function shootPlay(page: Page, name: string) {
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    await atWidths(page, `ko-play/${name}`, { widths: [width], height, check: () => expectNoSidewaysOverflow(page, name, width) });
  }
}

test("a player whose browser prefers Korean joins a live game: the join page, its refusals, the lobby, a question, the reveal and the end are Korean", async ({ browser }) => {
  test.setTimeout(300_000);
  const { setId, title } = await createLiveSet();
  const context = await browser.newContext({ locale: "ko-KR", extraHTTPHeaders: { "Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5" }, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const content = await contentOf([title]);

  // The join page, and a PIN no game has.
  await page.goto("/play");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("라이브 게임 참여");
  await expectKorean(page, "the join page", content);
  await expectNoViolations(page, "the join page in Korean");
  await shootPlay(page, "join");
  await page.getByLabel("게임 PIN").fill("000000");
  await page.getByLabel("닉네임").fill("민지");
  await page.getByRole("button", { name: "게임 참여" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "그 PIN으로 진행 중인 게임이 없어요. 화면의 숫자를 확인하세요." })).toBeVisible();
  await expectKorean(page, "the wrong PIN's refusal", content);
  await shootPlay(page, "join-wrong-pin");

  // The teacher hosts the set (in English: the teacher's own language).
  const { context: hostContext, host, gameId, pin } = await hostLive(browser, setId);
  const questions = await gameQuestions(gameId);

  // A nickname that reads as staff is refused in Korean; then the player joins.
  await page.goto(`/play?pin=${pin}`);
  await expect(page.getByLabel("게임 PIN")).toHaveValue(pin);
  await page.getByLabel("닉네임").fill("Teacher");
  await page.getByRole("button", { name: "게임 참여" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "게임 진행자처럼 보이는 닉네임이에요. 다른 닉네임을 정하세요." })).toBeVisible();
  await expectKorean(page, "the refused nickname", content);
  await page.getByLabel("닉네임").fill("민지");
  await page.getByRole("button", { name: "게임 참여" }).click();
  await expect(page.getByRole("heading", { name: "참여했어요!" })).toBeVisible();
  await expect(page.getByText("진행자가 시작하기를 기다리는 중 · 1명 참여")).toBeVisible();
  await expectKorean(page, "the lobby", content);
  await expectNoViolations(page, "the lobby in Korean");
  await shootPlay(page, "lobby");

  // Two questions: the open question, answered, and its reveal.
  await host.getByRole("button", { name: "Start game" }).click();
  for (const [i, q] of questions.slice(0, 2).entries()) {
    if (i > 0) await host.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByTestId("player-prompt")).toHaveText(q.prompt);
    await expect(page.getByText(`문제 ${i + 1}/${questions.length}`)).toBeVisible();
    await expect(page.getByRole("timer")).toHaveAttribute("aria-label", /^\d+초 남음$/);
    await expectKorean(page, `question ${i + 1}`, content);
    if (i === 0) {
      await expectNoViolations(page, "the open question in Korean");
      await shootPlay(page, "question");
    }
    await fillCorrectAnswer(page.getByTestId("player"), q, KOREAN_CONTROLS);
    await page.getByRole("button", { name: "답 제출" }).click();
    await expect(page.getByTestId("player-sent")).toHaveText("답을 제출했어요. 다른 사람들을 기다리는 중…");
    await expectKorean(page, `question ${i + 1}, answered`, content);
    if (i === 0) await shootPlay(page, "answered");
    await host.getByRole("button", { name: "Close question" }).click();
    await expect(page.getByTestId("player-result")).toContainText("정답이에요!");
    await expect(page.getByTestId("player-rank")).toContainText("1명 중 1위");
    await expectKorean(page, `question ${i + 1}'s reveal`, content);
    if (i === 0) {
      await expectNoViolations(page, "the reveal in Korean");
      await shootPlay(page, "reveal");
    }
  }
  // The true/false question's answer is a word of the interface: 참 or 거짓, not True or False.
  await expect(page.getByTestId("player-reveal")).toContainText(`정답: ${(questions[1] as { answer: boolean }).answer ? "참" : "거짓"}`);

  // The host ends the game early: the podium and the player's summary.
  await host.getByRole("button", { name: "End game" }).click();
  await expect(page.getByTestId("player-summary")).toBeVisible();
  await expect(page.getByRole("heading", { name: "최종 순위" })).toBeVisible();
  await expect(page.getByTestId("player-final")).toContainText("1명 중 1위");
  await expectKorean(page, "the end of the game", content);
  await expectNoViolations(page, "the end of the game in Korean");
  await shootPlay(page, "end");
  await Promise.all([context.close(), hostContext.close()]);
});
