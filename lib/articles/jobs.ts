import "server-only";
import { Mutex } from "async-mutex";
import { GenerationFailed, generateOffThread } from "@/lib/articles/generation-worker";
import { storeNewArticle } from "@/lib/articles/store";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { GenerationResult } from "@/lib/generation/types";
import { slugify } from "@/lib/validation/articles";

/**
 * A teacher's paste, read off the request path (issue 12, defect 1). The new-article action stores
 * the text as a job and answers at once with the job's page; the job runs here, one at a time
 * (async-mutex as the queue, so reading and storing of one paste never compete with the next),
 * its engine work in the generation worker thread; the page polls its status and opens the bank
 * when it is done. The row in the database is the job's state, so a restart loses nothing: jobs
 * found unfinished are started again (see resumeJobs).
 */
export type JobStatus = "queued" | "reading" | "storing" | "done" | "failed";
const OPEN: JobStatus[] = ["queued", "reading", "storing"];

/** Articles one teacher may have waiting at once: a queue one person can't fill for everyone. */
export const MAX_OPEN_JOBS = 3;

export const NOTHING_FOUND =
  "Factdeck found nothing to ask about in this text: no figures, dates, names, lists or quotes it could turn into questions. " +
  "Check that you pasted the article itself (not a menu or a page of links), in English, with its paragraphs.";
export const TOO_SLOW = "This text took too long to read. Paste a single article, or split a very long one into parts.";
export const UNREADABLE = "Factdeck couldn't read this text. Check that it is plain text and try again.";
export const NOT_STORED = "Factdeck read this text but couldn't save its question bank. Try again.";

export type NewJob = { title: string; source?: string; published?: string; text: string };

const queue = new Mutex();
const started = new Map<string, Promise<void>>();

/** Stores the paste as a queued job, starts it, and returns its id. */
export async function enqueueGeneration(input: NewJob, user: Pick<SessionUser, "id">): Promise<string> {
  void resumeJobs();
  const open = await db.generationJob.count({ where: { createdById: user.id, status: { in: OPEN } } });
  if (open >= MAX_OPEN_JOBS) {
    throw new ConflictError(`You already have ${open} articles being read. Wait for one to finish, then add this one.`);
  }
  const job = await db.generationJob.create({
    data: { createdById: user.id, title: input.title, source: input.source || null, published: input.published || null, rawText: input.text },
    select: { id: true },
  });
  void runJob(job.id);
  return job.id;
}

/** Runs the job after those queued before it; the same promise for a job already started here. */
export function runJob(id: string): Promise<void> {
  const running = started.get(id);
  if (running) return running;
  const run = queue.runExclusive(() => processJob(id)).finally(() => started.delete(id));
  started.set(id, run);
  return run;
}

/** How often a running job's heartbeat is renewed, and how long a silent one is taken to be abandoned. */
export const HEARTBEAT_MS = 10_000;
export const ABANDONED_AFTER_MS = 60_000;

/** Renews the job's heartbeat until stopped, so other instances leave it alone. */
function keepAlive(id: string): () => void {
  const timer = setInterval(() => {
    void db.generationJob
      .updateMany({ where: { id, status: { in: ["reading", "storing"] } }, data: { heartbeatAt: new Date() } })
      .catch((error: unknown) => console.error("job heartbeat failed", error));
  }, HEARTBEAT_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}

async function processJob(id: string): Promise<void> {
  // Claimed by a conditional update: a job discarded (or taken by another run, here or in another
  // app instance) meanwhile is left alone.
  const now = new Date();
  const claimed = await db.generationJob.updateMany({ where: { id, status: "queued" }, data: { status: "reading", startedAt: now, heartbeatAt: now } });
  if (claimed.count === 0) return;
  const stop = keepAlive(id);
  try {
    await readAndStore(id);
  } finally {
    stop();
  }
}

async function readAndStore(id: string): Promise<void> {
  const job = await db.generationJob.findUniqueOrThrow({ where: { id } });

  let result: GenerationResult;
  try {
    result = await generateOffThread(job.rawText, job.published ? { referenceDate: job.published } : {});
  } catch (error) {
    console.error(error);
    return fail(id, error instanceof GenerationFailed && error.reason === "timeout" ? TOO_SLOW : UNREADABLE);
  }
  if (result.facts.length === 0 || result.questions.length === 0) return fail(id, NOTHING_FOUND);

  try {
    await db.generationJob.update({ where: { id }, data: { status: "storing" } });
    const article = { rawText: job.rawText, createdById: job.createdById, title: job.title, source: job.source ?? undefined, published: job.published ?? undefined };
    const remember = async (articleId: string) => {
      await db.generationJob.update({ where: { id }, data: { articleId } });
    };
    let slug = await uniqueSlug(job.title);
    try {
      await storeNewArticle({ slug, ...article }, result, remember);
    } catch (error) {
      // Another article took the slug between the check and the insert: take a random suffix instead.
      if ((error as { code?: string }).code !== "P2002") throw error;
      slug = `${slug}-${crypto.randomUUID().slice(0, 6)}`;
      await storeNewArticle({ slug, ...article }, result, remember);
    }
    // The article holds the text now; the job keeps only where it went.
    await db.generationJob.update({ where: { id }, data: { status: "done", articleSlug: slug, rawText: "", finishedAt: new Date() } });
  } catch (error) {
    console.error(error);
    await fail(id, NOT_STORED);
  }
}

async function fail(id: string, error: string): Promise<void> {
  await db.generationJob.updateMany({ where: { id }, data: { status: "failed", error, articleId: null, finishedAt: new Date() } });
}

/** Slugs the app's own routes use under /teacher/articles/. */
const RESERVED = new Set(["new"]);

async function uniqueSlug(title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set((await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

let resumed: Promise<void> | undefined;
let resumedAt = 0;

/**
 * Jobs an instance left unfinished (a restart, a crash: its heartbeat stopped) are queued again,
 * what they had stored removed first, and queued ones are started. A job whose heartbeat is fresh
 * is running in some instance — this one or another on the same database — and is left alone.
 * Called by every entry to the jobs (enqueue, the job's page and its status route), so no
 * start-up hook is needed; runs at most once a minute per process.
 */
export function resumeJobs(now = new Date()): Promise<void> {
  if (resumed && now.getTime() - resumedAt < ABANDONED_AFTER_MS) return resumed;
  resumedAt = now.getTime();
  resumed = (async () => {
    const stale = new Date(now.getTime() - ABANDONED_AFTER_MS);
    const abandoned = { status: { in: ["reading", "storing"] as JobStatus[] }, OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: stale } }] };
    const interrupted = await db.generationJob.findMany({ where: abandoned, select: { id: true, articleId: true } });
    for (const job of interrupted) {
      if (started.has(job.id)) continue;
      // Taken back by a conditional update: of two instances doing this at once, one does it.
      const { count } = await db.generationJob.updateMany({ where: { id: job.id, ...abandoned }, data: { status: "queued", articleId: null, startedAt: null, heartbeatAt: null } });
      if (count === 1 && job.articleId) await db.article.deleteMany({ where: { id: job.articleId, complete: false } });
    }
    const queued = await db.generationJob.findMany({ where: { status: "queued" }, orderBy: { createdAt: "asc" }, select: { id: true } });
    for (const job of queued) void runJob(job.id);
  })().catch((error: unknown) => {
    console.error("resuming generation jobs failed", error);
    resumed = undefined;
  });
  return resumed;
}

export type JobView = {
  id: string;
  title: string;
  status: JobStatus;
  error: string | null;
  articleSlug: string | null;
  /** Jobs of anyone's waiting to be read before this one (queued only). */
  ahead: number;
  createdAt: Date;
};

/** The teacher's own job, with its place in the queue; NotFound for anyone else's. */
export async function getJob(id: string, user: Pick<SessionUser, "id">): Promise<JobView> {
  void resumeJobs();
  const job = await db.generationJob.findFirst({
    where: { id, createdById: user.id },
    select: { id: true, title: true, status: true, error: true, articleSlug: true, createdAt: true },
  });
  if (!job) throw new NotFoundError("That article isn't being read any more.");
  const ahead = job.status === "queued" ? await db.generationJob.count({ where: { status: { in: OPEN }, createdAt: { lt: job.createdAt } } }) : 0;
  return { ...job, ahead };
}

/** The teacher's jobs not yet done (waiting, being read, or failed), newest first. */
export async function listUnfinishedJobs(user: Pick<SessionUser, "id">) {
  return db.generationJob.findMany({
    where: { createdById: user.id, status: { not: "done" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, error: true, createdAt: true },
  });
}

/** What the teacher pasted, to try a failed job again from the new-article form. */
export async function getFailedJobInput(id: string, user: Pick<SessionUser, "id">): Promise<Required<NewJob> | null> {
  const job = await db.generationJob.findFirst({ where: { id, createdById: user.id, status: "failed" } });
  return job ? { title: job.title, source: job.source ?? "", published: job.published ?? "", text: job.rawText } : null;
}

/** Removes a failed job, or one still waiting (it is then never read); false if there was none. */
export async function discardJob(id: string, user: Pick<SessionUser, "id">): Promise<boolean> {
  const { count } = await db.generationJob.deleteMany({ where: { id, createdById: user.id, status: { in: ["failed", "queued"] } } });
  return count > 0;
}
