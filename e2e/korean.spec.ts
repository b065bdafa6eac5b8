import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import en from "@/messages/en.json";
import { DEMO_STUDENT, expectNoViolations, letTimePass, openTestDb, SEED_SLUG, signIn, signUpStudent, uniqueName } from "./helpers";
import { answerKey, currentQuestion, fillCorrectAnswer, type AnswerControlWords } from "./quiz-helpers";

// Issue 17: a student switches the interface to Korean and takes a quiz, and no English is left
// on the pages they walk. The scanner (untranslated) fails on a message key shown instead of its
// message (next-intl and the client messages both show the key when a message is missing) and on
// English words of messages/en.json left in the page. The article and its questions are content,
// in English on purpose: their text is taken out before scanning (contentOf).

type Tree = { [key: string]: string | Tree };

function messagesOf(tree: Tree, prefix = ""): [key: string, text: string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : messagesOf(v, `${prefix}${k}.`)));
}

const MESSAGES = messagesOf(en as Tree);
const NAMESPACES = [...new Set(MESSAGES.map(([key]) => key.split(".")[0]!))];
/** "client.quiz.check", "result.scored": a key shown in place of its message. */
const KEY_PATTERN = new RegExp(`\\b(?:${NAMESPACES.join("|")})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*`, "g");
/** Words that stay as they are in Korean: names, a symbol. */
const KEPT = new Set(["factdeck", "korea", "joongang", "daily", "utc", "english", "npm", "start", "txt"]);
/** The English words of the interface: every word of three letters or more in en.json's messages, placeholders and tags left out. */
const ENGLISH_UI_WORDS = new Set(
  MESSAGES.flatMap(([, text]) => text.replace(/\{[^{}]*\}|<\/?\w+>/g, " ").toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w)),
);

/** The page's text as a person or a screen reader meets it: text nodes, labels, titles, and the document title. */
async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-valuetext]")) {
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-valuetext"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** The texts that are content, not interface: the article, its questions, the quiz's and the student's names. */
async function contentOf(extra: string[]): Promise<string[]> {
  const db = await openTestDb();
  try {
    const article = (await db.get("SELECT id, title, rawText FROM Article WHERE slug = ?", SEED_SLUG)) as { id: string; title: string; rawText: string };
    const bodies = ((await db.all("SELECT bodyJson FROM Question WHERE articleId = ?", article.id)) as { bodyJson: string }[]).map((r) => JSON.parse(r.bodyJson) as unknown);
    const strings: string[] = [article.title, article.rawText];
    const collect = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    bodies.forEach(collect);
    return [...strings, ...extra].map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
  } finally {
    await db.close();
  }
}

/** What is left of the interface in English or as raw keys on this page; empty when all of it is Korean. */
async function untranslated(page: Page, content: string[]): Promise<string[]> {
  const corpus = content.join("\n");
  // Longest first, so a title is taken out whole before a shorter string inside it.
  const pieces = [...content].sort((a, b) => b.length - a.length);
  const problems: string[] = [];
  for (const raw of await pageTexts(page)) {
    const text = raw.replace(/\s+/g, " ");
    for (const key of text.match(KEY_PATTERN) ?? []) problems.push(`untranslated key ${key} in “${text}”`);
    if (corpus.includes(text)) continue; // a piece of the article or a question, as it is
    let rest = text;
    for (const piece of pieces) if (piece.length > 1 && rest.includes(piece)) rest = rest.split(piece).join(" ");
    // Answers as the student gave them (an order "a → b", a number with its unit) are content too.
    const words = (rest.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => ENGLISH_UI_WORDS.has(w) && !corpus.toLowerCase().includes(w));
    if (words.length > 0) problems.push(`English (${words.join(", ")}) in “${text}”`);
  }
  return [...new Set(problems)];
}

async function expectKorean(page: Page, label: string, content: string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  expect(await untranslated(page, content), `English left on ${label}`).toEqual([]);
}

const SHOTS = "/work/shots/ko";

/** Screenshots at the four widths, each checked for sideways overflow (text too long for the screen). */
async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize()!;
  for (const width of [360, 390, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Polled: a chart sized for the previous width (ResizeObserver) takes a moment to follow.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${name} overflows sideways at ${width} px`, timeout: 10_000 })
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize(original);
}

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
