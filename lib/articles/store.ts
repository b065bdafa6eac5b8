import "server-only";
import { db } from "@/lib/db";
import type { GenerationResult } from "@/lib/generation/types";
import { articleRow, batches, factRows, issueRows, questionRows } from "@/lib/seed/articles";

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
      const created = await db.question.findMany({ where: { articleId: id, key: { in: some.map((q) => q.id) } }, select: { id: true, bodyJson: true } });
      await db.questionVersion.createMany({ data: created.map((q) => ({ questionId: q.id, version: 1, bodyJson: q.bodyJson })) });
    }
    await db.article.update({ where: { id }, data: { complete: true } });
    return id;
  } catch (error) {
    await db.article.deleteMany({ where: { id } });
    throw error;
  }
}
