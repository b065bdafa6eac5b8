import "server-only";
// Who may see and change an article's question bank. The rule, in one place:
// - the library's shared articles (no creator: the seed and other shipped content) are visible
//   to everyone and editable by any teacher;
// - an article a teacher added is theirs: only they see its bank and edit it, until it has an
//   approved question — from then on it is in the library for everyone (read-only to others),
//   so other teachers can put its approved questions in their sets and students can practise it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

const LIBRARY_OR: Prisma.ArticleWhereInput[] = [{ createdById: null }, { questions: { some: { status: "approved" } } }];

/**
 * Articles anyone may read: shared content, or a teacher's article once it has approved questions.
 * Never one still being stored by a generation job (`complete: false`, lib/articles/store.ts).
 */
export const LIBRARY_WHERE: Prisma.ArticleWhereInput = { complete: true, OR: LIBRARY_OR };

/** Articles a teacher sees in the bank overview: the library plus their own. */
export function visibleArticlesWhere(userId: string): Prisma.ArticleWhereInput {
  return { complete: true, OR: [...LIBRARY_OR, { createdById: userId }] };
}

export function canEditArticle(article: { createdById: string | null }, user: Pick<SessionUser, "id">): boolean {
  return article.createdById === null || article.createdById === user.id;
}

/** The article if the teacher may edit its bank; NotFound if they can't even see it. */
export async function requireEditableArticle(where: Prisma.ArticleWhereUniqueInput, user: SessionUser) {
  const article = await db.article.findFirst({ where: { AND: [where, visibleArticlesWhere(user.id)] } });
  if (!article) throw new NotFoundError("That article isn't in your library.");
  if (!canEditArticle(article, user)) throw new ForbiddenError("Only the teacher who added this article can change its questions.");
  return article;
}

/** The question (with its article) if the teacher may edit it. Editing happens in an article's
 *  bank, so a question imported without an article (lib/interchange) isn't edited here. */
export async function requireEditableQuestion(questionId: string, user: SessionUser) {
  const question = await db.question.findUnique({ where: { id: questionId }, include: { article: { select: { id: true, slug: true, createdById: true } } } });
  if (!question) throw new NotFoundError("That question no longer exists.");
  const { article } = question;
  if (!article) throw new ValidationError("This question was imported without an article, so it has no bank to edit it in. Edit it in the file and import it again.");
  await requireEditableArticle({ id: article.id }, user);
  return { ...question, articleId: article.id, article };
}
