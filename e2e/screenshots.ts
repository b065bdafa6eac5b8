// Screenshots are for a person to open and look at; they assert nothing. They go under
// test-results/shots/ (or $SHOTS_DIR), one folder per journey. E2E_SCREENSHOTS=0 leaves them out;
// npm test takes each journey's in one of its two browser passes (e2e/markup-share.ts). CI (CI set)
// takes none unless E2E_SCREENSHOTS=1: nobody opens them there, and full-page shots at four widths
// were about two fifths of the Korean journeys' time on a 2-core machine.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { markupChecksHere } from "./markup-share";

const screenshotsWanted = () =>
  process.env.E2E_SCREENSHOTS !== "0" && (process.env.E2E_SCREENSHOTS === "1" || !process.env.CI) && markupChecksHere();
const ROOT = path.resolve(process.env.SHOTS_DIR ?? path.join("test-results", "shots"));

/** A screenshot to `file`: under the shots folder, or where an absolute path says (a test's own output folder). */
export async function screenshot(target: Page | Locator, file: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!screenshotsWanted()) return;
  const full = path.isAbsolute(file) ? file : path.join(ROOT, file);
  mkdirSync(path.dirname(full), { recursive: true });
  await target.screenshot({ path: full, ...options });
}

const USUAL_WIDTHS = [360, 390, 768, 1280];

type AtWidths = {
  widths?: number[];
  height?: number;
  /** A part of the page, shot alone too (readable at full size). */
  part?: Locator;
  /** Runs at each width whether or not screenshots are taken, e.g. "no sideways overflow". */
  check?: (width: number) => Promise<void>;
};

/**
 * The whole page at each width as `<name>-<width>.png` (and `<name>-part-<width>.png`), then the
 * viewport the page had before. With screenshots left out and no `check`, the page is not resized.
 */
export async function atWidths(page: Page, name: string, { widths = USUAL_WIDTHS, height = 900, part, check }: AtWidths = {}): Promise<void> {
  if (!check && !screenshotsWanted()) return;
  const original = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height });
    if (check) await check(width);
    await screenshot(page, `${name}-${width}.png`, { fullPage: true });
    if (part) await screenshot(part, `${name}-part-${width}.png`);
  }
  if (original) await page.setViewportSize(original);
}
