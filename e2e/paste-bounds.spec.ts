// Issue 12, defects 1 and 11 against the production build (`next start`): the largest accepted
// pastes are read in the generation worker while the server keeps answering, a paste of
// megabytes meets the friendly message, and bad requests get 403/404 rather than a 500.
import { expect, test, type Page } from "@playwright/test";
import { linkSoup, longArticle } from "../bench/generation/synthetic";
import { baseURL } from "../playwright.config";
import { DEMO_STUDENT, DEMO_TEACHER, openTestDb, SEED_SLUG, signIn, signUpStudent, uniqueName } from "./helpers";
import { screenshot } from "./screenshots";

const TOO_LONG = "The article is over 200 KB. Paste a single article, not a whole page or a collection.";
const KB200 = 200 * 1024;

/** Probes /api/health back to back while `work` runs; returns the probes' latencies in ms. */
async function probingHealth(work: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let running = true;
  const probes = (async () => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`${baseURL}/api/health`);
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  try {
    await work();
  } finally {
    running = false;
    await probes;
  }
  return latencies;
}
async function jobStatus(id: string): Promise<string | undefined> {
  const db = await openTestDb();
  try {
    return ((await db.get("SELECT status FROM GenerationJob WHERE id = ?", id)) as { status: string } | undefined)?.status;
  } finally {
    await db.close();
  }
}
const quantile = (l: number[], q: number) => [...l].sort((a, b) => a - b)[Math.floor(q * (l.length - 1))] ?? 0;

async function paste(page: Page, title: string, text: string) {
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Generate question bank" }).click();
}

test("a 200 KB page of markdown links, then a 200 KB article, are read while /api/health keeps answering", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_TEACHER);

  // Warm the generation worker (its first start loads the NLP libraries) so the figures are a paste's own.
  await paste(page, "Warm-up note", "Exports to Japan rose 5.2 percent in 2024, the trade ministry said.");
  // Answered at once with the job's page, which opens the bank when it is stored.
  await expect(page).toHaveURL(/\/teacher\/articles\/new\/[\w-]+$/);
  await expect(page).toHaveURL(/\/teacher\/articles\/warm-up-note\?generated=1$/, { timeout: 60_000 });
  await expect(page.getByText("Your question bank is ready.")).toBeVisible();

  // The same probes with nothing else running: the yardstick for the figures below (shared machine).
  const idle = await probingHealth(() => new Promise((r) => setTimeout(r, 5_000)));
  const soup = await probingHealth(async () => {
    await paste(page, "Links of the week", linkSoup(KB200 - 200));
    await expect(page.getByText(/Factdeck found nothing to ask about in this text/)).toBeVisible({ timeout: 120_000 });
  });
  let jobUrl = "";
  const long = await probingHealth(async () => {
    await paste(page, "A very long report", longArticle(30_000).slice(0, KB200 - 200));
    // The job's page shows where the paste is while the worker reads it.
    await expect(page.getByRole("list", { name: "Progress" })).toBeVisible();
    await screenshot(page, "paste-progress.png");
    jobUrl = page.url();
    // The paste's processing alone, followed in its job's row: the page would open the bank when
    // it is done, and rendering a bank of 1,500 facts is measured on its own below.
    await page.goto("about:blank");
    await expect.poll(() => jobStatus(jobUrl.split("/").pop()!), { timeout: 120_000, intervals: [250] }).toBe("done");
  });
  const bank = await probingHealth(async () => {
    await page.goto(jobUrl);
    await expect(page).toHaveURL(/\/teacher\/articles\/a-very-long-report\?generated=1$/);
    await expect(page.getByRole("heading", { level: 1, name: "A very long report" })).toBeVisible();
  });
  for (const [name, l] of [["idle (baseline)", idle], ["link soup", soup], ["long article", long], ["its bank page", bank]] as const) {
    console.log(`${name}: ${l.length} health probes, p50 ${quantile(l, 0.5).toFixed(1)} ms, p99 ${quantile(l, 0.99).toFixed(1)} ms, max ${Math.max(...l).toFixed(0)} ms`);
    // Before: the paste ran in the request; every probe waited for it (104 s for the link page).
    expect(quantile(l, 0.99), name).toBeLessThan(1_000);
  }
});

test("a paste that can't be read says why, keeps the text to edit and try again, and can be discarded", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_TEACHER);
  const text = "Hello there. This note says nothing that could be asked about at all.";
  await paste(page, "Nothing to ask", text);
  await expect(page.getByText(/^Factdeck found nothing to ask about in this text/)).toBeVisible({ timeout: 60_000 });
  // The bank overview lists it, so a teacher who left the page finds it again.
  await page.goto("/teacher");
  const waiting = page.getByRole("region", { name: "Articles you added that aren't banks yet" });
  const mine = waiting.getByRole("listitem").filter({ hasText: "Nothing to ask" });
  await expect(mine.getByText("couldn't be read")).toBeVisible();
  await mine.getByRole("link", { name: "Nothing to ask" }).click();

  await page.getByRole("link", { name: "Edit the text and try again" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Nothing to ask");
  await expect(page.getByLabel("Article text")).toHaveValue(text);
  await page.getByLabel("Title").fill("Something to ask");
  await page.getByLabel("Article text").fill("Exports to Japan rose 5.2 percent in 2024, the trade ministry said.");
  await page.getByRole("button", { name: "Generate question bank" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/something-to-ask\?generated=1$/, { timeout: 60_000 });
  // The failed paste was replaced by the one that worked.
  await page.goto("/teacher");
  await expect(page.getByRole("heading", { name: "Question banks" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nothing to ask" })).toHaveCount(0);

  // A failed paste can also just be thrown away.
  await paste(page, "Nothing again", text);
  await expect(page.getByRole("button", { name: "Discard this paste" })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Discard this paste" }).click();
  await expect(page).toHaveURL(/\/teacher$/);
  await expect(page.getByRole("link", { name: "Nothing again" })).toHaveCount(0);
});

test("a paste of megabytes gets the friendly 'over 200 KB' message, without JavaScript (5 MB) and with it (1.5 MB)", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const huge = "Exports rose 5 percent in 2024. ".repeat(160_000); // 5 MB

  // A browser without JavaScript posts the form as it is: the server action itself answers
  // (before: Next's 1 MB limit on an action's body answered first, with a 500).
  const context = await browser.newContext({ javaScriptEnabled: false });
  const nojs = await context.newPage();
  await nojs.goto("/sign-in");
  await nojs.getByLabel("Email").fill(DEMO_TEACHER.email);
  await nojs.getByLabel("Password").fill(DEMO_TEACHER.password);
  await nojs.getByRole("button", { name: "Sign in" }).click();
  await nojs.goto("/teacher/articles/new");
  await nojs.getByLabel("Title").fill("Everything at once");
  await nojs.getByLabel("Article text").evaluate((el: HTMLTextAreaElement, text) => (el.value = text), huge);
  const [response] = await Promise.all([nojs.waitForResponse((r) => r.request().method() === "POST"), nojs.getByRole("button", { name: "Generate question bank" }).click()]);
  expect(response.status()).toBe(200);
  await expect(nojs.getByText(TOO_LONG)).toBeVisible();
  await context.close();

  // With JavaScript the form checks the size before sending anything. 1.5 MB (over the old 1 MB
  // limit): a 5 MB controlled text box takes minutes to lay out in a shared test browser.
  const large = huge.slice(0, 1_500_000);
  await signIn(page, DEMO_TEACHER);
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Title").fill("Everything at once");
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  // Typed in one go (a 5 MB fill() crawls in a shared test browser): the value React reads on submit.
  await page.getByLabel("Article text").evaluate((el: HTMLTextAreaElement, text) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    setValue.call(el, text);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, large);
  await page.getByRole("button", { name: "Generate question bank" }).click();
  await expect(page.getByText(TOO_LONG)).toBeVisible();
  await expect(page.getByLabel("Article text")).toBeFocused();
  expect(posts).toEqual([]);
  await screenshot(page, "paste-too-long.png");
});

test("a server action posted from another site gets 403, and nothing runs", async ({ page }) => {
  await signUpStudent(page, uniqueName("Origin Tester"));
  await page.goto(`/articles/${SEED_SLUG}`);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Practise this article" }).click(),
  ]);
  const headers = { "next-action": request.headers()["next-action"]!, "content-type": request.headers()["content-type"]!, accept: "text/x-component" };
  const cookies = await page.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const forged = await page.context().request.post(request.url(), { headers: { ...headers, cookie, origin: "https://evil.example" }, data: request.postDataBuffer()! });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ ok: false, message: "This request came from another site. Changes can only be made from Factdeck's own pages." });
});

test("practice on an unknown article is the not-found page, not a server error", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.locator('input[name="slug"]').evaluate((el: HTMLInputElement) => (el.value = "no-such-article"));
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});
