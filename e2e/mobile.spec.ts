import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations, SEED_SLUG, signUpStudent, uniqueName } from "./helpers";
import { screenshot } from "./screenshots";

// Runs in the "phone" project (Pixel 7). Each page must fit the screen: no sideways scrolling.
async function expectFits(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await screenshot(page, test.info().outputPath(`${name}.png`), { fullPage: true });
}

test("the student's pages fit a phone screen", async ({ page }) => {
  await page.goto("/");
  await expectFits(page, "landing");
  await page.goto(`/articles/${SEED_SLUG}`);
  await expectFits(page, "article");
  await signUpStudent(page, uniqueName("Phone Student"));
  await expectFits(page, "dashboard");
  // The menu has a row of its own; it marks the current page, and its last link is reachable.
  const menu = page.getByRole("navigation", { name: "Main" });
  // On the narrowest phones in use (360 px) every link of it shows, with no sideways scrolling.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await menu.evaluate((m) => m.scrollWidth - m.clientWidth), "the menu scrolls at 360 px").toBeLessThanOrEqual(0);
  await expectFits(page, "dashboard-360");
  await expect(menu.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await menu.getByRole("link", { name: "Leaderboard" }).click();
  await expect(page).toHaveURL(/\/leaderboard$/);
  await expect(menu.getByRole("link", { name: "Leaderboard" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", /.*/);
  await page.reload(); // a fresh load scrolls the menu to the current page's link
  await expect(menu.getByRole("link", { name: "Leaderboard" })).toBeInViewport({ ratio: 1 });
  await expectFits(page, "leaderboard");
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page.getByTestId("question")).toBeVisible();
  // The quiz's slim bar (title, "n of N", timer) stays at the top; the site header scrolls away.
  const bar = page.locator("[data-quiz-bar]");
  await expect(bar.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, "quiz at 360 px");
  for (let i = 0; i < 10; i++) {
    const type = await page.getByTestId("question").getAttribute("data-question-type");
    await expectFits(page, `quiz-${i + 1}-${type}`);
    const next = page.getByRole("button", { name: "Next →" });
    if ((await next.count()) === 0) break;
    await next.click(); // scrolled down to it, below the answer
    await expect(page.getByText(new RegExp(`^Question ${i + 2} of`))).toBeAttached();
    // The new question's heading is on screen, below the bar and not under the header.
    const heading = page.getByTestId("question").getByRole("heading", { level: 2 });
    await expect(heading).toBeInViewport();
    await expect(bar).toBeInViewport();
    const [h, b, header] = await Promise.all([heading.boundingBox(), bar.boundingBox(), page.locator("body > header").boundingBox()]);
    expect(h!.y, `question ${i + 2}'s heading is under the quiz bar`).toBeGreaterThanOrEqual(b!.y + b!.height);
    expect(header!.y + header!.height <= h!.y || header!.y >= h!.y + h!.height, `question ${i + 2}'s heading is under the site header`).toBe(true);
  }
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
  await expectFits(page, "result");
});
