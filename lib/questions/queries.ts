import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { SourceRef } from "@/lib/generation/types";
import { loadQuestion } from "./store";

export async function listQuestionBanks() {
  const articles = await db.article.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, title: true, _count: { select: { issues: true, facts: true } } },
  });
  const counts = await db.question.groupBy({ by: ["articleId", "status"], _count: { _all: true } });
  return articles.map((a) => {
    const byStatus = Object.fromEntries(counts.filter((c) => c.articleId === a.id).map((c) => [c.status, c._count._all]));
    return { ...a, issueCount: a._count.issues, factCount: a._count.facts, byStatus: byStatus as Record<string, number> };
  });
}

/** Teacher view of one article's bank: includes answer keys (teachers review them). */
export async function getQuestionBank(slug: string, filters: { type?: string; status?: string }) {
  const article = await db.article.findUnique({
    where: { slug },
    include: {
      issues: true,
      questions: {
        where: { ...(filters.type ? { type: filters.type } : {}), ...(filters.status ? { status: filters.status } : {}) },
        orderBy: [{ start: "asc" }, { key: "asc" }],
      },
    },
  });
  if (!article) throw new NotFoundError("That article isn't in the library.");
  return {
    article: { id: article.id, slug: article.slug, title: article.title },
    issues: article.issues.map((i) => ({ id: i.id, kind: i.kind, message: i.message, sources: JSON.parse(i.sourcesJson) as SourceRef[] })),
    questions: article.questions.map((row) => ({ status: row.status, version: row.version, question: loadQuestion(row) })),
  };
}
