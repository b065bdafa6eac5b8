import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_TEACHER, expectNoViolations, openTestDb, signIn, signOut, signUpStudent, uniqueName } from "./helpers";
import { joinWith } from "./teacher-helpers";

// Runs in the "phone" project (and the desktop one): every width is set here. Data tables turn into
// one card per row below `sm` (components/ui/responsive-table.tsx); the scores must stay on screen.

const PHONE = { width: 360, height: 780 };
const DEMO_CLASS = "Demo class — Economics 101";
const DEMO_SET = "Korea–Japan economic ties: key facts";

async function expectNoSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

/**
 * The element lies wholly inside the window's width (not cut off at either side). Polled: right
 * after a viewport change or a board's refresh the element can briefly have no box (CI retries).
 */
async function expectWithinWidth(locator: Locator, width: number) {
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      return box === null ? "no box" : box.x >= 0 && box.x + box.width <= width ? "inside" : `at ${box.x}–${box.x + box.width} px`;
    })
    .toBe("inside");
}

test("the teacher's results and the class board fit a 360 px phone, scores in view", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  await page.goto("/teacher/classes");
  await page.getByRole("link", { name: DEMO_CLASS }).first().click();
  await page.getByRole("link", { name: `Results for ${DEMO_SET}` }).click();
  await expect(page.getByRole("heading", { name: `Results: ${DEMO_SET}` })).toBeVisible();

  // Desktop: a table with its header row; a cell's name is its value alone.
  await page.setViewportSize({ width: 1280, height: 800 });
  const table = page.getByRole("table", { name: "Each student's best submitted attempt", exact: true });
  await expect(table.getByRole("columnheader", { name: "Best score" })).toBeVisible();
  const ana = page.getByTestId("student-row").filter({ hasText: "Ana Lima" });
  await expect(ana.getByRole("cell", { name: /^Best score/ })).toHaveCount(0);

  // Phone: one card per student, still a table's rows and cells to a screen reader, each cell
  // read with its column's name; the header row is gone; the score is on screen.
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page, "results at 360 px");
  await expect(table.getByRole("columnheader", { name: "Best score" })).toBeHidden();
  await expect(table.getByRole("row")).toHaveCount(await page.getByTestId("student-row").count());
  const score = ana.getByRole("cell", { name: /^Best score/ });
  await expect(score).toBeVisible();
  await expect(score).toContainText(/\d+(\.\d+)? \/ \d+ \(\d+(\.\d+)?%\)/);
  await expectWithinWidth(score.getByText(/ \/ /), PHONE.width);
  await expect(ana.getByRole("cell", { name: /^Status/ })).toBeVisible();
  await expect(ana.getByRole("rowheader")).toContainText("Ana Lima");

  // The answer grid scrolls inside its own box, with the names held at its left edge.
  const grid = page.getByRole("region", { name: "Answer grid, students by questions" });
  expect(await grid.evaluate((g) => g.scrollWidth > g.clientWidth), "the grid is wider than a phone").toBe(true);
  await grid.evaluate((g) => g.scrollTo({ left: g.scrollWidth }));
  const gridName = grid.getByRole("rowheader", { name: "Ana Lima" });
  const [gridBox, nameBox] = [await grid.boundingBox(), await gridName.boundingBox()];
  expect(nameBox!.x).toBeGreaterThanOrEqual(gridBox!.x - 1);
  await expectNoSidewaysScroll(page, "results with the grid scrolled");
  await expectNoViolations(page, "results at 360 px");

  // A student with a long name, unbroken, on the class board at 360 px: the points stay in view.
  await signOut(page);
  const db = await openTestDb();
  const { joinCode } = (await db.get("SELECT joinCode FROM Class WHERE name = ?", DEMO_CLASS)) as { joinCode: string };
  await db.close();
  const name = uniqueName("Maximiliana-Featherstonehaugh");
  await signUpStudent(page, name);
  await joinWith(page, joinCode);
  await page.goto("/leaderboard");
  await page.getByRole("navigation", { name: "Boards" }).getByRole("link", { name: DEMO_CLASS }).click();
  // The class's own board, not the global one still on screen while the link loads (its rows,
  // collected then, were gone by the time each was measured).
  const board = page.getByRole("table", { name: `${DEMO_CLASS} leaderboard, this week` });
  const mine = board.getByTestId("my-row");
  await expect(mine).toContainText(name);
  await expectNoSidewaysScroll(page, "class board at 360 px");
  for (const row of await board.getByRole("row").filter({ has: page.getByTestId("points") }).all()) {
    await expectWithinWidth(row.getByTestId("points"), PHONE.width);
  }
  await expectWithinWidth(mine.getByTestId("points"), PHONE.width);
  await expectNoViolations(page, "class board at 360 px");
});

test("a long display name never clips the main links at desktop width", async ({ page }) => {
  const name = uniqueName("Maximiliana-Featherstonehaugh");
  await signUpStudent(page, name);
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/dashboard");
    const menu = page.getByRole("navigation", { name: "Main" });
    expect(await menu.evaluate((m) => m.scrollWidth - m.clientWidth), `the menu scrolls at ${width} px`).toBeLessThanOrEqual(0);
    for (const label of ["Dashboard", "Articles", "Review", "Progress", "Leaderboard"]) {
      await expect(menu.getByRole("link", { name: label })).toBeInViewport({ ratio: 1 });
    }
    // The name is cut short beside them, whole in its tooltip, and sits clear of the last link.
    const shown = page.getByTestId("signed-in-as");
    await expect(shown).toBeVisible();
    await expect(shown).toHaveAttribute("title", name);
    expect(await shown.evaluate((s) => s.scrollWidth > s.clientWidth), "the long name is truncated").toBe(true);
    const last = await menu.getByRole("link", { name: "Leaderboard" }).boundingBox();
    const nameBox = await shown.boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(nameBox!.x);
    await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeInViewport({ ratio: 1 });
  }
});
