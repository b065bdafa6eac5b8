import "server-only";
import { pickPracticeQuestions } from "@/lib/attempts/select";
import { withheldFromPublic } from "@/lib/attempts/withheld";
import { db } from "@/lib/db";
import type { PublicQuestion } from "@/lib/question-types";
import { loadPublicQuestion } from "@/lib/questions/store";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";

export const DEMO_QUESTION_COUNT = 8;
// A fixed seed: every visitor gets the same well-mixed quiz, so the landing page can promise
// "8 questions" and a shared link shows the same questions. Selection itself is pure.
const DEMO_SEED = 20250623;

export type DemoQuiz = { articleSlug: string; articleTitle: string; questions: PublicQuestion[] };

/** The seed article's approved questions, answer keys included. Server-only, like the bank. */
async function demoQuestionRows() {
  return db.question.findMany({
    where: { status: "approved", article: { slug: SEED_ARTICLE_SLUG } },
    select: { id: true, articleId: true, type: true, sentence: true, bodyJson: true, version: true },
    orderBy: { key: "asc" },
  });
}

/**
 * The questions the demo serves now, answer keys included (server-only): the seed article's
 * approved questions that are in no assignment still open (a visitor — or a student signed out
 * — would otherwise learn an assignment's answers before its teacher shows them), mixed by the
 * fixed seed. The grader grades only these: being a pure function of the bank, recomputing it is
 * the record of what was served, with no session or token to keep.
 */
export async function servedDemoRows(now = new Date()) {
  const withheld = await withheldFromPublic(now);
  const bank = (await demoQuestionRows()).filter((row) => !withheld.has(row.id));
  return pickPracticeQuestions(bank, DEMO_QUESTION_COUNT, DEMO_SEED);
}

/** The visitor's demo quiz, without answer keys; null when the seed article isn't installed. */
export async function getDemoQuiz(): Promise<DemoQuiz | null> {
  const article = await db.article.findUnique({ where: { slug: SEED_ARTICLE_SLUG }, select: { slug: true, title: true } });
  if (!article) return null;
  const rows = await servedDemoRows();
  return { articleSlug: article.slug, articleTitle: article.title, questions: rows.map(loadPublicQuestion) };
}
