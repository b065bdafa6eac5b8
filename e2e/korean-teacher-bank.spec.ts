import { expect, test, type Page } from "@playwright/test";
import { openTestDb, openWritableTestDb, storedDate } from "./db";
import { DEMO_TEACHER, expectNoViolations, signIn } from "./helpers";
import { contentOf, expectKorean, pageTexts, shoot } from "./korean-helpers";

// Issue 17, the teacher's share: the demo teacher switches to Korean and walks the teacher's home,
// the paste form, the generation job's page, an article's question bank (a question held back with
// its reason, the filters, a status change) and the question editor (a refusal from the action):
// no English interface is left. The article and its questions are content and stay English.

/** A short made-up article (not real news), with figures, dates, a list and quotes to ask about. */
const ARTICLE = `Lindqvist Ferries said on Monday it will run three electric ferries between Marrow Bay and Pell Island from June 2026, replacing two diesel boats that have served the route since 1998. The company expects the new line to carry 640,000 passengers a year, up from 410,000 last year.

The ferries were built by Osterlund Yards in Kalmar at a cost of $86 million, of which the regional council paid $30 million. Each boat holds 280 passengers and 40 cars.

"Quiet boats were what the islanders asked for," said Mara Lindqvist, the company's chief executive. "The crossing will take 25 minutes instead of 40."

The route will be the second electric line in the region after the Solvik crossing, which opened in 2023. Fares will stay at $4.50 for adults and $2 for children.`;

/** Text the engine finds nothing to ask about in: its job fails, and the failed job's page stays put. */
const NOTHING_TO_ASK = `The garden was quiet in the morning. Birds sang in the old trees and the grass was wet.

Nobody came to the gate, and the path stayed empty until the afternoon, when the wind picked up.`;

const REASON = { code: "pronoun_stem", message: "The statement starts with “It”, and the question never says who or what that is." };

/** What is content on the demo teacher's pages: every article's title and source, the sets' titles, the pasted articles and their questions and facts. */
async function teacherContent(slug?: string): Promise<string[]> {
  const db = await openTestDb();
  try {
    const extra: string[] = [ARTICLE, NOTHING_TO_ASK, DEMO_TEACHER.name];
    for (const row of (await db.all("SELECT title, source, published FROM Article")) as { title: string; source: string | null; published: string | null }[]) {
      extra.push(row.title, row.source ?? "", row.published ?? "");
    }
    for (const row of (await db.all("SELECT title FROM GenerationJob")) as { title: string }[]) extra.push(row.title);
    // The teacher's sets, offered by "Add to".
    for (const row of (await db.all("SELECT title FROM QuestionSet")) as { title: string }[]) extra.push(row.title);
    if (slug) {
      const article = (await db.get("SELECT id, rawText FROM Article WHERE slug = ?", slug)) as { id: string; rawText: string };
      extra.push(article.rawText);
      for (const row of (await db.all("SELECT label FROM Fact WHERE articleId = ?", article.id)) as { label: string }[]) extra.push(row.label);
      const collect = (v: unknown) => {
        if (typeof v === "string") extra.push(v);
        else if (Array.isArray(v)) v.forEach(collect);
        else if (v && typeof v === "object") Object.values(v).forEach(collect);
      };
      for (const row of (await db.all("SELECT bodyJson FROM Question WHERE articleId = ?", article.id)) as { bodyJson: string }[]) {
        const { flags: _flags, ...body } = JSON.parse(row.bodyJson) as Record<string, unknown>;
        collect(body);
      }
    }
    return contentOf(extra.filter(Boolean));
  } finally {
    await db.close();
  }
}

/** Holds one draft of the article back, as the critic does, with a reason the Korean page says by its code. Returns its prompt. */
async function holdOneBack(slug: string): Promise<string> {
  const db = await openWritableTestDb();
  try {
    const row = (await db.get(
      `SELECT q.id, q.bodyJson, q.prompt FROM Question q JOIN Article a ON a.id = q.articleId WHERE a.slug = ? AND q.status = 'draft' AND q.origin = 'generated' AND q.type = 'single_choice' ORDER BY q.start, q.key LIMIT 1`,
      slug,
    )) as { id: string; bodyJson: string; prompt: string };
    const json = JSON.stringify({ ...(JSON.parse(row.bodyJson) as Record<string, unknown>), status: "needs_review", flags: [REASON] });
    await db.run(`UPDATE Question SET bodyJson = ? WHERE id = ?`, json, row.id);
    await db.run(`UPDATE QuestionVersion SET bodyJson = ? WHERE questionId = ? AND version = 1`, json, row.id);
    return row.prompt;
  } finally {
    await db.close();
  }
}

/** A job of the demo teacher's being read by a running instance (its heartbeat ahead of the clock, so it is never taken back). */
async function jobBeingRead(): Promise<string> {
  const db = await openWritableTestDb();
  try {
    const teacher = (await db.get("SELECT id FROM User WHERE email = ?", DEMO_TEACHER.email)) as { id: string };
    const id = `e2e-ko-job-${Date.now().toString(36)}`;
    const now = new Date();
    await db.run(
      "INSERT INTO GenerationJob (id, createdById, title, rawText, status, createdAt, startedAt, heartbeatAt) VALUES (?, ?, ?, ?, 'reading', ?, ?, ?)",
      id,
      teacher.id,
      "Harbour cranes for Pell Island",
      ARTICLE,
      storedDate(now),
      storedDate(now),
      storedDate(new Date(now.getTime() + 30 * 60_000)),
    );
    return id;
  } finally {
    await db.close();
  }
}

async function removeJob(id: string) {
  const db = await openWritableTestDb();
  try {
    await db.run("DELETE FROM GenerationJob WHERE id = ?", id);
  } finally {
    await db.close();
  }
}

async function switchTo(page: Page, language: "한국어" | "English") {
  await page.getByRole("contentinfo").getByRole("button", { name: language }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", language === "한국어" ? "ko" : "en");
}

/** The page's texts, read again if a navigation (the job's page opening the bank) cut the first reading short. */
async function settledTexts(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) {
    try {
      await pageTexts(page);
      return;
    } catch {
      await page.waitForLoadState();
    }
  }
}

test.describe.configure({ mode: "serial" });

// The demo teacher's language is saved with the account: back to English whatever happened, so the
// English journeys sharing the database still meet the English interface.
test.afterEach(async ({ page }) => {
  await page.goto("/teacher");
  if ((await page.locator("html").getAttribute("lang")) !== "en") await switchTo(page, "English");
});

test("the demo teacher in Korean: home, paste, job, bank and editor have no English left", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO_TEACHER);
  await page.goto("/teacher");
  await switchTo(page, "한국어");

  // Teacher home.
  await expect(page.getByRole("heading", { level: 1, name: "문제 은행" })).toBeVisible();
  await expectKorean(page, "the teacher's home", await teacherContent());
  await expectNoViolations(page, "the teacher's home in Korean");
  await shoot(page, "teacher-home", "ko-bank");

  // A job's page while it reads (a job row as a running instance keeps it: its heartbeat fresh, so
  // nothing takes it over), and the home page's list of articles not yet banks.
  const jobId = await jobBeingRead();
  try {
    await page.goto(`/teacher/articles/new/${jobId}`);
    await expect(page.getByRole("status").filter({ hasText: "기사를 읽는 중…" })).toBeVisible();
    await expect(page.getByRole("list", { name: "진행 상황" }).getByRole("listitem")).toHaveCount(3);
    await expectKorean(page, "a job's page while it reads", await teacherContent());
    await expectNoViolations(page, "a job's page in Korean");
    await shoot(page, "job-reading", "ko-bank");
    await page.goto("/teacher");
    await expect(page.getByText("아직 문제 은행이 되지 않은 기사")).toBeVisible();
    await expect(page.getByText("읽는 중", { exact: true }).first()).toBeVisible();
    await expectKorean(page, "the teacher's home with a job", await teacherContent());
  } finally {
    await removeJob(jobId);
  }

  // The paste form, with a refusal from the action (a title too short), then a paste the engine can't use.
  await page.getByRole("link", { name: "기사 추가" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "기사 추가" })).toBeVisible();
  await page.getByLabel("제목").fill("Q");
  await page.getByLabel("기사 본문").fill(NOTHING_TO_ASK);
  await page.getByRole("button", { name: "문제 은행 만들기" }).click();
  await expect(page.getByText("기사 제목을 3자 이상 쓰세요.")).toBeVisible();
  await expectKorean(page, "the paste form with a refusal", await teacherContent());
  await expectNoViolations(page, "the paste form in Korean");
  await shoot(page, "article-new", "ko-bank");

  await page.getByLabel("제목").fill("A quiet garden morning");
  await page.getByRole("button", { name: "문제 은행 만들기" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/new\/[\w-]+$/);
  // The job's page: read while it works, then its failure, said in Korean.
  await expect(page.getByRole("alert").filter({ hasText: "물어볼 내용을 찾지 못했어요" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("link", { name: "글을 고쳐 다시 시도" })).toBeVisible();
  await expectKorean(page, "a failed job's page", await teacherContent());
  await expectNoViolations(page, "a failed job's page in Korean");
  await shoot(page, "job-failed", "ko-bank");
  await page.getByRole("button", { name: "이 글 버리기" }).click();
  await expect(page).toHaveURL(/\/teacher$/);

  // A paste that becomes a bank; the job's page on the way, whatever step it is at.
  await page.goto("/teacher/articles/new");
  await page.getByLabel("제목").fill("Electric ferries for Marrow Bay");
  await page.getByLabel("출처 (선택)").fill("Factdeck test desk");
  await page.getByLabel("발행일 (선택)").fill("2025-09-01");
  await page.getByLabel("기사 본문").fill(ARTICLE);
  await page.getByRole("button", { name: "문제 은행 만들기" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/new\/[\w-]+$|\?generated=1$/);
  if (/\/new\//.test(page.url())) {
    await settledTexts(page);
    await expectKorean(page, "the job's page", await teacherContent()).catch(async (error: unknown) => {
      // The page may have moved on to the bank mid-reading: only a reading of the job's page counts.
      if (/\/new\//.test(page.url())) throw error;
    });
  }
  await expect(page).toHaveURL(/\/teacher\/articles\/(?!new(?:\/|$))[a-z0-9-]+\?generated=1$/, { timeout: 60_000 });
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  const prompt = await holdOneBack(slug);
  await page.reload();

  // The bank: its notice, badges, findings, article and questions; the held-back question's reason in Korean.
  await expect(page.getByRole("heading", { level: 2, name: "일관성 검사 결과" })).toBeVisible();
  await expect(page.getByText(/^문제 은행이 준비됐어요\./)).toBeVisible();
  const card = page.getByTestId("bank-question").filter({ has: page.getByTestId("bank-question-prompt").getByText(prompt, { exact: true }) });
  await expect(card.getByText("검토 필요", { exact: true })).toBeVisible();
  await expect(card.getByTestId("review-reasons").getByRole("listitem")).toHaveText(["문제가 ‘그것’, ‘그들’처럼 가리키기만 하고 누구인지, 무엇인지 밝히지 않아요."]);
  let content = await teacherContent(slug);
  await expectKorean(page, "the question bank", content);
  await expectNoViolations(page, "the question bank in Korean");
  await shoot(page, "bank", "ko-bank");

  // The filters: only the questions that need review.
  await page.getByLabel("상태").selectOption({ label: "검토 필요" });
  await page.getByRole("button", { name: "필터", exact: true }).click();
  await expect(page).toHaveURL(/status=needs_review/);
  // The held-back one, and any the critic itself held back: each says so.
  await expect(card).toBeVisible();
  const shown = await page.getByTestId("bank-question").count();
  await expect(page.getByTestId("bank-question").getByText("검토 필요", { exact: true })).toHaveCount(shown);
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^문제 \\(\\d+개 중 ${shown}개\\)$`) })).toBeVisible();
  await expectKorean(page, "the filtered bank", content);
  await shoot(page, "bank-filtered", "ko-bank");

  // A status change: approving the held-back question (with the filters cleared: approved, it leaves the filter's list).
  await page.getByRole("link", { name: "지우기" }).click();
  await expect(page.getByTestId("review-summary")).toContainText("초안:");
  await card.getByRole("button", { name: `승인: ${prompt}` }).click();
  await expect(card.getByText("승인됨", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: `초안으로: ${prompt}` })).toBeVisible();
  await page.getByRole("button", { name: /^준비된 문제 모두 승인/ }).click();
  await expect(page.getByTestId("approve-ready-result")).toHaveText(/^\d+문제를 승인했어요\.( \d+문제는 아직 검토가 필요해요\.)?$/);
  await expect(page.getByTestId("bank-selection")).toBeVisible();
  await page.getByRole("button", { name: /^승인된 문제 모두 선택 \(\d+\)$/ }).click();
  await expect(page.getByTestId("selected-count")).toHaveText(/^\d+문제 선택됨$/);
  await expectKorean(page, "the bank after approving", content);
  await expectNoViolations(page, "the bank after approving, in Korean");
  await shoot(page, "bank-approved", "ko-bank");

  // The editor: a refusal from the action (an empty explanation), said in Korean by the field.
  await card.getByRole("link", { name: `수정: ${prompt}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "문제 수정" })).toBeVisible();
  await page.getByLabel("해설").fill("");
  await page.getByRole("button", { name: "새 버전으로 저장" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "고칠 항목이 있어요" })).toBeVisible();
  await expect(page.getByText("기사를 인용하거나 가리키며 정답을 설명하세요.")).toBeVisible();
  content = await teacherContent(slug);
  await expectKorean(page, "the question editor with a refusal", content);
  await expectNoViolations(page, "the question editor in Korean");
  await shoot(page, "editor", "ko-bank");

  // Writing a question: each type's fields in Korean, and a refusal when no sentence is chosen.
  await page.goto(`/teacher/articles/${slug}/questions/new`);
  await expect(page.getByRole("heading", { level: 1, name: "문제 쓰기" })).toBeVisible();
  for (const type of ["짝 맞추기", "순서 맞추기", "숫자", "빈칸 채우기", "참/거짓", "근거 찾기", "여러 개 고르기", "하나 고르기"]) {
    await page.getByLabel("문제 유형").selectOption({ label: type });
    await expectKorean(page, `the new question form (${type})`, content);
  }
  await page.getByRole("button", { name: "문제 추가" }).click();
  await expect(page.getByText("이 문제가 묻는 문장을 고르세요.")).toBeVisible();
  await expectKorean(page, "the new question form with a refusal", content);
  await expectNoViolations(page, "the new question form in Korean");
  await shoot(page, "question-new", "ko-bank");
});
