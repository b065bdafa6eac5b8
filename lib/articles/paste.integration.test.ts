// A teacher's paste against a real (temporary) database and the real generation worker (issue 12,
// defects 1 and 9): the largest accepted pastes never stall the server, run-on "sentences" are
// bounded, and a paste that fails half-way leaves nothing behind.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { monitorEventLoopDelay } from "node:perf_hooks";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { linkSoup, longArticle } from "@/bench/generation/synthetic";
import { createArticleAction } from "@/lib/articles/actions";
import { NOTHING_FOUND, runJob } from "@/lib/articles/jobs";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { generate, MAX_FACTS } from "@/lib/generation";
import { databaseIsUp } from "@/lib/health";
import { storeArticle } from "@/lib/articles/store";
import { MAX_ARTICLE_BYTES } from "@/lib/validation/articles";
import { createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

async function redirected<T>(run: () => Promise<T>): Promise<{ url: string } | { result: T }> {
  try {
    return { result: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { url: digest.split(";")[2] ?? "" };
    throw error;
  }
}

function form(title: string, text: string) {
  const f = new FormData();
  f.set("title", title);
  f.set("text", text);
  return f;
}

/**
 * Runs `work` while the health check is probed back to back; returns the longest the event loop
 * was blocked (what a request arriving at the worst moment waits, before any of its own work)
 * and the probes' own latencies.
 */
async function whileProbing<T>(work: () => Promise<T>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let running = true;
  const latencies: number[] = [];
  const probing = (async () => {
    while (running) {
      const t0 = performance.now();
      expect(await databaseIsUp()).toBe(true);
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  try {
    return { value: await work(), latencies };
  } finally {
    running = false;
    await probing;
    delay.disable();
    Object.assign(latencies, { maxLoopDelayMs: delay.max / 1e6 });
  }
}

/**
 * The longest block allowed: 2 s, or a third of the job's own time (claimed to finished) in the
 * same run when that is longer. On a busy machine the process waits for a core and every figure
 * stretches (blocks of 0.9-2.1 s measured with two other test runs beside it, the job itself then
 * taking 5-16 s), so a fixed bound alone failed there. The engine run in the request, as before,
 * blocks for nearly all of the job, which both bounds catch.
 */
const maxBlockMs = (job: { startedAt: Date | null; finishedAt: Date | null }) => Math.max(2_000, jobMs(job) / 3);
const jobMs = (job: { startedAt: Date | null; finishedAt: Date | null }) => (job.finishedAt?.getTime() ?? NaN) - (job.startedAt?.getTime() ?? NaN);

const maxLoopDelay = (l: number[]) => (l as number[] & { maxLoopDelayMs: number }).maxLoopDelayMs;
const p99 = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(0.99 * (l.length - 1))] ?? 0;

beforeEach(() => signOut());

/** Pastes through the action, as the form does; the job's id from where it sends the browser. */
async function paste(title: string, text: string): Promise<string> {
  const sent = await redirected(() => createArticleAction(initialFormState, form(title, text)));
  if (!("url" in sent)) throw new Error(`the paste was refused: ${JSON.stringify(sent.result)}`);
  const id = /^\/teacher\/articles\/new\/([\w-]+)$/.exec(sent.url)?.[1];
  if (!id) throw new Error(`unexpected redirect ${sent.url}`);
  return id;
}

describe("pasting the largest accepted articles", () => {
  it("a 200 KB page of markdown links is answered with the friendly message, and the server keeps serving meanwhile", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const text = linkSoup(MAX_ARTICLE_BYTES - 100);
    const { value: id, latencies } = await whileProbing(async () => {
      const id = await paste("Links of the week", text);
      await runJob(id);
      return id;
    });
    const job = await db.generationJob.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "failed", error: NOTHING_FOUND });
    expect(await db.article.count({ where: { title: "Links of the week" } })).toBe(0);
    console.log(`link soup: ${latencies.length} health probes, p99 ${p99(latencies).toFixed(1)} ms, longest event-loop block ${maxLoopDelay(latencies).toFixed(0)} ms of a ${jobMs(job)} ms job`);
    // Before: the engine ran in the request and went quadratic on the one 200 KB "sentence" (minutes).
    expect(maxLoopDelay(latencies)).toBeLessThan(maxBlockMs(job));
  }, 120_000);

  it("a 200 KB article of short sentences is generated off the event loop and stored whole, within the caps", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const text = longArticle(30_000).slice(0, MAX_ARTICLE_BYTES - 100);
    const { value: id, latencies } = await whileProbing(async () => {
      const id = await paste("A very long report", text);
      await runJob(id);
      return id;
    });
    const job = await db.generationJob.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "done", articleSlug: expect.stringMatching(/^a-very-long-report/), rawText: "" });
    const article = await db.article.findUniqueOrThrow({ where: { slug: job.articleSlug! }, include: { _count: { select: { facts: true, questions: true } } } });
    expect(article.complete).toBe(true);
    expect(article.rawText).toBe(text);
    expect(article._count.facts).toBeGreaterThan(100);
    expect(article._count.facts).toBeLessThanOrEqual(MAX_FACTS);
    expect(await db.questionVersion.count({ where: { question: { articleId: article.id } } })).toBe(article._count.questions);
    console.log(`long article: ${article._count.facts} facts, ${article._count.questions} questions; ${latencies.length} health probes, p99 ${p99(latencies).toFixed(1)} ms, longest event-loop block ${maxLoopDelay(latencies).toFixed(0)} ms of a ${jobMs(job)} ms job`);
    // Before: generate() ran in the request, blocking the event loop for the whole 3-6 s it takes
    // (4-8 s on this shared machine), and one transaction then held the database for 1-6 s.
    expect(maxLoopDelay(latencies)).toBeLessThan(maxBlockMs(job));
  }, 120_000);
});

describe("storing a paste", () => {
  const small = generate("# Trade\n\nExports to Japan rose 5.2 percent in 2024, the ministry said. Imports fell 3 percent in 2023, customs data showed.");

  it("stores more rows than one statement may carry (the old store failed with 'query parameter limit exceeded')", async () => {
    const fact = small.facts[0]!;
    const q = small.questions[0]!;
    const facts = Array.from({ length: 4_000 }, (_, i) => ({ ...fact, id: `f${i + 1}` }));
    const questions = Array.from({ length: 4_000 }, (_, i) => ({ ...q, id: `${q.id}-${i}` }));
    const { id } = await storeArticle({ slug: "many-rows", rawText: "x", result: { ...small, facts, questions } }, "draft");
    expect(await db.fact.count({ where: { articleId: id } })).toBe(4_000);
    expect(await db.questionVersion.count({ where: { question: { articleId: id } } })).toBe(4_000);
  }, 120_000);

  it("leaves nothing behind when the store fails half-way", async () => {
    // Two questions with one engine id: the question insert fails after the article and its facts went in.
    const q = small.questions[0]!;
    const result = { ...small, questions: [q, q] };
    await expect(storeArticle({ slug: "half-stored", rawText: "x", result }, "draft")).rejects.toThrow();
    expect(await db.article.findUnique({ where: { slug: "half-stored" } })).toBeNull();
    expect(await db.fact.count({ where: { article: { slug: "half-stored" } } })).toBe(0);
  });
});
