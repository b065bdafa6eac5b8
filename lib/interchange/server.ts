import "server-only";
// The questions an export or a worksheet is made of, checked against who asks: a set only for
// its owner; an article's bank (its approved questions) for any teacher who can see the article.
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { visibleArticlesWhere } from "@/lib/questions/access";
import { loadQuestion } from "@/lib/questions/store";
import type { Question } from "@/lib/question-types";
import { requireOwnSet } from "@/lib/sets/queries";
import { EXPORTERS } from "./index";
import { INTERCHANGE_FORMATS, type ExportResult, type InterchangeFormat } from "./types";

export type Collection = { kind: "set" | "article"; id: string; title: string; questions: Question[] };

/** A set's questions in the set's order. */
export async function setCollection(setId: string, user: SessionUser): Promise<Collection> {
  const set = await requireOwnSet(setId, user);
  const items = await db.questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { question: { select: { id: true, bodyJson: true } } } });
  return { kind: "set", id: set.id, title: set.title, questions: items.map((i) => loadQuestion(i.question)) };
}

/** An article's approved questions, in the article's order. */
export async function articleCollection(slug: string, user: SessionUser): Promise<Collection> {
  const article = await db.article.findFirst({ where: { AND: [{ slug }, visibleArticlesWhere(user.id)] }, select: { id: true, slug: true, title: true } });
  if (!article) throw new NotFoundError("That article isn't in your library.");
  const rows = await db.question.findMany({ where: { articleId: article.id, status: "approved" }, orderBy: [{ start: "asc" }, { createdAt: "asc" }], select: { id: true, bodyJson: true } });
  return { kind: "article", id: article.slug, title: article.title, questions: rows.map((r) => loadQuestion(r)) };
}

/** Every format's file for a collection (the panel shows each one's summary beside its link). */
export function exportsOf(c: Collection): Record<InterchangeFormat, ExportResult> {
  return Object.fromEntries(INTERCHANGE_FORMATS.map((f) => [f, EXPORTERS[f](c.questions, { title: c.title })])) as Record<InterchangeFormat, ExportResult>;
}

/** Articles a teacher may link imported questions to (every article they can see). */
export async function linkableArticles(user: SessionUser) {
  return db.article.findMany({ where: visibleArticlesWhere(user.id), orderBy: { createdAt: "desc" }, select: { slug: true, title: true }, take: 200 });
}
