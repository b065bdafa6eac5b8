// Generation jobs against a real (temporary) database and the real generation worker (issue 12,
// defect 1): a paste is queued and answered at once, read in turn, stored out of sight until whole,
// and a job a restart interrupted runs again.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createArticleAction } from "@/lib/articles/actions";
import { discardJob, enqueueGeneration, getFailedJobInput, getJob, MAX_OPEN_JOBS, NOTHING_FOUND, runJob } from "@/lib/articles/jobs";
import { storeNewArticle } from "@/lib/articles/store";
import { db } from "@/lib/db";
import { initialFormState } from "@/lib/forms";
import { generate } from "@/lib/generation";
import { listQuestionBanks } from "@/lib/questions/queries";
import { createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const TRADE = "# Trade\n\nExports to Japan rose 5.2 percent in 2024, the ministry said. Imports fell 3 percent in 2023, customs data showed.";
const asTeacher = (u: { id: string; name: string; email: string }) => ({ ...u, role: "teacher" as const });

beforeEach(() => signOut());

describe("a paste becomes a job", () => {
  it("is answered before it is read, then read and stored as the teacher's draft bank", async () => {
    const teacher = await createUser({ role: "teacher" });
    const id = await enqueueGeneration({ title: "Trade notes", text: TRADE }, teacher);
    // Answered at once: the job exists before the engine has run.
    expect(["queued", "reading"]).toContain((await getJob(id, teacher)).status);
    await runJob(id);
    const job = await getJob(id, teacher);
    expect(job).toMatchObject({ status: "done", articleSlug: "trade-notes", error: null, ahead: 0 });
    const article = await db.article.findUniqueOrThrow({ where: { slug: "trade-notes" }, include: { questions: true } });
    expect(article).toMatchObject({ complete: true, createdById: teacher.id, title: "Trade notes" });
    expect(article.questions.length).toBeGreaterThan(0);
    expect(article.questions.every((q) => q.status === "draft")).toBe(true);
    expect(article.questions.some((q) => q.status === "approved")).toBe(false);
  });

  it("says why when the text holds nothing to ask, stores nothing, and keeps the text for another try", async () => {
    const teacher = await createUser({ role: "teacher" });
    const text = "Hello there. This is a friendly note with nothing in it at all.";
    const id = await enqueueGeneration({ title: "Nothing here", text }, teacher);
    await runJob(id);
    expect(await getJob(id, teacher)).toMatchObject({ status: "failed", error: NOTHING_FOUND });
    expect(await db.article.count({ where: { title: "Nothing here" } })).toBe(0);
    expect(await getFailedJobInput(id, teacher)).toEqual({ title: "Nothing here", source: "", published: "", text });
  });

  it("tried again from a failed job, the new paste replaces the failed one", async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const failed = await enqueueGeneration({ title: "First try", text: "Nothing to see here at all." }, teacher);
    await runJob(failed);
    const f = new FormData();
    f.set("title", "Second try");
    f.set("text", TRADE);
    f.set("from", failed);
    await expect(createArticleAction(initialFormState, f)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;replace;\/teacher\/articles\/new\//) });
    expect(await db.generationJob.findUnique({ where: { id: failed } })).toBeNull();
  });

  it("is the teacher's own: another teacher gets 'not found', and can't discard it", async () => {
    const owner = await createUser({ role: "teacher" });
    const other = await createUser({ role: "teacher" });
    const id = await enqueueGeneration({ title: "Mine", text: "Nothing to see here at all." }, owner);
    await runJob(id);
    await expect(getJob(id, other)).rejects.toThrow("That article isn't being read any more.");
    expect(await getFailedJobInput(id, other)).toBeNull();
    await discardJob(id, other);
    expect(await db.generationJob.count({ where: { id } })).toBe(1);
    await discardJob(id, owner);
    expect(await db.generationJob.count({ where: { id } })).toBe(0);
  });

  it(`refuses a ${MAX_OPEN_JOBS + 1}th waiting paste from one teacher, with a message, and stores nothing`, async () => {
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    // Waiting jobs, as if the queue were busy (rows only: not started here).
    await db.generationJob.createMany({ data: Array.from({ length: MAX_OPEN_JOBS }, (_, i) => ({ createdById: teacher.id, title: `Waiting ${i}`, rawText: TRADE })) });
    const f = new FormData();
    f.set("title", "One too many");
    f.set("text", TRADE);
    const answer = await createArticleAction(initialFormState, f);
    expect(answer).toMatchObject({ ok: false, formError: `You already have ${MAX_OPEN_JOBS} articles being read. Wait for one to finish, then add this one.` });
    expect(await db.generationJob.count({ where: { title: "One too many" } })).toBe(0);
    await db.generationJob.deleteMany({ where: { createdById: teacher.id } });
  });

  it("tells a waiting job how many are ahead of it", async () => {
    const teacher = await createUser({ role: "teacher" });
    const early = new Date(Date.now() - 60_000);
    const [a, b] = await Promise.all(
      ["Ahead one", "Ahead two"].map((title, i) => db.generationJob.create({ data: { createdById: teacher.id, title, rawText: TRADE, createdAt: new Date(early.getTime() + i) } })),
    );
    const mine = await db.generationJob.create({ data: { createdById: teacher.id, title: "Behind", rawText: TRADE } });
    expect((await getJob(mine.id, teacher)).ahead).toBeGreaterThanOrEqual(2);
    await db.generationJob.deleteMany({ where: { id: { in: [a!.id, b!.id, mine.id] } } });
  });
});

describe("storing a job's article", () => {
  const result = generate(TRADE);

  it("keeps the article out of every list until its last row is in", async () => {
    const teacher = await createUser({ role: "teacher" });
    const seen: number[] = [];
    await storeNewArticle({ slug: "being-stored", rawText: TRADE, createdById: teacher.id, title: "Being stored" }, result, async () => {
      seen.push((await listQuestionBanks(asTeacher(teacher))).filter((b) => b.slug === "being-stored").length);
    });
    seen.push((await listQuestionBanks(asTeacher(teacher))).filter((b) => b.slug === "being-stored").length);
    expect(seen).toEqual([0, 1]);
  });

  it("leaves nothing behind when a step fails half-way", async () => {
    const teacher = await createUser({ role: "teacher" });
    const q = result.questions[0]!;
    // Two questions with one engine id: the question insert fails after the article and its facts went in.
    await expect(storeNewArticle({ slug: "half-stored-job", rawText: TRADE, createdById: teacher.id, title: "Half" }, { ...result, questions: [q, q] }, async () => {})).rejects.toThrow();
    expect(await db.article.findUnique({ where: { slug: "half-stored-job" } })).toBeNull();
  });
});

describe("after a restart", () => {
  it("a job that was being stored runs again from the start, and what it had stored is removed", async () => {
    const teacher = await createUser({ role: "teacher" });
    // What a crash mid-store leaves: a job marked storing, and a hidden half-stored article.
    const half = await db.article.create({ data: { slug: "interrupted", title: "Interrupted", rawText: TRADE, wordCount: 20, blocksJson: "[]", createdById: teacher.id, complete: false } });
    const job = await db.generationJob.create({ data: { createdById: teacher.id, title: "Interrupted", rawText: TRADE, status: "storing", articleId: half.id, startedAt: new Date() } });
    // A fresh module: what a restarted server process loads.
    vi.resetModules();
    const fresh = await import("@/lib/articles/jobs");
    await fresh.resumeJobs();
    await fresh.runJob(job.id);
    expect(await db.article.findUnique({ where: { id: half.id } })).toBeNull();
    const done = await db.generationJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done).toMatchObject({ status: "done", articleSlug: "interrupted" });
    expect(await db.article.findUniqueOrThrow({ where: { slug: "interrupted" } })).toMatchObject({ complete: true });
  });
});

describe("several app instances on one database", () => {
  it("leaves a job another instance is running (its heartbeat is fresh) alone, and takes back one whose heartbeat stopped", async () => {
    const teacher = await createUser({ role: "teacher" });
    const now = new Date();
    const halfOf = (slug: string) =>
      db.article.create({ data: { slug, title: slug, rawText: TRADE, wordCount: 20, blocksJson: "[]", createdById: teacher.id, complete: false } });
    const liveArticle = await halfOf("running-elsewhere");
    const goneArticle = await halfOf("instance-gone");
    // One job being stored by a live instance (heartbeat 5 s ago), one by an instance that stopped 2 minutes ago.
    const live = await db.generationJob.create({
      data: { createdById: teacher.id, title: "Live", rawText: TRADE, status: "storing", articleId: liveArticle.id, startedAt: now, heartbeatAt: new Date(now.getTime() - 5_000) },
    });
    const gone = await db.generationJob.create({
      data: { createdById: teacher.id, title: "Gone", rawText: TRADE, status: "storing", articleId: goneArticle.id, startedAt: now, heartbeatAt: new Date(now.getTime() - 120_000) },
    });
    // This instance starts (a fresh module, as a new process loads it).
    vi.resetModules();
    const fresh = await import("@/lib/articles/jobs");
    await fresh.resumeJobs(now);
    await fresh.runJob(gone.id);

    expect(await db.generationJob.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({ status: "storing", articleId: liveArticle.id });
    expect(await db.article.findUnique({ where: { id: liveArticle.id } })).not.toBeNull();
    expect(await db.article.findUnique({ where: { id: goneArticle.id } })).toBeNull();
    expect(await db.generationJob.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ status: "done" });
  });

  it("renews the heartbeat of a job it claims", async () => {
    const teacher = await createUser({ role: "teacher" });
    const job = await db.generationJob.create({ data: { createdById: teacher.id, title: "Beat", rawText: TRADE } });
    const before = Date.now();
    await runJob(job.id);
    const done = await db.generationJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.status).toBe("done");
    expect(done.heartbeatAt!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
  });
});
