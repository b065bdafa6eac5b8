import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { visibleArticlesWhere } from "@/lib/questions/access";
import { loadQuestion } from "@/lib/questions/store";

/** A set of the teacher's own; anyone else's looks missing. */
export async function requireOwnSet(setId: string, user: Pick<SessionUser, "id">) {
  const set = await db.questionSet.findFirst({ where: { id: setId, ownerId: user.id } });
  if (!set) throw new NotFoundError("We couldn't find that question set.");
  return set;
}

export async function listSets(user: SessionUser) {
  const sets = await db.questionSet.findMany({
    where: { ownerId: user.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, description: true, updatedAt: true, _count: { select: { items: true, assignments: true } } },
  });
  return sets.map(({ _count, ...s }) => ({ ...s, itemCount: _count.items, assignmentCount: _count.assignments }));
}

/** One of the teacher's sets with its questions in order (answer keys included: it is their set). */
export async function getSet(setId: string, user: SessionUser) {
  await requireOwnSet(setId, user);
  const set = await db.questionSet.findUniqueOrThrow({
    where: { id: setId },
    include: {
      _count: { select: { assignments: true } },
      items: { orderBy: { position: "asc" }, include: { question: { include: { article: { select: { slug: true, title: true } } } } } },
    },
  });
  return {
    id: set.id,
    title: set.title,
    description: set.description,
    assignmentCount: set._count.assignments,
    items: set.items.map((item) => ({
      position: item.position,
      status: item.question.status,
      articleId: item.question.articleId,
      article: item.question.article,
      question: loadQuestion(item.question),
    })),
  };
}

/**
 * Where the teacher can pick questions from: every article they can see that has approved
 * questions, and (for the chosen article) those questions.
 */
export async function getQuestionPicker(user: SessionUser, articleSlug: string | undefined) {
  const articles = await db.article.findMany({
    where: { AND: [visibleArticlesWhere(user.id), { questions: { some: { status: "approved" } } }] },
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, title: true, _count: { select: { questions: { where: { status: "approved" } } } } },
  });
  const chosen = articles.find((a) => a.slug === articleSlug) ?? articles[0];
  const questions = chosen
    ? await db.question.findMany({ where: { articleId: chosen.id, status: "approved" }, orderBy: [{ start: "asc" }, { key: "asc" }] })
    : [];
  return {
    articles: articles.map((a) => ({ slug: a.slug, title: a.title, approvedCount: a._count.questions })),
    chosen: chosen ? { id: chosen.id, slug: chosen.slug, title: chosen.title } : null,
    questions: questions.map((row) => loadQuestion(row)),
  };
}
