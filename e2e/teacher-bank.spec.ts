// Journey: a teacher adds a news article, reviews what Factdeck made of it, approves and edits
// questions, writes one by hand; and markup in articles and questions stays text.
import { expect, test } from "./csp-guard"; // fails the journey on any CSP violation
import { addArticle, approveQuestions, expectNoViolations, NEWS_ARTICLE, signUpTeacher } from "./teacher-helpers";
import { uniqueName } from "./helpers";

test("a teacher turns a pasted article into a reviewed question bank", async ({ page }) => {
  test.setTimeout(180_000); // a long journey on a shared 2-core machine
  await signUpTeacher(page);
  await page.getByRole("link", { name: "Add an article" }).click();
  await expect(page.getByRole("heading", { name: "Add an article" })).toBeVisible();
  await expectNoViolations(page, "/teacher/articles/new");

  // Bad input first: nothing pasted, then a date in the wrong format; what was typed stays.
  await page.getByLabel("Title").fill("Nordlys to build battery plant");
  await page.getByRole("button", { name: "Generate question bank" }).click();
  await expect(page.getByText("Paste the article's text, or upload a .txt or .md file.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Nordlys to build battery plant");
  await page.getByLabel("Published (optional)").fill("4 March 2025");
  await page.getByLabel("Article text").fill(NEWS_ARTICLE);
  await page.getByRole("button", { name: "Generate question bank" }).click();
  await expect(page.getByText(/Enter the date as YYYY-MM-DD/)).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(NEWS_ARTICLE);

  await addArticle(page, { title: "Nordlys to build battery plant", source: "Baltic Business Wire", published: "2025-03-04", text: NEWS_ARTICLE });
  await expect(page.getByRole("heading", { level: 1, name: "Nordlys to build battery plant" })).toBeVisible();
  await expect(page.getByText("Baltic Business Wire · 2025-03-04")).toBeVisible();
  // Facts highlighted in the article, the finding with its sentence, and draft questions.
  expect(await page.locator("mark.fact").count()).toBeGreaterThan(5);
  const findings = page.getByRole("region", { name: "Consistency findings" });
  await expect(findings.getByText(/says 3\.1-fold/)).toBeVisible();
  await expect(findings.getByRole("link", { name: /Revenue at Nordlys rose to \$310 million/ })).toBeVisible();
  const questions = page.getByTestId("bank-question");
  expect(await questions.count()).toBeGreaterThan(10);
  await expect(questions.first().getByText("draft", { exact: true })).toBeVisible();
  await expectNoViolations(page, "bank page");

  // A finding's sentence link highlights that sentence in the article.
  await findings.getByRole("link", { name: /Revenue at Nordlys/ }).click();
  await expect(page.locator("mark.source-target").first()).toContainText("Revenue at Nordlys");

  await approveQuestions(page, 3);
  await page.getByLabel("Status").selectOption("approved");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(questions).toHaveCount(3);

  // Filter by fact kind, then by type.
  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Fact kind").selectOption("quote");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=quote/);
  for (const card of await questions.all()) await expect(card).toContainText(/Ingrid Halvorsen|This plant|subsidies/);
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).not.toHaveURL(/kind=/); // the cleared page, before choosing on it
  await page.getByLabel("Type", { exact: true }).selectOption("single_choice");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=single_choice/);
  await expect(questions.first()).toContainText("Single choice");

  // Edit a question: a bad edit is refused and changes nothing; a good one makes version 2.
  const card = questions.first();
  const oldPrompt = await card.getByTestId("bank-question-prompt").innerText();
  await card.getByRole("link", { name: /^Edit:/ }).click();
  await expect(page.getByRole("heading", { name: "Edit question" })).toBeVisible();
  await expectNoViolations(page, "edit page");
  await page.getByLabel("Explanation").fill("");
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByText("Some fields need fixing: see the messages below. Nothing was saved.")).toBeVisible();
  await expect(page.getByLabel("Explanation")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Prompt").fill("Which figure is <b>bold</b> in the article's first sentence?");
  await page.getByLabel("Explanation").fill("The first sentence gives the investment as $2.4 billion.");
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByText(/Saved as a new version/)).toBeVisible();
  const edited = page.locator("[data-testid=bank-question]").filter({ hasText: "edited · v2" });
  await expect(edited.getByTestId("bank-question-prompt")).toHaveText("Which figure is <b>bold</b> in the article's first sentence?");
  expect(await edited.locator("b").count()).toBe(0);
  await expect(page.getByText(oldPrompt, { exact: true })).toHaveCount(0);

  // Write a question by hand, tied to a sentence.
  await page.getByRole("link", { name: "Write a question" }).click();
  await expect(page.getByRole("heading", { name: "Write a question" })).toBeVisible();
  await expectNoViolations(page, "new question page");
  await page.getByLabel("Prompt").fill("How many people will the Gdansk plant employ at full output?");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Choose the sentence this question is about.")).toBeVisible();
  const sentence = page.getByLabel("Sentence the question is about");
  const value = await sentence.locator("option", { hasText: "employ 3,200 people" }).getAttribute("value");
  await sentence.selectOption(value!);
  await page.getByLabel("Question type").selectOption("numeric");
  await page.getByLabel("Correct number").fill("3200");
  await page.getByLabel("Unit (optional)").fill("people");
  await page.getByLabel("Explanation").fill("The plant is expected to employ 3,200 people at full output.");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Question added as a draft. Approve it when it is ready.")).toBeVisible();
  const manual = questions.filter({ hasText: "written by hand" });
  await expect(manual).toContainText("How many people will the Gdansk plant employ at full output?");
  await expect(manual).toContainText("3200 people");
});

test("markup in an article or a question is shown as text, never run", async ({ page }) => {
  const article = `Harbor Foods posts record sales

Harbor Foods said sales rose 12 percent to $4.5 billion in 2024, its best year since it was founded in 1998. <script>window.__xss=1</script> The company now employs 5,400 people in 14 countries.

<img src=x onerror="window.__xss=2"> Chief Executive Mara Lind said the chain would open 35 new stores in 2025, up from 20 in 2024.
`;
  await signUpTeacher(page, uniqueName("Careful Teacher"));
  await addArticle(page, { title: "Harbor <script>window.__xss=3</script> Foods", text: article });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbor <script>window.__xss=3</script> Foods");
  // The reading view leaves markup out; the pasted text shows it, literally.
  await expect(page.getByRole("region", { name: "Article" }).getByRole("paragraph").filter({ hasText: "Harbor Foods said sales rose 12 percent" })).toBeVisible();
  await page.getByText("Text as pasted").click();
  await expect(page.getByTestId("raw-text")).toContainText("<script>window.__xss=1</script>");
  await expect(page.getByTestId("raw-text")).toContainText(`<img src=x onerror="window.__xss=2">`);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator("main script, img[src=x], main b").count()).toBe(0);
  await page.reload();
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
});
