import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, signIn, withTestDb } from "./helpers";
import { contentOf, expectKorean, expectNoSidewaysOverflow, shoot, untranslated } from "./korean-helpers";
import { screenshot } from "./screenshots";
import { createLiveSet, gameQuestions } from "./live-helpers";
import { fillCorrectAnswer, type AnswerControlWords } from "./quiz-helpers";
import { DEMO_ADMIN } from "./teacher-helpers";

// Issues 16 and 17: a teacher who hosts a live game and an admin who runs /admin, both with the
// interface in Korean, meet no English interface (the scanner is e2e/korean-helpers.ts). Set
// names, nicknames, the article and its questions are content and stay as they are.

const KOREAN_CONTROLS: AnswerControlWords = { true: "참", false: "거짓", moveUp: (item) => `“${item}” 위로 옮기기` };

/** The demo accounts' language is kept with the account: set it back, so the English journeys after this one stay English. */
test.afterAll(async () => {
  await withTestDb((db) => db.run("UPDATE User SET locale = NULL WHERE email IN (?, ?)", DEMO_TEACHER.email, DEMO_ADMIN.email), { write: true });
});

async function toKorean(page: Page) {
  await page.getByRole("contentinfo").getByRole("button", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
}

/** The host's buttons are back from the last move (disabled, and dimmed, while it runs), so axe reads their own colours. */
async function controlsReady(page: Page) {
  await expect(page.locator('[aria-labelledby="controls-heading"] button:disabled')).toHaveCount(0);
}

/** A projector's screen: 1920×1080, checked for sideways overflow. */
async function shootProjector(page: Page, name: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectNoSidewaysOverflow(page, name, 1920);
  await screenshot(page, `ko-live/${name}-1920.png`);
}

test("a teacher in Korean hosts a live game: the Host live form, lobby, question, pause, reveal, podium, results, the list of games and the presenter have no English left", async ({ browser, page }) => {
  test.setTimeout(420_000);
  const { setId, title } = await createLiveSet();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, DEMO_TEACHER);
  await toKorean(page);
  const nickname = "민지";
  // The join link on the screen ("127.0.0.1:3531/play") is an address, not words.
  const content = await contentOf([title, nickname, DEMO_TEACHER.name, DEMO_TEACHER.email, `${new URL(page.url()).host}/play`]);

  // "Host live" on the set's page (the page around it is another part of the Korean work).
  await page.goto(`/teacher/sets/${setId}`);
  await page.getByLabel("문제당 시간(초)").selectOption("60");
  await page.getByRole("button", { name: "라이브 진행" }).click();
  await expect(page).toHaveURL(/\/teacher\/live\/[a-z0-9]+$/);
  const gameId = page.url().split("/").pop()!;
  const questions = await gameQuestions(gameId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`라이브: ${title}`);
  await expect(page.getByTestId("live-player-count")).toHaveText("0명 참여했어요");
  await expectKorean(page, "the empty lobby", content);
  const pin = (await page.getByTestId("live-pin").innerText()).trim();

  // A player joins (in Korean: their browser's language).
  const playerContext = await browser.newContext({ locale: "ko-KR", extraHTTPHeaders: { "Accept-Language": "ko-KR,ko;q=0.9" }, viewport: { width: 390, height: 844 } });
  const player = await playerContext.newPage();
  await player.goto(`/play?pin=${pin}`);
  await player.getByLabel("닉네임").fill(nickname);
  await player.getByRole("button", { name: "게임 참여" }).click();
  await expect(player.getByRole("heading", { name: "참여했어요!" })).toBeVisible();

  await expect(page.getByTestId("live-player-count")).toHaveText("1명 참여했어요");
  await expect(page.getByTestId("host-players")).toContainText(nickname);
  await expect(page.getByText("참가자 (1명)")).toBeVisible();
  await expectKorean(page, "the lobby with a player", content);
  await controlsReady(page);
  await expectNoViolations(page, "the host's lobby in Korean");
  await shoot(page, "host-lobby", "ko-live");

  // The presenter alone, as a projector shows it.
  const presenter = await page.context().newPage();
  await presenter.goto(`/teacher/live/${gameId}/present`);
  await expect(presenter.getByTestId("live-player-count")).toHaveText("1명 참여했어요");
  await expect(presenter.getByText("스캔해서 참여하기")).toBeVisible();
  await expectKorean(presenter, "the presenter's lobby", content);
  await expectNoViolations(presenter, "the presenter's lobby in Korean");
  await shootProjector(presenter, "presenter-lobby");
  await shoot(presenter, "presenter-lobby", "ko-live");

  // Start: the first question is open.
  await page.getByRole("button", { name: "게임 시작" }).click();
  await expect(page.getByTestId("presenter-prompt")).toHaveText(questions[0]!.prompt);
  await expect(page.getByText(`문제 1/${questions.length}`)).toBeVisible();
  await expect(page.getByTestId("host-answered")).toHaveText("1명 중 0명 답함");
  await expect(page.getByRole("timer")).toHaveAttribute("aria-label", /^\d+초 남음$/);
  await expectKorean(page, "an open question", content);
  await controlsReady(page);
  await expectNoViolations(page, "the host's open question in Korean");
  await shoot(page, "host-question", "ko-live");

  // Pause and resume.
  await page.getByRole("button", { name: "일시 정지" }).click();
  await expect(page.getByTestId("live-countdown")).toHaveAttribute("data-paused", "true");
  await expect(page.getByRole("timer")).toHaveAttribute("aria-label", /^일시 정지 · \d+초 남음$/);
  await expectKorean(page, "the paused question", content);
  await controlsReady(page);
  await expectNoViolations(page, "the host's paused question in Korean");
  await shoot(page, "host-paused", "ko-live");
  await page.getByRole("button", { name: "계속하기" }).click();
  await expect(page.getByTestId("live-countdown")).not.toHaveAttribute("data-paused", "true");

  // The player answers; the host closes the question: the answer, the room's answers, the source, the top 5.
  await fillCorrectAnswer(player.getByTestId("player"), questions[0]!, KOREAN_CONTROLS);
  await player.getByRole("button", { name: "답 제출" }).click();
  await expect(page.getByTestId("host-answered")).toHaveText("1명 중 1명 답함");
  await page.getByRole("button", { name: "문제 마감" }).click();
  await expect(page.getByTestId("presenter-reveal")).toBeVisible();
  await expect(page.getByTestId("presenter-distribution")).toBeVisible();
  await expect(page.getByTestId("live-top")).toContainText(nickname);
  await expect(page.getByText("1명 중 1명 정답")).toBeVisible();
  // An answer once the question has closed is refused in the player's language (answers take
  // scripts/serve.mjs's shortcut past Next.js, which reads the language from the browser itself).
  const late = await player.evaluate(async (id) => {
    const res = await fetch(`/api/live-games/${id}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-live-token": localStorage.getItem(`factdeck-live:${id}`) ?? "" },
      body: JSON.stringify({ questionIndex: 1, response: {} }),
    });
    return { status: res.status, body: await res.json() };
  }, gameId);
  expect(late).toEqual({ status: 409, body: { ok: false, code: "closed", message: "시간이 다 됐어요. 이 문제는 마감되었어요." } });
  await expectKorean(page, "the reveal", content);
  await controlsReady(page);
  await expectNoViolations(page, "the host's reveal in Korean");
  await shoot(page, "host-reveal", "ko-live");
  await expect(presenter.getByTestId("presenter-reveal")).toBeVisible();
  await expectKorean(presenter, "the presenter's reveal", content);
  await expectNoViolations(presenter, "the presenter's reveal in Korean");
  await shootProjector(presenter, "presenter-reveal");

  // A move the phase refuses, said in Korean: the second question, opened in another tab, can't be opened twice.
  await page.getByRole("button", { name: "다음 문제" }).click();
  await expect(page.getByText(`문제 2/${questions.length}`)).toBeVisible();
  const refused = await page.evaluate(async (id) => {
    const res = await fetch(`/api/live-games/${id}/host`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "next" }) });
    return ((await res.json()) as { message: string }).message;
  }, gameId);
  expect(refused).toBe("먼저 문제를 마감하거나 건너뛰세요.");

  // The end: the podium.
  await page.getByRole("button", { name: "게임 끝내기" }).click();
  await expect(page.getByTestId("live-podium")).toBeVisible();
  await expect(page.getByText("게임이 끝났어요. 이 게임 PIN은 더 이상 쓸 수 없어요.")).toBeVisible();
  await expectKorean(page, "the podium", content);
  await controlsReady(page);
  await expectNoViolations(page, "the host's podium in Korean");
  await shoot(page, "host-podium", "ko-live");
  await expect(presenter.getByTestId("live-podium")).toBeVisible();
  await expectKorean(presenter, "the presenter's podium", content);
  await shootProjector(presenter, "presenter-podium");

  // The results.
  await page.getByRole("link", { name: "결과 보기" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/live/${gameId}/results$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`결과: ${title}`);
  await expect(page.getByTestId("live-result-row")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  expect(await untranslated(page, content), "English left on the results").toEqual([]);
  await expectNoViolations(page, "the live results in Korean");
  await shoot(page, "results", "ko-live");

  // The list of hosted games: other games' titles (earlier runs) are content too.
  await page.getByRole("link", { name: "라이브 게임" }).first().click();
  await expect(page).toHaveURL(/\/teacher\/live$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("라이브 게임");
  const titles = await page.getByTestId("live-game-row").locator("th").allInnerTexts();
  await expectKorean(page, "the list of live games", [...content, ...titles]);
  await expectNoViolations(page, "the list of live games in Korean");
  await shoot(page, "live-games", "ko-live");

  await page.getByRole("contentinfo").getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await Promise.all([playerContext.close(), presenter.close()]);
});

test("the admin in Korean: accounts, a new invitation code, a field error and a confirmation have no English left", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, DEMO_ADMIN);
  await page.goto("/admin");
  await toKorean(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("관리");

  // Content: names, emails and invitation labels other journeys left here.
  const people = await page.getByTestId("teacher-request").locator("p.font-medium, p.break-all").allInnerTexts();
  const labels = await page.getByTestId("invite").locator("p.break-words").allInnerTexts();
  const content = await contentOf([DEMO_ADMIN.name, DEMO_ADMIN.email, ...people, ...labels]);
  await expectKorean(page, "/admin", content);
  await expectNoViolations(page, "/admin in Korean");

  // A field error, then a new code.
  await page.getByLabel("받는 사람 (선택)").fill("한빛고 과학과");
  await page.getByLabel("사용할 수 있는 교사 수").fill("0");
  await page.getByRole("button", { name: "초대 코드 만들기" }).click();
  await expect(page.getByText("코드는 1회 이상 쓸 수 있어야 해요.")).toBeVisible();
  await expectKorean(page, "the invitation form's field error", content);
  await page.getByLabel("사용할 수 있는 교사 수").fill("2");
  await page.getByRole("button", { name: "초대 코드 만들기" }).click();
  const made = page.getByTestId("new-invite-code");
  await expect(made).toHaveText(/^새 초대 코드: [A-Z0-9]{5}-[A-Z0-9]{5}$/);
  const code = (await made.textContent())!.split(": ")[1]!;
  const listed = page.getByTestId("invite").filter({ hasText: code });
  await expect(listed).toContainText("2회 중 0회 사용");
  await expect(listed).toContainText("사용 가능");
  await expectKorean(page, "the new invitation code", [...content, code]);
  await expectNoViolations(page, "/admin with a new code in Korean");
  await shoot(page, "admin", "ko-live");
  await page.getByRole("button", { name: `코드 ${code} 폐기` }).click();
  await expect(listed).toContainText("폐기됨");

  // Accounts: the admin's own, then a student's with the disable to confirm (cancelled).
  const search = page.getByRole("search");
  await search.getByLabel("이메일 또는 이름").fill(DEMO_ADMIN.email);
  await search.getByRole("button", { name: "계정 검색" }).click();
  await expect(page.getByTestId("account").filter({ hasText: DEMO_ADMIN.email })).toContainText("내 계정이에요");
  await search.getByLabel("이메일 또는 이름").fill("student@factdeck.test");
  await search.getByRole("button", { name: "계정 검색" }).click();
  const student = page.getByTestId("account").filter({ hasText: "student@factdeck.test" });
  const studentName = (await student.locator("span.font-medium.break-words").innerText()).trim();
  await student.getByRole("button", { name: `${studentName} 계정 사용 중지` }).click();
  await expect(student.getByRole("group", { name: `${studentName} 계정 사용 중지 확인` })).toBeVisible();
  const accounts = [...content, studentName, "student@factdeck.test"];
  await expectKorean(page, "/admin with a disable to confirm", accounts);
  await expectNoViolations(page, "/admin with a disable to confirm in Korean");
  await shoot(page, "admin-accounts", "ko-live");
  await student.getByRole("button", { name: "취소" }).click();
  await expect(student.getByRole("button", { name: `${studentName} 계정 사용 중지` })).toBeFocused();

  // Nothing found.
  await search.getByLabel("이메일 또는 이름").fill("nobody-here");
  await search.getByRole("button", { name: "계정 검색" }).click();
  await expect(page.getByText("이메일이나 이름에 ‘nobody-here’이(가) 들어간 계정이 없어요.")).toBeVisible();
  await expectKorean(page, "/admin with no account found", [...content, "nobody-here"]);

  await page.getByRole("contentinfo").getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
