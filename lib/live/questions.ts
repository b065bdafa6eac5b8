import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { CorruptDataError, NotFoundError, ValidationError } from "@/lib/errors";
import { visibleArticlesWhere } from "@/lib/questions/access";
import { loadQuestion } from "@/lib/questions/store";
import { questionSchema, type Question, type QuestionType } from "@/lib/question-types";
import { requireOwnSet } from "@/lib/sets/queries";
import { refused } from "./refusals";

// The questions a live game plays: a snapshot taken when the game is created (answer keys
// included, server-only), so editing the set during the game changes nothing mid-play.

/**
 * The types that fit a timed game on a phone: one tap or a short entry. Matching (drag pairs)
 * and evidence (reading a passage) take too long to read against a 20-second clock.
 */
export const LIVE_TYPES = ["single_choice", "multiple_select", "true_false", "numeric", "ordering", "fill_blank"] as const satisfies readonly QuestionType[];
export const isLiveType = (type: QuestionType): boolean => (LIVE_TYPES as readonly string[]).includes(type);

export const MAX_LIVE_QUESTIONS = 50;

const snapshotItem = z.object({
  question: questionSchema,
  article: z.object({ slug: z.string(), title: z.string() }).nullable(),
});
export type LiveQuestion = { question: Question; article: { slug: string; title: string } | null };
const snapshotSchema = z.array(snapshotItem);

/** The stored snapshot, checked; a corrupt one is our fault, never the players'. */
export function loadSnapshot(game: { id: string; questionsJson: unknown }): LiveQuestion[] {
  const parsed = snapshotSchema.safeParse(storedJson(game.questionsJson));
  if (!parsed.success) throw new CorruptDataError("LiveGame", game.id, "questionsJson");
  return parsed.data;
}

/** A live game's Json column as read: its value, or its text parsed (unreadable text reads as null, for the caller's check). */
export function storedJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export type GameSource = { kind: "set"; setId: string } | { kind: "article"; slug: string };

/** The title and playable questions of a set the teacher owns, or of an article they can see (its approved questions). */
export async function questionsFor(user: SessionUser, source: GameSource): Promise<{ title: string; setId: string | null; articleId: string | null; questions: LiveQuestion[] }> {
  if (source.kind === "set") {
    const set = await requireOwnSet(source.setId, user);
    const items = await db.questionSetItem.findMany({
      where: { setId: set.id, question: { status: "approved" } },
      orderBy: { position: "asc" },
      include: { question: { include: { article: { select: { slug: true, title: true } } } } },
    });
    const questions = items
      .map((item) => ({ question: loadQuestion(item.question), article: item.question.article }))
      .filter((q) => isLiveType(q.question.type))
      .slice(0, MAX_LIVE_QUESTIONS);
    if (questions.length === 0) throw refused(new ValidationError("This set has no approved questions a live game can play (choice, true/false, number, ordering or fill-in)."), "setNoLiveQuestions");
    return { title: set.title, setId: set.id, articleId: null, questions };
  }
  const article = await db.article.findFirst({ where: { AND: [visibleArticlesWhere(user.id), { slug: source.slug }] }, select: { id: true, slug: true, title: true } });
  if (!article) throw refused(new NotFoundError("We couldn't find that article."), "articleNotFound");
  const rows = await db.question.findMany({ where: { articleId: article.id, status: "approved" }, orderBy: [{ start: "asc" }, { key: "asc" }] });
  const questions = rows
    .map((row) => ({ question: loadQuestion(row), article: { slug: article.slug, title: article.title } }))
    .filter((q) => isLiveType(q.question.type))
    .slice(0, MAX_LIVE_QUESTIONS);
  if (questions.length === 0) throw refused(new ValidationError("This article has no approved questions a live game can play."), "articleNoLiveQuestions");
  return { title: article.title, setId: null, articleId: article.id, questions };
}
