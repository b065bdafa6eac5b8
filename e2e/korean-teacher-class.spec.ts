import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, openTestDb, SEED_SLUG, signIn, signUpStudent, uniqueName } from "./helpers";
import { contentOf, expectKorean, shoot } from "./korean-helpers";
import { screenshot } from "./screenshots";
import { takeAssignmentAllRight } from "./quiz-helpers";
import { joinWith } from "./teacher-helpers";

// Issue 17: the teacher's classroom pages in Korean. The demo teacher switches to Korean and walks
// the classes, a new class, the sets, assigning, an assignment, its results and one student's
// answers, an import with a bad line and the worksheet; no English interface is left on any of
// them (e2e/korean-helpers.ts), axe finds nothing, and the screenshots fit every width.

const DEMO_JOIN_CODE = "FACT42";
const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";

/**
 * Content the teacher's pages show as it is: every class, set, user and article name and every
 * question in the test database (the picker lists other articles' questions too).
 */
async function teacherContent(extra: string[]): Promise<string[]> {
  const db = await openTestDb();
  try {
    const rows = async (sql: string) => ((await db.all(sql)) as Record<string, string | null>[]).flatMap((r) => Object.values(r).filter((v): v is string => !!v));
    const questions = ((await db.all("SELECT bodyJson FROM Question")) as { bodyJson: string }[]).map((r) => JSON.parse(r.bodyJson) as unknown);
    const strings: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    questions.forEach(collect);
    return contentOf([
      ...extra,
      ...strings,
      ...(await rows("SELECT name FROM Class")),
      ...(await rows("SELECT title, description FROM QuestionSet")),
      ...(await rows("SELECT name, email FROM User")),
      ...(await rows("SELECT title FROM Article")),
      "qtype_ordering", // the Moodle plugin's name
    ]);
  } finally {
    await db.close();
  }
}

/** A fresh student joins the demo class and hands in its assignment, every answer right. */
async function studentSubmits(page: Page, name: string) {
  await signUpStudent(page, name);
  await joinWith(page, DEMO_JOIN_CODE);
  await takeAssignmentAllRight(page, DEMO_SET_TITLE);
}

/** Korean, axe and the four widths, for the page as it is now. */
async function check(page: Page, label: string, shot: string, extra: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectKorean(page, label, await teacherContent(extra));
  await expectNoViolations(page, `${label} in Korean`);
  await shoot(page, shot, "ko-class");
}

test("the demo teacher switches to Korean: classes, sets, assigning, results, import and worksheet have no English left", async ({ browser }) => {
  test.setTimeout(420_000);
  const studentName = uniqueName("Korean Class Student");
  const className = uniqueName("Korean Class");
  const extra = [studentName, className];

  // A student hands in the demo assignment first, so there are answers to look at.
  const studentContext = await browser.newContext();
  await studentSubmits(await studentContext.newPage(), studentName);
  await studentContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO_TEACHER);
  await page.getByRole("contentinfo").getByRole("button", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  try {
    // The classes list, then a new class.
    await page.goto("/teacher/classes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("내 반");
    await check(page, "the classes list", "classes", extra);

    await page.getByRole("link", { name: "새 반" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("새 반");
    await check(page, "the new class form", "class-new", extra);
    await page.getByLabel("반 이름").fill(className);
    await page.getByRole("button", { name: "반 만들기" }).click();
    await expect(page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
    await expect(page.getByText("아직 낸 과제가 없어요.", { exact: false })).toBeVisible();
    await check(page, "the new class's page", "class-empty", extra);
    const classUrl = page.url();

    // The sets, the demo set, and assigning it to the new class from the set's page.
    await page.goto("/teacher/sets");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("문제 세트");
    await check(page, "the sets list", "sets", extra);
    await page.getByRole("link", { name: DEMO_SET_TITLE }).first().click();
    await expect(page.getByRole("heading", { name: DEMO_SET_TITLE, level: 1 })).toBeVisible();
    await page.getByTestId("export-panel").locator("summary").click();
    await expect(page.getByText("각 문제의 근거 문장은 전체 피드백으로", { exact: false }).first()).toBeVisible();
    await check(page, "the set's page", "set", extra);
    const setUrl = page.url();

    await page.getByRole("link", { name: "이 세트 내 주기" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${DEMO_SET_TITLE}” 내 주기`);
    const classSelect = page.getByLabel("반", { exact: true });
    await classSelect.selectOption((await classSelect.locator("option", { hasText: className }).getAttribute("value"))!);
    await check(page, "the assign form", "assign", extra);
    await page.getByRole("button", { name: "반에 과제 내 주기" }).click();
    await expect(page.getByText("과제를 냈어요. 반 학생들의 대시보드에 보여요.")).toBeVisible();
    await expect(page.getByTestId("class-assignment")).toHaveCount(1);
    await check(page, "the class page with its assignment", "class", extra);

    // The new assignment's page: its settings, closing, extensions.
    await page.getByRole("link", { name: `${DEMO_SET_TITLE} 관리` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`관리: ${DEMO_SET_TITLE}`);
    await page.getByRole("button", { name: "지금 마감" }).click();
    await expect(page.getByText("다시 열 때까지 아무도 시작할 수 없어요.")).toBeVisible();
    await check(page, "the assignment page", "assignment", extra);
    await page.getByRole("button", { name: "취소" }).click();

    // The demo class's assignment: results, then the student's answers.
    await page.goto("/teacher/classes");
    await page.getByRole("link", { name: "Demo class — Economics 101" }).click();
    await page.getByRole("link", { name: `${DEMO_SET_TITLE} 결과` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`결과: ${DEMO_SET_TITLE}`);
    const row = page.getByTestId("student-row").filter({ hasText: studentName });
    await expect(row.getByText("제출함")).toBeVisible();
    await check(page, "the results page", "results", extra);

    await row.getByRole("link", { name: studentName }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${studentName} 학생의 답`);
    await page.getByTestId("answer-card").first().locator("summary").click();
    await check(page, "one student's answers", "student-answers", extra);

    // The student's progress, as a teacher of their class sees it.
    const db = await openTestDb();
    const { id: studentId } = (await db.get("SELECT id FROM User WHERE name = ?", studentName)) as { id: string };
    await db.close();
    await page.goto(`/teacher/students/${studentId}/progress`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${studentName} 학생의 학습 현황`);
    await check(page, "a student's progress", "student-progress", extra);

    // Import with a bad line: the line's error is said in Korean.
    await page.goto("/teacher/sets/import");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("문제 가져오기");
    await page.getByLabel(/^파일/).setInputFiles({
      name: "bad-lines.gift",
      mimeType: "text/plain",
      buffer: Buffer.from("Which city hosts the plant? {\nGdansk\n~Tallinn\n}\n"),
    });
    await page.getByRole("button", { name: "미리 보기" }).click();
    await expect(page.getByTestId("import-error")).toHaveText("2번째 줄: 답 줄은 = 또는 ~로 시작해야 해요(“Gdansk”이(가) 있어요)");
    await check(page, "the import preview with a bad line", "import-error", [...extra, "bad-lines.gift"]);

    // The printable worksheet, with its answer key.
    await page.goto(`${setUrl}/worksheet?key=1`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_SET_TITLE);
    await expect(page.getByTestId("answer-key")).toContainText("근거: “");
    await check(page, "the worksheet", "worksheet", extra);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "인쇄 또는 PDF로 저장" })).toBeHidden();
    await screenshot(page, "ko-class/worksheet-print.png", { fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // An article bank's worksheet, without the key.
    await page.goto(`/teacher/articles/${SEED_SLUG}/worksheet`);
    await expect(page.getByTestId("worksheet-question").first()).toBeVisible();
    await expectKorean(page, "an article's worksheet", await teacherContent(extra));

    await page.goto(classUrl);
    await expect(page.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  } finally {
    // The demo teacher's language is saved with the account: back to English for the other journeys.
    await page.getByRole("contentinfo").getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  }
});
