import { expect, test, type APIRequestContext, type Page, type Response } from "@playwright/test";
import { DEMO_TEACHER, SEED_SLUG, signIn, signOut, signUpStudent } from "../helpers";
import { answerCorrectly, currentQuestion } from "../quiz-helpers";
import { answerKeyOf, query } from "./db";

// Issue 15: two app instances behind nginx, round-robin, no sticky sessions. nginx names the
// instance that answered each request in X-Upstream (CLUSTER_UPSTREAM_HEADER=1, set only here).

function upstreamOf(response: Response | null): string {
  const addr = response?.headers()["x-upstream"];
  if (!addr) throw new Error(`No X-Upstream header on ${response?.url() ?? "a missing response"}: is this the cluster's nginx?`);
  return addr;
}

/** Reloads until the page itself comes from an instance other than `other`; returns that instance. */
async function reloadOnAnotherInstance(page: Page, other: string): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const servedBy = upstreamOf(await page.reload());
    if (servedBy !== other) return servedBy;
  }
  throw new Error(`20 reloads were all served by ${other}: nginx isn't spreading requests`);
}

/** GET `path` with `cookie` until both instances have answered; each instance's status and Location. */
async function askEachInstance(api: APIRequestContext, path: string, cookie: string) {
  const answers = new Map<string, { status: number; location: string }[]>();
  for (let i = 0; i < 20 && answers.size < 2; i++) {
    const res = await api.get(path, { headers: { cookie }, maxRedirects: 0 });
    const addr = res.headers()["x-upstream"]!;
    answers.set(addr, [...(answers.get(addr) ?? []), { status: res.status(), location: res.headers()["location"] ?? "" }]);
  }
  expect([...answers.keys()], "both instances answered").toHaveLength(2);
  return [...answers.values()].flat();
}

/** PUT an answer with `cookie` until both instances have answered; each answer's status. */
async function saveOnEachInstance(api: APIRequestContext, cookie: string) {
  const statuses = new Map<string, number[]>();
  for (let i = 0; i < 20 && statuses.size < 2; i++) {
    const res = await api.put("/api/attempts/no-such-attempt/responses/no-such-question", {
      headers: { cookie, "content-type": "application/json" },
      data: { response: { choice: 0 } },
    });
    const addr = res.headers()["x-upstream"]!;
    statuses.set(addr, [...(statuses.get(addr) ?? []), res.status()]);
  }
  expect([...statuses.keys()], "both instances answered").toHaveLength(2);
  return [...statuses.values()].flat();
}

test("an answer given on one instance is there on the other; the submit is graded once, and the result shows on both", async ({ page }) => {
  const saves: Response[] = [];
  page.on("response", (r) => {
    if (r.request().method() === "PUT" && r.url().includes("/responses/")) saves.push(r);
  });
  await signUpStudent(page);
  await page.goto(`/articles/${SEED_SLUG}`);
  await page.getByRole("button", { name: "Practise this article" }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+$/);
  const attemptId = new URL(page.url()).pathname.split("/").pop()!;
  const total = Number((await page.getByText(/^Question \d+ of \d+$/).innerText()).match(/of (\d+)/)![1]);

  const { id: questionId } = await currentQuestion(page);
  await answerCorrectly(page, await answerKeyOf(questionId));
  const lastSave = saves.at(-1)!;
  expect(lastSave.ok()).toBe(true);
  const savedOn = upstreamOf(lastSave);

  // A reload served by the other instance, which has never seen this attempt: the answer is there.
  const otherInstance = await reloadOnAnotherInstance(page, savedOn);
  expect(otherInstance).not.toBe(savedOn);
  await expect(page.getByRole("navigation", { name: "Questions" }).getByRole("button", { name: "Question 1, answered" })).toBeVisible();

  // A second tab on the same attempt, opened before submitting.
  const secondTab = await page.context().newPage();
  await secondTab.goto(page.url());
  await expect(secondTab.getByTestId("question")).toBeVisible();

  // Submit (the rest unanswered), wherever nginx sends it.
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.getByRole("button", { name: "Submit anyway" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByTestId("score")).toHaveText(`You scored 1 out of ${total}`);

  // The other tab submits the same attempt again: it is shown the same result, graded once.
  await secondTab.getByRole("button", { name: "Submit quiz" }).click();
  await secondTab.getByRole("button", { name: "Submit anyway" }).click();
  await expect(secondTab).toHaveURL(/\/result$/);
  await expect(secondTab.getByTestId("score")).toHaveText(`You scored 1 out of ${total}`);
  await secondTab.close();

  // The result page from the other instance than the one that served it last says the same.
  const resultOn = upstreamOf(await page.reload());
  await reloadOnAnotherInstance(page, resultOn);
  await expect(page.getByTestId("score")).toHaveText(`You scored 1 out of ${total}`);

  // Stored once: one graded answer, the attempt submitted, one points entry.
  const [attempt] = await query<{ status: string; score: number }>(`SELECT "status", "score" FROM "Attempt" WHERE "id" = $1`, [attemptId]);
  expect(attempt).toEqual({ status: "submitted", score: 1 });
  const responses = await query<{ questionId: string; score: number }>(`SELECT "questionId", "score" FROM "Response" WHERE "attemptId" = $1`, [attemptId]);
  expect(responses).toEqual([{ questionId, score: 1 }]);
  const points = await query<{ n: string }>(`SELECT COUNT(*) AS n FROM "PointsEntry" WHERE "attemptId" = $1`, [attemptId]);
  expect(Number(points[0]!.n)).toBe(1);
});

test("signing out through one instance ends the session on the other too, for pages and for the autosave", async ({ page, playwright, baseURL }) => {
  await signUpStudent(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const api = await playwright.request.newContext({ baseURL });

  // Before: both instances take the cookie (the save route finds no such attempt: 404, not 401).
  for (const answer of await askEachInstance(api, "/dashboard", cookie)) expect(answer.status).toBe(200);
  for (const status of await saveOnEachInstance(api, cookie)) expect(status).toBe(404);

  const signOutPost = page.waitForResponse((r) => r.request().method() === "POST");
  await signOut(page);
  const signedOutOn = upstreamOf(await signOutPost);
  expect(signedOutOn).toMatch(/^127\.0\.0\.1:\d+$/);

  // After: the same cookie, kept by someone, opens nothing on either instance.
  for (const answer of await askEachInstance(api, "/dashboard", cookie)) {
    expect(answer.status).toBeGreaterThanOrEqual(300);
    expect(answer.status).toBeLessThan(400);
    expect(answer.location).toContain("/sign-in");
  }
  for (const status of await saveOnEachInstance(api, cookie)) expect(status).toBe(401);
  await api.dispose();
});

/**
 * Opens the player's page, then reloads it until its stream comes from an instance other than `not`;
 * returns that instance. nginx takes turns: a page that makes an even number of requests would get
 * its stream from the same instance on every reload, so between reloads one or two other requests
 * shift the turn.
 */
async function streamNotOn(page: Page, not: string | null, open: () => Promise<unknown>): Promise<string> {
  for (let i = 0; i < 20; i++) {
    for (let k = 0; k < i % 3; k++) await page.request.get("/api/health");
    const stream = page.waitForResponse((r) => /\/api\/live-games\/[^/]+\/stream$/.test(new URL(r.url()).pathname));
    await (i === 0 ? open() : page.reload());
    const servedBy = upstreamOf(await stream);
    if (servedBy !== not) return servedBy;
  }
  throw new Error(`20 streams all came from ${not}: nginx isn't spreading requests`);
}

test("a live game's players on two instances see the same game: each move reaches both through Redis", async ({ browser }) => {
  test.setTimeout(180_000);
  const hostContext = await browser.newContext();
  const host = await hostContext.newPage();
  await signIn(host, DEMO_TEACHER);
  await host.goto("/teacher/sets");
  await host.getByRole("link", { name: "Korea–Japan economic ties: key facts" }).click();
  await host.getByRole("button", { name: "Host live" }).click();
  await host.waitForURL(/\/teacher\/live\/\w+$/);
  const pin = (await host.getByTestId("live-pin").innerText()).replace(/\D/g, "");

  // Two phones whose streams are held by different instances (a reload opens a new stream).
  const players = await Promise.all([0, 1].map(async () => (await browser.newContext()).newPage()));
  const join = (page: Page, nickname: string) => async () => {
    await page.goto(`/play?pin=${pin}`);
    await page.getByLabel("Nickname").fill(nickname);
    await page.getByRole("button", { name: "Join game" }).click();
  };
  const first = await streamNotOn(players[0]!, null, join(players[0]!, "Ines"));
  const second = await streamNotOn(players[1]!, first, join(players[1]!, "Jun"));
  expect(second).not.toBe(first);
  await expect(host.getByTestId("live-player-count")).toContainText("2 players have joined");

  // The host's start goes to one instance; both phones get the question, and then the reveal.
  await host.getByRole("button", { name: "Start game" }).click();
  for (const page of players) await expect(page.getByTestId("player-prompt")).toBeVisible();
  await expect(players[1]!.getByTestId("player-prompt")).toHaveText(await players[0]!.getByTestId("player-prompt").innerText());
  await host.getByRole("button", { name: "Close question" }).click();
  for (const page of players) await expect(page.getByTestId("player-result")).toContainText("No answer");
  await Promise.all([hostContext.close(), ...players.map((page) => page.context().close())]);
});
