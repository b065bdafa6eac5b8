import "server-only";
// Storing an article: the one place an engine result becomes rows (article, facts, findings,
// questions and their first versions), for the seed, a teacher's paste, and the test factories.
import { asJson, loadFactData, loadStoredBody } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { factSpan } from "@/lib/articles/fact-span";
import type { Question } from "@/lib/question-types";
import type { GenerationResult } from "@/lib/generation/types";
import { compareEngineBodies, heldForReview, storedStatus } from "@/lib/questions/review";

export type ArticleInput = {
  slug: string;
  rawText: string;
  createdById?: string;
  /** What the teacher typed wins over what the engine read from the text. */
  title?: string;
  source?: string;
  published?: string;
  /** What the engine made of the text (the caller runs it: pastes in a worker, the seed inline). */
  result: GenerationResult;
};

/**
 * Stores an article with what the engine made of it. Idempotent by slug: facts and findings
 * are replaced, questions are matched by their stable engine id so existing ones (and the
 * responses that point at them, and any teacher edits) are kept.
 *
 * New questions get `status`, except those the engine holds back ("needs_review"): they are
 * always stored as drafts, their flags in the body, so no student sees them before a teacher
 * approves or edits them. See refreshVerdicts for questions stored before.
 */
export async function storeArticle(input: ArticleInput, status: "draft" | "approved"): Promise<{ id: string; result: GenerationResult }> {
  const { result } = input;
  const data = articleRow(input, result);
  const create = { slug: input.slug, createdById: input.createdById, ...data };

  // One transaction: a paste that fails half-way (a constraint, a full disk, a bug) leaves no
  // article with half its facts and no question versions behind. Rows go in batches so no
  // statement passes SQLite's bound on parameters (32,766) whatever the article's size.
  const id = await db.$transaction(
    async (tx) => {
      const article = await tx.article.upsert({ where: { slug: input.slug }, create, update: data, select: { id: true } });
      await tx.fact.deleteMany({ where: { articleId: article.id } });
      await tx.articleIssue.deleteMany({ where: { articleId: article.id } });
      for (const facts of batches(result.facts)) {
        await tx.fact.createMany({ data: factRows(article.id, facts) });
      }
      for (const issues of batches(result.issues)) {
        await tx.articleIssue.createMany({ data: issueRows(article.id, issues) });
      }

      const stored = await tx.question.findMany({ where: { articleId: article.id }, select: { id: true, key: true, status: true, version: true, origin: true, bodyJson: true } });
      await refreshVerdicts(tx, stored, result);
      const existing = new Set(stored.map((q) => q.key));
      const fresh = result.questions.filter((q) => !existing.has(q.id));
      for (const some of batches(fresh)) {
        await tx.question.createMany({ data: questionRows(article.id, some, status) });
        // Version 1 of each new question, so later edits can keep grading old answers by it.
        await tx.questionVersion.createMany({ data: await firstVersions(tx, article.id, some) });
      }
      return article.id;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  return { id, result };
}

/**
 * Rows per insert: far below SQLite's parameter bound (200 rows of at most 12 columns), and
 * small enough that each statement holds the event loop only briefly.
 */
export const INSERT_BATCH = 200;

export function batches<T>(rows: readonly T[], size = INSERT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The rows an engine result becomes: one mapping, used by every path that stores an article. */
export function articleRow(input: Omit<ArticleInput, "result">, result: GenerationResult) {
  const { article: meta } = result;
  return {
    title: input.title ?? meta.title,
    source: input.source ?? meta.source ?? null,
    byline: meta.byline ?? null,
    published: input.published ?? meta.published ?? null,
    rawText: input.rawText,
    wordCount: meta.wordCount,
    blocksJson: asJson(result.blocks),
  };
}

/**
 * A fact's row: its sentence as offsets into the article's text (not a copy of it), and the words
 * the reader highlights, worked out here once rather than on every view of the article.
 */
export function factRows(articleId: string, facts: GenerationResult["facts"]) {
  return facts.map((f) => {
    const mark = factSpan({ kind: f.kind, sentence: f.source.sentence, start: f.source.start, end: f.source.end, data: f as unknown as Record<string, unknown> });
    const { sentence: _copy, ...offsets } = f.source;
    return {
      articleId,
      key: f.id,
      kind: f.kind,
      label: f.label,
      start: f.source.start,
      end: f.source.end,
      markStart: mark.start,
      markEnd: mark.end,
      contradicted: f.contradicted ?? false,
      dataJson: asJson({ ...f, source: offsets }),
    };
  });
}

/**
 * Facts stored before their marks were (an install upgraded in place): their marks, worked out
 * from the copy of the sentence those rows still carry in their data. Runs with the seed at every
 * start; once every row has its marks it finds nothing to do.
 */
export async function backfillFactMarks(): Promise<number> {
  const rows = await db.fact.findMany({ where: { markStart: null }, select: { id: true, kind: true, start: true, end: true, dataJson: true } });
  for (const some of batches(rows)) {
    await db.$transaction(
      some.map((row) => {
        const data = loadFactData(row);
        const sentence = data.source?.sentence ?? "";
        const mark = factSpan({ kind: row.kind, sentence, start: row.start, end: row.end, data });
        return db.fact.update({ where: { id: row.id }, data: { markStart: mark.start, markEnd: mark.end } });
      }),
    );
  }
  return rows.length;
}

export function issueRows(articleId: string, issues: GenerationResult["issues"]) {
  return issues.map((i) => ({
    articleId,
    kind: i.kind,
    message: i.message,
    sourcesJson: asJson(i.sources),
  }));
}

/**
 * A question's row: the one mapping from a question to the Question table, used by the seed, the
 * teacher's paste, a question written by hand, an import (with no article when it isn't linked)
 * and the test factories. A question the engine held
 * back is a draft whatever `status` asks (storedStatus).
 */
export function questionRow(articleId: string | null, q: Question, status: "draft" | "approved") {
  return {
    articleId,
    key: q.id,
    type: q.type,
    status: storedStatus(q, status),
    prompt: q.prompt,
    bodyJson: q,
    difficulty: q.difficulty,
    sentence: q.source.sentence,
    start: q.source.start,
    end: q.source.end,
  };
}

export function questionRows(articleId: string, questions: readonly Question[], status: "draft" | "approved") {
  return questions.map((q) => questionRow(articleId, q, status));
}

/** Version 1 of questions just stored: the same body, under the ids the rows were given. */
async function firstVersions(tx: Prisma.TransactionClient, articleId: string, questions: readonly Question[]) {
  const created = await tx.question.findMany({ where: { articleId, key: { in: questions.map((q) => q.id) } }, select: { id: true, key: true } });
  const byKey = new Map(questions.map((q) => [q.id, q]));
  return created.map((row) => ({ questionId: row.id, version: 1, bodyJson: byKey.get(row.key)! }));
}

type StoredRow = { id: string; key: string; status: string; version: number; origin: string; bodyJson: unknown };

/**
 * Questions stored before the engine judged them the way it does now (an install seeded before the
 * critic, or a critic that learnt a new check): when the engine's question is the same but its
 * verdict changed, the stored body takes the new verdict, so the teacher sees the current reasons.
 * A question newly held back leaves students: an approval given before the doubt existed was not
 * given knowing it. Only untouched engine questions (version 1) are refreshed: a teacher's edit is
 * theirs, and a changed question would change the grade of answers already given to it.
 */
async function refreshVerdicts(tx: Prisma.TransactionClient, stored: readonly StoredRow[], result: GenerationResult): Promise<void> {
  const byKey = new Map(result.questions.map((q) => [q.id, q]));
  for (const row of stored) {
    const now = byKey.get(row.key);
    if (!now || row.origin !== "generated" || row.version !== 1) continue;
    if (compareEngineBodies(loadStoredBody(row), now) !== "review") continue;
    const bodyJson = now;
    const demote = heldForReview(now) && row.status === "approved";
    await tx.question.update({ where: { id: row.id }, data: { bodyJson, ...(demote ? { status: "draft" } : {}) } });
    await tx.questionVersion.updateMany({ where: { questionId: row.id, version: 1 }, data: { bodyJson } });
  }
}

export type NewArticle = {
  slug: string;
  rawText: string;
  createdById: string;
  title: string;
  source?: string;
  published?: string;
};

/**
 * Stores a teacher's new article, its facts, findings and draft questions, in short steps.
 *
 * SQLite has one writer: storing the largest accepted paste in one transaction held the database
 * for 1-6 s, and every request waited behind it (/api/health included). Here each batch is its own
 * statement, so other requests get the database between them. Nobody sees the article until it is
 * whole: it is created `complete: false` (hidden by lib/questions/access.ts) and marked complete by
 * the last step; a step that fails deletes it, its rows going with it (cascade), so a failed paste
 * still leaves nothing behind. `onCreated` learns the article's id before any row refers to it, so
 * a job interrupted by a restart can remove what it had stored (lib/articles/jobs.ts).
 *
 * Refuses (Prisma P2002) a slug that is taken; the caller picks another.
 */
export async function storeNewArticle(input: NewArticle, result: GenerationResult, onCreated: (articleId: string) => Promise<void>): Promise<string> {
  const { id } = await db.article.create({
    data: { slug: input.slug, createdById: input.createdById, complete: false, ...articleRow(input, result) },
    select: { id: true },
  });
  try {
    await onCreated(id);
    for (const facts of batches(result.facts)) await db.fact.createMany({ data: factRows(id, facts) });
    for (const issues of batches(result.issues)) await db.articleIssue.createMany({ data: issueRows(id, issues) });
    for (const some of batches(result.questions)) {
      await db.question.createMany({ data: questionRows(id, some, "draft") });
      // Version 1 of each question, so later edits can keep grading old answers by it.
      await db.questionVersion.createMany({ data: await firstVersions(db, id, some) });
    }
    await db.article.update({ where: { id }, data: { complete: true } });
    return id;
  } catch (error) {
    await db.article.deleteMany({ where: { id } });
    throw error;
  }
}
