import "server-only";
import { db } from "@/lib/db";
import { loadBlocks } from "@/lib/data/loaders";
import { NotFoundError } from "@/lib/errors";
import { LIBRARY_WHERE } from "@/lib/questions/access";

export async function listArticles() {
  // A teacher's own article joins the library once it has approved questions (lib/questions/access.ts).
  const articles = await db.article.findMany({
    where: LIBRARY_WHERE,
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      source: true,
      published: true,
      wordCount: true,
      _count: { select: { facts: true, questions: { where: { status: "approved" } } } },
    },
  });
  return articles.map(({ _count, ...a }) => ({ ...a, factCount: _count.facts, questionCount: _count.questions }));
}

export async function getArticleForReading(slug: string) {
  const article = await db.article.findFirst({
    where: { AND: [{ slug }, LIBRARY_WHERE] },
    include: { facts: { orderBy: { start: "asc" }, select: { key: true, kind: true, label: true, start: true, end: true, markStart: true, markEnd: true } } },
  });
  if (!article) throw new NotFoundError("That article isn't in the library.");
  const blocks = loadBlocks(article);
  return { ...article, blocks };
}

export async function approvedQuestionIds(articleId: string): Promise<{ id: string; type: string }[]> {
  return db.question.findMany({ where: { articleId, status: "approved" }, select: { id: true, type: true }, orderBy: { key: "asc" } });
}
