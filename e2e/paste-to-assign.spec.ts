// Issue 14, bullet 4: from a pasted article to a live assignment in at most 10 actions, through
// the real UI, counted. Then a student joins the class by its join link (as the QR code opens it)
// and sees the assignment. Every page on the way passes axe.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoViolations, finishSignUp, signUpStudent, uniqueEmail, uniqueName } from "./helpers";
import { atWidths } from "./screenshots";
import { NEWS_ARTICLE, signUpTeacher } from "./teacher-helpers";

const MAX_ACTIONS = 10;

/** Clicks, fills and selections through here count as one action each. */
class Actions {
  readonly log: string[] = [];
  async click(target: Locator, what: string) {
    this.log.push(`click ${what}`);
    await target.click();
  }
  async fill(target: Locator, value: string, what: string) {
    this.log.push(`fill ${what}`);
    await target.fill(value);
  }
  async select(target: Locator, label: string, what: string) {
    this.log.push(`select ${what}`);
    await target.selectOption({ label });
  }
}

const shoot = (page: Page, name: string) => atWidths(page, `paste-to-assign/${name}`, { widths: [390, 1280] });

async function createClass(page: Page, name: string) {
  await page.goto("/teacher/classes/new");
  await page.getByLabel("Class name").fill(name);
  await page.getByLabel("Time zone").selectOption("Europe/Paris");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("paste → assigned in at most 10 actions, then a student joins by the link and sees it", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUpTeacher(teacher);
  // A teacher in their first week has classes already: two, so the set page's class picker is used.
  const className = uniqueName("Period 4");
  await createClass(teacher, uniqueName("Period 2"));
  await createClass(teacher, className);
  const title = uniqueName("Nordlys plant");

  // ---- counted from here: the teacher's question banks page, an article to paste in hand.
  await teacher.goto("/teacher");
  const act = new Actions();
  await act.click(teacher.getByRole("link", { name: "Add an article" }), "Add an article");
  await act.fill(teacher.getByLabel("Title"), title, "title");
  await act.fill(teacher.getByLabel("Article text"), NEWS_ARTICLE, "article text");
  await act.click(teacher.getByRole("button", { name: "Generate question bank" }), "Generate question bank");
  await expect(teacher).toHaveURL(/\/teacher\/articles\/(?!new(?:\/|$))[a-z0-9-]+\?generated=1$/, { timeout: 60_000 });

  await act.click(teacher.getByRole("button", { name: /^Approve all ready \(\d+\)$/ }), "Approve all ready");
  await expect(teacher.getByTestId("approve-ready-result")).toHaveText(/^Approved \d+ questions?\./);
  const selectAll = teacher.getByRole("button", { name: /^Select all approved \(\d+\)$/ });
  await expect(selectAll).toBeVisible();
  const approved = Number((await selectAll.innerText()).match(/\((\d+)\)/)![1]);
  expect(approved).toBeGreaterThan(0);
  await expectNoViolations(teacher, "question bank with selection");
  await act.click(selectAll, "Select all approved");
  await expect(teacher.getByTestId("selected-count")).toHaveText(`${approved} ${approved === 1 ? "question" : "questions"} selected`);
  await expect(teacher.getByLabel("Add to")).toHaveValue("new"); // a new set named after the article
  await expect(teacher.getByLabel("Add to").locator("option:checked")).toHaveText(`A new set: ${title}`);
  await shoot(teacher, "bank-selection");
  await act.click(teacher.getByRole("button", { name: /^Add \d+ questions? to set$/ }), "Add to set");

  await expect(teacher.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  // Every approved question goes in, except any that would show another's answer: those are
  // counted in the message, and the set holds no pair that gives each other away.
  const addedNote = teacher.getByRole("status").filter({ hasText: /^Added \d+ questions? to this set\./ });
  await expect(addedNote).toBeVisible();
  const note = await addedNote.innerText();
  const added = Number(note.match(/^Added (\d+)/)![1]);
  const keptOut = Number(note.match(/(\d+) questions? (?:was|were) kept out/)?.[1] ?? 0);
  expect(added + keptOut).toBe(approved);
  await expect(teacher.getByTestId("set-item")).toHaveCount(added);
  await expect(teacher.getByTestId("set-item-clash")).toHaveCount(0);
  await expectNoViolations(teacher, "set page after adding");
  await shoot(teacher, "set-page");
  await act.click(teacher.getByRole("link", { name: "Assign this set" }), "Assign this set");

  await expect(teacher.getByRole("heading", { name: `Assign “${title}”`, level: 1 })).toBeVisible();
  await expect(teacher.getByLabel("Question set").locator("option:checked")).toContainText(title);
  await expectNoViolations(teacher, "assign this set");
  await shoot(teacher, "assign-set");
  await act.select(teacher.getByLabel("Class"), `${className} (Europe/Paris)`, "class");
  await act.click(teacher.getByRole("button", { name: "Assign to class" }), "Assign to class");
  await expect(teacher.getByRole("heading", { name: className, level: 1 })).toBeVisible();
  await expect(teacher.getByText("Assigned. Students in the class see it on their dashboard.")).toBeVisible();
  await expect(teacher.getByTestId("class-assignment")).toContainText(title);
  // ---- assigned.

  console.log(`paste → assigned: ${act.log.length} actions\n  ${act.log.map((a, i) => `${i + 1}. ${a}`).join("\n  ")}`);
  expect(act.log.length, act.log.join("; ")).toBeLessThanOrEqual(MAX_ACTIONS);

  // The class page shows the join link and its QR code beside the code.
  const link = await teacher.getByTestId("join-link").getAttribute("href");
  const code = await teacher.getByTestId("join-code").getAttribute("data-code");
  expect(link).toMatch(new RegExp(`^http://[^/]+/join/${code}$`));
  await expect(teacher.getByRole("img", { name: `QR code of the join link for ${className}` }).locator("svg")).toBeVisible();
  await expectNoViolations(teacher, "class page with join link and QR code");
  await shoot(teacher, "class-page");
  await teacherContext.close();

  // A student opens the link: the join form is filled in, one press joins, the assignment is there.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signUpStudent(student);
  await student.goto(new URL(link!).pathname);
  await expect(student).toHaveURL(new RegExp(`/dashboard\\?join=${code}#classes$`));
  await expect(student.getByTestId("join-from-link")).toBeVisible();
  await expect(student.getByLabel("Join code")).toHaveValue(code!);
  await expectNoViolations(student, "dashboard opened by a join link");
  await shoot(student, "dashboard-join-link");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status").filter({ hasText: `You joined ${className}.` })).toBeVisible();
  await expect(student.getByTestId("assignments-todo")).toContainText(title);
  await expect(student.getByRole("button", { name: `Start: ${title}` })).toBeVisible();
  await studentContext.close();
});

test("a join link sends a visitor to sign in and back; a link that can't hold a code is not found", async ({ page }) => {
  await page.goto("/join/fact-42");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjoin%2FFACT42$/);
  // A visitor with no account yet creates one and still arrives with the code filled in.
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fjoin%2FFACT42$/);
  await page.getByLabel("Display name").fill(uniqueName("Scanned Student"));
  await page.getByLabel("Email").fill(uniqueEmail("scanned"));
  await page.getByLabel("Password").fill("a-long-pass-phrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, "a-long-pass-phrase");
  await expect(page).toHaveURL(/\/dashboard\?join=FACT42#classes$/);
  await expect(page.getByLabel("Join code")).toHaveValue(/FACT42/i);
  await page.context().clearCookies();
  const res = await page.goto("/join/not-a-code");
  expect(res?.status()).toBe(404);
});

test("'Add all' in a set's picker adds the article's approved questions not yet in the set, except those that would give another away; one added by hand is pointed out", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpTeacher(page);
  await page.goto("/teacher/sets");
  await page.getByLabel("Title").fill("Everything from the seed article");
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Everything from the seed article" })).toBeVisible();
  // The shared seed article is the only one with approved questions this new teacher can see.
  const picks = page.getByTestId("pick-question");
  const available = await picks.count();
  expect(available).toBeGreaterThan(0);
  await picks.first().getByRole("button", { name: /^Add to set:/ }).click();
  await expect(page.getByTestId("set-item")).toHaveCount(1);
  // The seed has questions on one sentence that print each other's figures (its FKI survey): "Add
  // all" leaves those out, says how many, and each left out says which question it clashes with.
  const addAll = page.getByRole("button", { name: /^Add all \(\d+\)/ });
  const toAdd = Number((await addAll.innerText()).match(/\((\d+)\)/)![1]);
  const leftOut = available - 1 - toAdd;
  expect(leftOut).toBeGreaterThan(0);
  await expect(page.getByTestId("picker-left-out")).toHaveText(new RegExp(`^${leftOut} questions? (?:is|are) left out of “Add all”`));
  await addAll.click();
  await expect(page.getByTestId("set-item")).toHaveCount(1 + toAdd);
  await expect(page.getByTestId("set-item-clash")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Nothing more to add at once/ })).toBeDisabled();
  const clashing = page.getByTestId("pick-question").filter({ has: page.getByTestId("pick-question-clash") });
  await expect(clashing).toHaveCount(leftOut);
  await expect(clashing.first().getByTestId("pick-question-clash")).toContainText(/question \d+ in this set/i);
  await expect(page.getByRole("link", { name: "Assign this set" })).toBeVisible();
  await expectNoViolations(page, "set page after Add all");

  // Added by hand anyway, the pair is marked on both questions, with a warning above the list.
  await clashing.first().getByRole("button", { name: /^Add to set:/ }).click();
  await expect(page.getByTestId("set-item")).toHaveCount(2 + toAdd);
  await expect(page.getByRole("status").filter({ hasText: /^(?:One pair of questions gives|\d+ pairs of questions give) each other away/ })).toBeVisible();
  await expect(page.getByTestId("set-item-clash").first()).toContainText(/(?:Shows the answer to question \d+|Question \d+ shows its answer|Asks the same as question \d+)/);
  expect(await page.getByTestId("set-item-clash").count()).toBeGreaterThanOrEqual(2);
  await expectNoViolations(page, "set page with a pair that clashes");
  await atWidths(page, "paste-to-assign/set-clash", { widths: [390, 1280] });
});
