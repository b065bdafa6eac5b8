// Shared by the live game journeys (live-game.spec.ts, korean.spec.ts): a set to host, and the
// questions a game took from it.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Question } from "@/lib/question-types";
import { storedDate, withTestDb } from "./db";
import { DEMO_TEACHER, SEED_SLUG, signIn } from "./helpers";

/** A set of four approved seed questions, one of each type a quick game shows well. */
export async function createLiveSet(): Promise<{ setId: string; title: string }> {
  return withTestDb(
    async (db) => {
      const teacher = (await db.get<{ id: string }>("SELECT id FROM User WHERE email = ?", DEMO_TEACHER.email))!;
      const pick = (type: string) =>
        db.get<{ id: string }>(
          "SELECT q.id FROM Question q JOIN Article a ON a.id = q.articleId WHERE a.slug = ? AND q.status = 'approved' AND q.type = ? ORDER BY q.key LIMIT 1",
          SEED_SLUG,
          type,
        );
      const ids = (await Promise.all(["single_choice", "true_false", "multiple_select", "numeric"].map(async (t) => (await pick(t))?.id))).filter((x): x is string => Boolean(x));
      expect(ids).toHaveLength(4);
      const setId = `e2elive${Date.now().toString(36)}`;
      const title = `Live game set ${setId.slice(-5)}`;
      const now = storedDate(new Date());
      await db.run("INSERT INTO QuestionSet (id, title, description, ownerId, createdAt, updatedAt) VALUES (?, ?, '', ?, ?, ?)", setId, title, teacher.id, now, now);
      for (const [i, qid] of ids.entries()) await db.run("INSERT INTO QuestionSetItem (id, setId, questionId, position) VALUES (?, ?, ?, ?)", `${setId}i${i}`, setId, qid, i);
      return { setId, title };
    },
    { write: true },
  );
}

export async function gameQuestions(gameId: string): Promise<Question[]> {
  const row = await withTestDb((db) => db.get<{ questionsJson: string }>("SELECT questionsJson FROM LiveGame WHERE id = ?", gameId));
  return (JSON.parse(row!.questionsJson) as { question: Question }[]).map((i) => i.question);
}

/** The demo teacher, in a browser context of their own, hosts the set live at 60 seconds a question: their page, the game and its PIN. */
export async function hostLive(browser: Browser, setId: string): Promise<{ context: BrowserContext; host: Page; gameId: string; pin: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const host = await context.newPage();
  await signIn(host, DEMO_TEACHER);
  await host.goto(`/teacher/sets/${setId}`);
  await host.getByLabel("Seconds per question").selectOption("60");
  await host.getByRole("button", { name: "Host live" }).click();
  await expect(host).toHaveURL(/\/teacher\/live\/[a-z0-9]+$/);
  const gameId = host.url().split("/").pop()!;
  const pin = (await host.getByTestId("live-pin").innerText()).trim();
  return { context, host, gameId, pin };
}
