// Journeys of issue 17's import/export: a teacher exports a set as GIFT and imports it back as a
// new set (same questions); imports a CSV with two bad lines and sees both errors with their line
// numbers, and nothing is stored; prints a worksheet (rendered to PDF and as print-media screenshots).
import { writeFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { SEED_SLUG } from "./helpers";
import { atWidths, screenshot } from "./screenshots";
import { expectNoViolations, signUpTeacher } from "./teacher-helpers";

const shoot = (page: Page, name: string, part?: Locator) => atWidths(page, `io/${name}`, { part });

/** A new set of the seed article's first `n` approved questions; its id. */
async function setWithSeedQuestions(page: Page, title: string, n: number): Promise<string> {
  await page.goto("/teacher/sets");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const setId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Article", { exact: true }).selectOption(SEED_SLUG);
  await page.getByRole("button", { name: "Show questions" }).click();
  const picks = page.getByTestId("pick-question");
  for (let i = 0; i < n; i++) {
    await picks.getByRole("button", { name: /^Add to set:/ }).first().click();
    await expect(page.getByTestId("set-item")).toHaveCount(i + 1);
  }
  return setId;
}

async function setCount(page: Page) {
  await page.goto("/teacher/sets");
  return page.getByRole("heading", { level: 3 }).count();
}

test("a teacher exports a set as GIFT, imports it back, and a CSV with two bad lines is refused line by line", async ({ page }) => {
  test.setTimeout(480_000); // long on a shared 2-core machine (axe on long pages, four widths of screenshots)
  await signUpTeacher(page);
  const setId = await setWithSeedQuestions(page, "Trade week: exports", 6);
  const prompts = await page.getByTestId("set-item-prompt").allInnerTexts();

  // The export menu: a disclosure reachable by keyboard, each format with its summary.
  const panel = page.getByTestId("export-panel");
  await panel.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByTestId("export-gift")).toBeVisible();
  await expect(panel.getByText(/source sentence of each question is its general feedback/).first()).toBeVisible();
  await expectNoViolations(page, "set page with the export menu open");
  await shoot(page, "set-export-menu", panel);

  const download = page.waitForEvent("download");
  await panel.getByTestId("export-gift").click();
  const gift = await download;
  expect(gift.suggestedFilename()).toBe("trade-week-exports.gift.txt");
  const giftText = await (await gift.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(giftText).toContain("####");

  // Import it back as a new set.
  await page.goto("/teacher/sets");
  await expectNoViolations(page, "/teacher/sets with the import link");
  await page.getByTestId("import-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Import questions" })).toBeVisible();
  await expectNoViolations(page, "import page");
  await page.getByLabel(/^File/).setInputFiles({ name: "trade-week-exports.gift.txt", mimeType: "text/plain", buffer: Buffer.from(giftText) });
  await expect(page.getByLabel("Format")).toHaveValue("gift");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("preview-question")).toHaveCount(prompts.length);
  await expect(page.getByTestId("import-errors")).toHaveCount(0);
  await expectNoViolations(page, "import preview");
  await shoot(page, "import-preview");
  await page.getByLabel("Title of the new set").fill("Trade week: imported back");
  await page.getByTestId("confirm-import").click();
  await expect(page.getByRole("heading", { level: 1, name: "Trade week: imported back" })).toBeVisible();
  await expect(page.getByText(`Imported ${prompts.length} questions into this new set.`)).toBeVisible();
  expect(await page.getByTestId("set-item-prompt").allInnerTexts()).toEqual(prompts);
  await expect(page.getByText("Imported, not linked to an article").first()).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe(`/teacher/sets/${setId}`);

  // A CSV with two bad lines: both errors with their line numbers, nothing stored.
  const before = await setCount(page);
  const csv = await (await page.request.get(`/teacher/sets/${setId}/export/csv`)).text();
  const [header, ...rows] = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  const bad = [
    header,
    rows[0],
    'essay,"Write about trade",{},"Because",,,,', // line 3: a type Factdeck doesn't have
    rows[1],
    'single_choice,"Which port?","{""options"":[""Busan"",""Incheon""],""answer"":""Seoul""}","Because",,,,', // line 5: its answer isn't an option
    rows[2],
  ].join("\n");
  await page.goto("/teacher/sets/import");
  await page.getByLabel(/^File/).setInputFiles({ name: "trade.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await expect(page.getByLabel("Format")).toHaveValue("csv");
  await page.getByRole("button", { name: "Preview" }).click();
  const errors = page.getByTestId("import-error");
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText("line 3: unknown type “essay”");
  await expect(errors.nth(1)).toContainText("line 5: Mark the correct answer among the options.");
  await expect(page.getByTestId("confirm-import")).toHaveCount(0);
  await expectNoViolations(page, "import preview with errors");
  await shoot(page, "import-errors", page.getByTestId("import-errors"));
  expect(await setCount(page)).toBe(before);

  // A binary file is refused plainly.
  await page.goto("/teacher/sets/import");
  await page.getByLabel(/^File/).setInputFiles({ name: "questions.docx.txt", mimeType: "text/plain", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-error")).toContainText("isn't plain text");
});

test("a teacher prints a worksheet with its answer key on a page of its own", async ({ page }) => {
  test.setTimeout(360_000);
  await signUpTeacher(page);
  const setId = await setWithSeedQuestions(page, "Trade week: worksheet", 8);
  await page.goto(`/teacher/sets/${setId}/worksheet?key=1`);
  await expect(page.getByRole("heading", { level: 1, name: "Trade week: worksheet" })).toBeVisible();
  await expect(page.getByTestId("worksheet-question")).toHaveCount(8);
  await expect(page.getByTestId("answer-key")).toContainText("Source: “");
  await expectNoViolations(page, "worksheet");
  await shoot(page, "worksheet-screen");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await screenshot(page, "io/worksheet-print.png", { fullPage: true });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  writeFileSync(test.info().outputPath("worksheet.pdf"), pdf); // kept to open, like the screenshots
  // The key starts on a new page: more than one page, and the PDF is a real document.
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);

  // The article bank's worksheet too (its approved questions).
  await page.emulateMedia({ media: "screen" });
  await page.goto(`/teacher/articles/${SEED_SLUG}/worksheet`);
  await expect(page.getByTestId("worksheet-question").first()).toBeVisible();
  await expect(page.getByTestId("answer-key")).toHaveCount(0);
  await page.goto(`/teacher/articles/${SEED_SLUG}`);
  await page.getByTestId("export-panel").locator("summary").click();
  await expect(page.getByTestId("export-aiken")).toBeVisible();
  await expectNoViolations(page, "article bank with the export menu open");
});
