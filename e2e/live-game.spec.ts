// Live games (issue 16): a host and three players in separate browser contexts play a
// 4-question game through every phase. One player reloads mid-question and keeps their score; a
// late answer is refused by the server; the podium is checked against the scoring formula
// recomputed from the stored answers; no answer key reaches a player before its question closes
// (stream events, the page reloaded mid-question); axe on the host, presenter and player pages;
// screenshots of the projector at 1920×1080 and the phone at 390×844 (and the usual widths).
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { rankAll, speedPoints } from "@/lib/live/scoring";
import type { Question } from "@/lib/question-types";
import { openTestDb } from "./db";
import { DEMO_TEACHER, expectNoViolations, signIn } from "./helpers";
import { findLeaks, publicTextOf, recordBodies, secretsOf } from "./leak-scanner";
import { createLiveSet, gameQuestions } from "./live-helpers";
import { fillCorrectAnswer } from "./quiz-helpers";
import { atWidths, screenshot } from "./screenshots";

const SECONDS = 30;

test.describe.configure({ timeout: 720_000 });

async function wrongAnswer(card: ReturnType<Page["getByTestId"]>, q: Question) {
  switch (q.type) {
    case "single_choice":
      return card.getByRole("radio", { name: q.options[(q.answer + 1) % q.options.length]!, exact: true }).click();
    case "true_false":
      return card.getByRole("radio", { name: q.answer ? "False" : "True", exact: true }).click();
    case "multiple_select":
      return card.getByRole("checkbox", { name: q.options[q.options.findIndex((_, i) => !q.answer.includes(i))]!, exact: true }).check();
    case "numeric":
      return card.getByRole("textbox").fill(String(q.answer.value * 3 + 17));
    default:
      throw new Error(`no wrong answer for ${q.type}`);
  }
}

/** Records every state event the page's EventSource receives (the stream never ends, so the response body can't be read). */
async function captureStream(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __liveEvents: string[]; EventSource: typeof EventSource };
    w.__liveEvents = [];
    const Original = w.EventSource;
    w.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("state", (e) => w.__liveEvents.push((e as MessageEvent<string>).data));
      }
    };
  });
}

const streamEvents = (page: Page) => page.evaluate(() => (window as unknown as { __liveEvents: string[] }).__liveEvents);

async function player(browser: Browser, pin: string, nickname: string, viewport = { width: 390, height: 844 }) {
  const context = await browser.newContext({ viewport });
  await captureStream(context);
  const page = await context.newPage();
  await page.goto(`/play?pin=${pin}`);
  await expect(page.getByLabel("Game PIN")).toHaveValue(pin);
  await page.getByLabel("Nickname").fill(nickname);
  await page.getByRole("button", { name: "Join game" }).click();
  await expect(page.getByRole("heading", { name: "You’re in!" })).toBeVisible();
  await expect(page.getByTestId("player-nickname")).toHaveText(nickname);
  return { context, page };
}

const shoot = (page: Page, name: string, widths?: number[]) => atWidths(page, `live/${name}`, { widths });

async function answer(page: Page, q: Question, right: boolean) {
  const card = page.getByTestId("player");
  await expect(page.getByTestId("player-prompt")).toHaveText(q.prompt);
  if (right) await fillCorrectAnswer(card, q);
  else await wrongAnswer(card, q);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByTestId("player-sent")).toBeVisible();
}

/** The host closes the open question, unless its time ran out first (a slow machine's axe runs can outlast the clock). */
async function closeQuestion(host: Page) {
  const close = host.getByRole("button", { name: "Close question" });
  if (await close.isVisible()) await close.click({ timeout: 5_000 }).catch(() => undefined);
}

test("a host and three players play a live game through every phase", async ({ browser }) => {
  const { setId } = await createLiveSet();

  // ── The host: "Host live" on the set, the lobby with PIN, link and QR code ──
  const hostContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const host = await hostContext.newPage();
  await signIn(host, DEMO_TEACHER);
  await host.goto(`/teacher/sets/${setId}`);
  await host.getByLabel("Seconds per question").selectOption(String(SECONDS));
  await host.getByRole("button", { name: "Host live" }).click();
  await expect(host).toHaveURL(/\/teacher\/live\/[a-z0-9]+$/);
  const gameId = host.url().split("/").pop()!;
  const pin = (await host.getByTestId("live-pin").innerText()).trim();
  expect(pin).toMatch(/^\d{6}$/);
  await expect(host.getByTestId("live-qr").locator("svg")).toBeVisible();
  const questions = await gameQuestions(gameId);
  expect(questions.map((q) => q.type)).toEqual(["single_choice", "true_false", "multiple_select", "numeric"]);

  // The projector: the presenter view alone, at 1920×1080.
  const presenter = await hostContext.newPage();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto(`/teacher/live/${gameId}/present`);
  await expect(presenter.getByTestId("live-pin")).toHaveText(pin);

  // ── Players join on their phones; a staff-like nickname is refused ──
  const joinContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const join = await joinContext.newPage();
  await join.goto(`/play?pin=${pin}`);
  await expectNoViolations(join, "the join page");
  await shoot(join, "join");
  await join.getByLabel("Nickname").fill("Teacher");
  await join.getByRole("button", { name: "Join game" }).click();
  await expect(join.getByRole("alert").filter({ hasText: "sounds like someone running the game" })).toBeVisible();
  // While the host takes signed-in students only, a guest is refused and offered the sign-in.
  const signedInOnly = host.getByRole("button", { name: "Signed-in students only" });
  await signedInOnly.click();
  await expect(signedInOnly).toHaveAttribute("aria-pressed", "true");
  await expect(presenter.getByTestId("live-player-count")).toContainText("signed-in students only");
  await join.getByLabel("Nickname").fill("Guest Gil");
  await join.getByRole("button", { name: "Join game" }).click();
  await expect(join.getByRole("alert").filter({ hasText: "This game is for signed-in students" })).toBeVisible();
  await expect(join.getByRole("link", { name: "Sign in to join" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(`/play?pin=${pin}`)}`);
  await signedInOnly.click();
  await expect(signedInOnly).toHaveAttribute("aria-pressed", "false");
  await joinContext.close();

  const a = await player(browser, pin, "Ana");
  const b = await player(browser, pin, "Ben");
  const c = await player(browser, pin, "Cleo", { width: 360, height: 740 });
  await expect(host.getByTestId("live-player-count")).toHaveText("3 players have joined");
  await expect(presenter.getByTestId("live-lobby-names").getByRole("listitem")).toHaveCount(3);
  await expectNoViolations(host, "the host's lobby");
  await expectNoViolations(presenter, "the presenter's lobby");
  await expectNoViolations(a.page, "the player's lobby");
  await screenshot(presenter, "live/presenter-lobby-1920.png");
  await shoot(host, "host-lobby");
  await shoot(a.page, "player-lobby");

  // ── Question 1: Ana and Ben right, Cleo wrong; the host closes it ──
  await host.getByRole("button", { name: "Start game" }).click();
  await expect(presenter.getByTestId("presenter-prompt")).toHaveText(questions[0]!.prompt);
  // The three phones answer at once (in turn, a busy 2-core machine can take longer than the clock).
  await Promise.all([answer(a.page, questions[0]!, true), answer(b.page, questions[0]!, true), answer(c.page, questions[0]!, false)]);
  await screenshot(presenter, "live/presenter-question-1920.png");
  await expectNoViolations(presenter, "the presenter's open question");
  await closeQuestion(host);
  await expect(presenter.getByTestId("presenter-reveal")).toBeVisible();
  await expect(presenter.getByTestId("presenter-distribution")).toBeVisible();
  await expect(a.page.getByTestId("player-result")).toHaveAttribute("data-correct", "true");
  await expect(a.page.getByTestId("player-result")).toContainText("Correct!");
  await expect(c.page.getByTestId("player-result")).toContainText("Not quite");
  await expect(c.page.getByTestId("player-points")).toHaveText("+0 points");
  await expect(a.page.getByTestId("player-reveal")).toContainText(questions[0]!.source.sentence);
  await expectNoViolations(presenter, "the presenter's reveal");
  await expectNoViolations(a.page, "the player's reveal");
  await expectNoViolations(c.page, "a wrong player's reveal");
  await screenshot(presenter, "live/presenter-reveal-1920.png");
  await screenshot(a.page, "live/player-reveal-390x844.png");
  await shoot(a.page, "player-reveal");
  await shoot(host, "host-reveal");

  // ── Question 2: Ben reloads mid-question and keeps his score, then answers ──
  await host.getByRole("button", { name: "Next question" }).click();
  let reloaded: { url: string; body: string }[] = [];
  const benReloads = async () => {
    await expect(b.page.getByTestId("player-prompt")).toHaveText(questions[1]!.prompt);
    const benScore = await b.page.getByTestId("player-score").innerText();
    expect(benScore).toMatch(/^\d{1,3}(,\d{3})*$/); // written the English way: "1,000"
    expect(Number(benScore.replaceAll(",", ""))).toBeGreaterThan(0);
    const reloadBodies = recordBodies(b.page);
    await b.page.reload();
    await expect(b.page.getByTestId("player-prompt")).toHaveText(questions[1]!.prompt);
    await expect(b.page.getByTestId("player-score")).toHaveText(benScore);
    await expect(b.page.getByRole("button", { name: "Submit answer" })).toBeVisible();
    reloaded = await reloadBodies.stop();
    await answer(b.page, questions[1]!, true);
  };
  await Promise.all([answer(a.page, questions[1]!, true), benReloads(), answer(c.page, questions[1]!, true)]);
  await expectNoViolations(c.page, "the player's answered question");
  await screenshot(c.page, "live/player-sent-360.png");
  await closeQuestion(host);
  await expect(b.page.getByTestId("player-result")).toContainText("Correct!");

  // ── Question 3: Cleo doesn't answer; the server's clock closes it; her late answer is refused ──
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(c.page.getByTestId("player-prompt")).toHaveText(questions[2]!.prompt);
  await Promise.all([answer(a.page, questions[2]!, true), answer(b.page, questions[2]!, false)]);
  await expectNoViolations(c.page, "the player's open question");
  await screenshot(c.page, "live/player-question-360.png", { fullPage: true });
  await c.page.setViewportSize({ width: 390, height: 844 });
  await screenshot(c.page, "live/player-question-390x844.png");
  // no one presses anything: the reveal comes when the time is up
  await expect(presenter.getByTestId("presenter-reveal")).toBeVisible({ timeout: (SECONDS + 10) * 1000 });
  await expect(c.page.getByTestId("player-result")).toContainText("No answer");
  const late = await c.page.evaluate(async ({ gameId }) => {
    const token = localStorage.getItem(`factdeck-live:${gameId}`) ?? "";
    const res = await fetch(`/api/live-games/${gameId}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-live-token": token },
      body: JSON.stringify({ questionIndex: 2, response: { choices: [0] } }),
    });
    const headers = { csp: res.headers.get("content-security-policy"), nosniff: res.headers.get("x-content-type-options"), cache: res.headers.get("cache-control") };
    return { status: res.status, body: (await res.json()) as { ok: boolean; message?: string }, headers };
  }, { gameId });
  // Answers take the server's shortcut past Next.js (scripts/serve.mjs): same reply, same headers as any API route.
  expect(late).toEqual({
    status: 409,
    body: { ok: false, code: "closed", message: "Time's up: this question has closed." },
    headers: { csp: expect.stringContaining("default-src 'none'"), nosniff: "nosniff", cache: "private, no-store" },
  });

  // ── Question 4: the host pauses it (answers wait, the clock stops), resumes; everyone right; then the podium ──
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(a.page.getByTestId("player-prompt")).toHaveText(questions[3]!.prompt);
  await fillCorrectAnswer(a.page.getByTestId("player"), questions[3]!); // typed, not yet sent
  await expect(a.page.getByRole("button", { name: "Submit answer" })).toBeEnabled();
  await host.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(a.page.getByTestId("player-paused")).toBeVisible();
  await expect(a.page.getByRole("button", { name: "Submit answer" })).toBeDisabled();
  await expect(presenter.getByTestId("live-countdown")).toHaveAttribute("data-paused", "true");
  const frozen = await presenter.getByTestId("live-countdown").innerText();
  await presenter.waitForTimeout(1_500);
  await expect(presenter.getByTestId("live-countdown")).toHaveText(frozen); // stopped
  await expectNoViolations(a.page, "the player's paused question");
  await screenshot(presenter, "live/presenter-paused-1920.png");
  await screenshot(a.page, "live/player-paused-390x844.png");
  await host.getByRole("button", { name: "Resume", exact: true }).click();
  await expect(a.page.getByTestId("player-paused")).toHaveCount(0);
  // Ana's typed answer waited through the pause: she only has to send it.
  await a.page.getByRole("button", { name: "Submit answer" }).click();
  await expect(a.page.getByTestId("player-sent")).toBeVisible();
  await Promise.all([answer(c.page, questions[3]!, true), answer(b.page, questions[3]!, true)]);
  await closeQuestion(host);
  await expect(presenter.getByTestId("presenter-reveal")).toBeVisible();
  await host.getByRole("button", { name: "Show podium" }).click();
  await expect(presenter.getByTestId("live-podium")).toBeVisible();
  await expect(a.page.getByTestId("player-summary")).toBeVisible();

  // The podium is the formula's: recompute every answer's points from what the server stored.
  const db = await openTestDb();
  const rows = await db.all<{ id: string; nickname: string; score: number }>("SELECT p.id, p.nickname, p.score, p.joinedAt FROM LivePlayer p WHERE p.gameId = ? ORDER BY p.joinedAt", gameId);
  const answers = await db.all<{ playerId: string; questionIndex: number; fraction: number; elapsedMs: number; points: number }>(
    "SELECT playerId, questionIndex, fraction, elapsedMs, points FROM LiveAnswer WHERE gameId = ?",
    gameId,
  );
  await db.close();
  expect(answers).toHaveLength(11); // 3 + 3 + 2 + 3: Cleo's late answer left no row
  for (const ans of answers) {
    expect(ans.elapsedMs).toBeLessThan(SECONDS * 1000);
    expect(ans.points).toBe(speedPoints(ans.fraction, ans.elapsedMs, SECONDS * 1000));
  }
  const expected = rankAll(rows.map((r) => ({ nickname: r.nickname, score: answers.filter((x) => x.playerId === r.id).reduce((s, x) => s + x.points, 0) })));
  for (const r of rows) expect(r.score).toBe(expected.find((e) => e.nickname === r.nickname)!.score);
  await expect(presenter.getByTestId("podium-name")).toHaveText(expected.filter((e) => e.rank <= 3).map((e) => e.nickname));
  for (const [p, name] of [[a, "Ana"], [b, "Ben"], [c, "Cleo"]] as const) {
    const mine = expected.find((e) => e.nickname === name)!;
    await expect(p.page.getByTestId("player-final")).toContainText(`${mine.score.toLocaleString("en")} points`);
  }
  await expectNoViolations(presenter, "the presenter's podium");
  await expectNoViolations(a.page, "the player's summary");
  await expectNoViolations(host, "the host's ended game");
  await screenshot(presenter, "live/presenter-podium-1920.png");
  await screenshot(a.page, "live/player-podium-390x844.png", { fullPage: true });
  await shoot(a.page, "player-end");
  await shoot(presenter, "presenter-end", [1280]);

  // ── No key before the close: every stream event of an open question or the lobby, and the page reloaded mid-question ──
  const secrets = secretsOf(questions);
  const publicText = publicTextOf(questions);
  for (const p of [a, b, c]) {
    const events = (await streamEvents(p.page)).filter((e) => /"phase":"(lobby|question)"/.test(e));
    expect(events.length).toBeGreaterThan(0);
    expect(findLeaks(events.map((body) => ({ url: "stream", body })), secrets, publicText)).toEqual([]);
  }
  expect(reloaded.length).toBeGreaterThan(0);
  expect(findLeaks(reloaded, secretsOf(questions.slice(1)), publicText)).toEqual([]);
  // and the scanner does see keys where they are meant to be: the reveals
  const revealEvents = (await streamEvents(a.page)).filter((e) => /"phase":"reveal"/.test(e));
  expect(findLeaks(revealEvents.map((body) => ({ url: "stream", body })), [questions[0]!.explanation]).length).toBeGreaterThan(0);

  // ── The host reads the results: players by rank, every answer, the analysis and the CSV ──
  await host.getByRole("link", { name: "See the results" }).click();
  await expect(host).toHaveURL(new RegExp(`/teacher/live/${gameId}/results$`));
  const resultRows = host.getByTestId("live-result-row");
  await expect(resultRows).toHaveCount(3);
  // `expected` is already by rank, ties in join order, as the results list them.
  await expect(resultRows.getByRole("rowheader")).toHaveText(expected.map((e) => e.nickname));
  await expect(resultRows.first()).toContainText(expected[0]!.score.toLocaleString("en"));
  const cleoMarks = host.getByTestId("grid-row").filter({ hasText: "Cleo" }).locator("td[data-mark]");
  await expect(cleoMarks).toHaveCount(4);
  await expect(cleoMarks.nth(2)).toHaveAttribute("data-mark", "unanswered");
  await expect(host.getByTestId("question-analysis")).toHaveCount(4);
  const [download] = await Promise.all([host.waitForEvent("download"), host.getByRole("link", { name: "Download CSV: every answer" }).click()]);
  const csv = (await readFile((await download.path())!, "utf8")).trim().split(/\r\n/);
  expect(csv).toHaveLength(1 + 3 * 4);
  expect(csv.filter((line) => line.includes(",Cleo,") && line.includes("Not answered"))).toHaveLength(1);
  await expectNoViolations(host, "the live game's results");
  await screenshot(host, "live/host-results-1280.png", { fullPage: true });
  await shoot(host, "host-results", [390]);
  await host.goto("/teacher/live");
  await expect(host.getByTestId("live-game-row").first()).toContainText("Ended");
  await expectNoViolations(host, "the host's list of live games");

  // ── The PIN is freed; joining again is refused ──
  const again = await browser.newContext();
  const late2 = await again.newPage();
  await late2.goto(`/play?pin=${pin}`);
  await late2.getByLabel("Nickname").fill("Dana");
  await late2.getByRole("button", { name: "Join game" }).click();
  await expect(late2.getByRole("alert").filter({ hasText: "No game has that PIN" })).toBeVisible();
  await Promise.all([again.close(), a.context.close(), b.context.close(), c.context.close(), hostContext.close()]);
});
