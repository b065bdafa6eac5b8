import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { loadBlocks, loadIssueSources } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { analyse } from "@/lib/generation";
import { canEditArticle, requireEditableArticle, requireEditableQuestion, visibleArticlesWhere } from "./access";
import { editMakesCopy, mayChangeStatus } from "./ownership";
import { countReview, heldForReview, matchesStatusFilter, type BankStatusFilter } from "./review";
import { loadQuestion } from "./store";
import { QUESTION_STATUSES } from "@/lib/validation/questions";

export async function listQuestionBanks(user: SessionUser) {
  const articles = await db.article.findMany({
    where: visibleArticlesWhere(user.id),
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, title: true, source: true, published: true, createdById: true, _count: { select: { issues: true, facts: true } } },
  });
  const counts = await db.question.groupBy({ by: ["articleId", "status"], where: { articleId: { in: articles.map((a) => a.id) } }, _count: { _all: true } });
  // The critic's verdict is in the question body: read the drafts of the banks this teacher may review.
  const editableIds = articles.filter((a) => canEditArticle(a, user)).map((a) => a.id);
  const drafts = await db.question.findMany({ where: { articleId: { in: editableIds }, status: "draft" }, select: { id: true, articleId: true, bodyJson: true, version: true } });
  const held = new Map<string, number>();
  for (const row of drafts) if (heldForReview(loadQuestion(row))) held.set(row.articleId ?? "", (held.get(row.articleId ?? "") ?? 0) + 1);
  return articles.map(({ _count, ...a }) => {
    const byStatus = Object.fromEntries(counts.filter((c) => c.articleId === a.id).map((c) => [c.status, c._count._all]));
    return {
      ...a,
      mine: a.createdById === user.id,
      editable: canEditArticle(a, user),
      issueCount: _count.issues,
      factCount: _count.facts,
      byStatus: byStatus as Record<string, number>,
      needsReview: held.get(a.id) ?? 0,
    };
  });
}

export type BankFilters = { type?: string; status?: BankStatusFilter; kind?: string; fact?: string };

/**
 * Teacher view of one article's bank, answer keys included (teachers review them). Someone else's
 * article shows only its approved questions, read-only; one the teacher can't see is NotFound.
 */
export async function getQuestionBank(slug: string, user: SessionUser, filters: BankFilters) {
  const article = await db.article.findFirst({
    where: { AND: [{ slug }, visibleArticlesWhere(user.id)] },
    include: {
      issues: true,
      facts: { orderBy: { start: "asc" }, select: { key: true, kind: true, label: true, start: true, end: true, markStart: true, markEnd: true } },
      questions: { orderBy: [{ start: "asc" }, { key: "asc" }] },
    },
  });
  if (!article) throw new NotFoundError("That article isn't in your library.");
  const editable = canEditArticle(article, user);
  const factKeys = filters.fact
    ? new Set([filters.fact])
    : filters.kind
      ? new Set(article.facts.filter((f) => f.kind === filters.kind).map((f) => f.key))
      : null;
  const all = article.questions
    .filter((q) => editable || q.status === "approved")
    .map((row) => {
      const owned = { createdById: row.createdById, article };
      return {
        status: row.status,
        version: row.version,
        origin: row.origin,
        question: loadQuestion(row),
        /** Which statuses this teacher may move it to, and whether an edit makes their own copy. */
        statusChoices: QUESTION_STATUSES.filter((to) => to !== row.status && mayChangeStatus(user, owned, row.status, to)),
        makesCopy: editMakesCopy(user, owned),
        copy: row.copiedFromId !== null && row.createdById === user.id,
      };
    });
  const quizzed = new Set(all.flatMap(({ question }) => question.factIds));
  const questions = all.filter(
    ({ status, origin, question }) =>
      (!filters.type || question.type === filters.type) &&
      matchesStatusFilter(filters.status, { status, origin }, question) &&
      (!factKeys || question.factIds.some((k) => factKeys.has(k))),
  );
  return {
    article: {
      id: article.id,
      slug: article.slug,
      title: article.title,
      source: article.source,
      published: article.published,
      rawText: article.rawText,
      blocks: loadBlocks(article),
      mine: article.createdById === user.id,
    },
    editable,
    facts: article.facts,
    /** The facts the bank has questions on: what filtering by fact can find (a long article has far more facts). */
    quizzedFacts: article.facts.filter((f) => quizzed.has(f.key)),
    issues: article.issues.map((i) => ({ id: i.id, kind: i.kind, message: i.message, sources: loadIssueSources(i) })),
    total: all.length,
    /** Drafts "Approve all ready" would approve, and drafts the engine held back for review. */
    review: countReview(all.map(({ status, origin, question }) => ({ row: { status, origin }, question }))),
    questions,
  };
}

/** A question with its answer key, for its editor. Only for whoever may edit it. */
export async function getQuestionForEdit(questionId: string, user: SessionUser) {
  const row = await requireEditableQuestion(questionId, user);
  return {
    question: loadQuestion(row),
    version: row.version,
    status: row.status,
    origin: row.origin,
    slug: row.article.slug,
    articleTitle: await articleTitle(row.article.id),
    makesCopy: editMakesCopy(user, row),
  };
}

async function articleTitle(id: string) {
  return (await db.article.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
}

/** The engine's sentences of an article the teacher may edit, for tying a hand-written question to one. */
export async function getArticleSentences(slug: string, user: SessionUser) {
  const article = await requireEditableArticle({ slug }, user);
  const { sentences } = analyse(article.rawText, article.published ? { referenceDate: article.published } : {});
  return { slug: article.slug, title: article.title, sentences: sentences.map((s) => ({ index: s.index, text: s.text })) };
}
