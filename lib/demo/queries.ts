import "server-only";
import { pickPracticeQuestions } from "@/lib/attempts/select";
import { db } from "@/lib/db";
import type { PublicQuestion } from "@/lib/generation/question-schema";
import { loadPublicQuestion } from "@/lib/questions/store";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";

export const DEMO_QUESTION_COUNT = 8;
// A fixed seed: every visitor gets the same well-mixed quiz, so the landing page can promise
// "8 questions" and a shared link shows the same questions. Selection itself is pure.
const DEMO_SEED = 20250623;

export type DemoQuiz = { articleSlug: string; articleTitle: string; questions: PublicQuestion[] };

/** The seed article's approved questions, answer keys included. Server-only, like the bank. */
export async function demoQuestionRows(ids?: readonly string[]) {
  return db.question.findMany({
    where: { status: "approved", article: { slug: SEED_ARTICLE_SLUG }, ...(ids ? { id: { in: [...ids] } } : {}) },
    select: { id: true, type: true, sentence: true, bodyJson: true, version: true },
    orderBy: { key: "asc" },
  });
}

/** The visitor's demo quiz, without answer keys; null when the seed article isn't installed. */
export async function getDemoQuiz(): Promise<DemoQuiz | null> {
  const article = await db.article.findUnique({ where: { slug: SEED_ARTICLE_SLUG }, select: { slug: true, title: true } });
  if (!article) return null;
  const rows = pickPracticeQuestions(await demoQuestionRows(), DEMO_QUESTION_COUNT, DEMO_SEED);
  return { articleSlug: article.slug, articleTitle: article.title, questions: rows.map(loadPublicQuestion) };
}
