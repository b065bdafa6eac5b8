// Rows for integration tests, written the way the seed writes them (lib/seed/demo.ts): plain
// Prisma creates, questions stored as the engine's JSON. Needs "@/test/db" imported first.
import { randomUUID } from "node:crypto";
import { practiceKey, type FeedbackMode } from "@/lib/attempts/policy";
import { questionRow } from "@/lib/articles/store";
import { db } from "@/lib/db";
import type { Question } from "@/lib/question-types";
import {
  fillBlank,
  matching,
  multipleSelect,
  numericPercent,
  ordering,
  singleChoice,
  trueFalse,
} from "@/lib/grading/test-fixtures";
import type { Role } from "@/lib/validation/auth";

/** One valid question of each of the seven types. */
export const ONE_PER_TYPE: readonly Question[] = [
  singleChoice,
  multipleSelect,
  trueFalse,
  numericPercent,
  fillBlank,
  ordering,
  matching,
];

function unique(): string {
  return randomUUID().slice(0, 8);
}

export async function createUser(opts: { role?: Role; name?: string } = {}) {
  const id = unique();
  return db.user.create({
    data: {
      email: `user-${id}@factdeck.test`,
      name: opts.name ?? `Test user ${id}`,
      role: opts.role ?? "student",
      // Sessions are faked (test/session.ts), so no one signs in with a password.
      passwordHash: "not-a-real-hash",
    },
  });
}

/** An article with one approved question per type (or the given ones). */
export async function createArticleWithQuestions(
  opts: { questions?: readonly Question[]; status?: "draft" | "approved" | "retired" } = {},
) {
  const slug = `test-article-${unique()}`;
  const rawText = "A sentence from the article. Another sentence from the article.";
  const article = await db.article.create({
    data: {
      slug,
      title: `Test article ${slug}`,
      rawText,
      wordCount: rawText.split(/\s+/).length,
      blocksJson: [],
    },
  });
  const questions = [];
  for (const q of opts.questions ?? ONE_PER_TYPE) {
    questions.push(
      // The store's own mapping (lib/articles/store.ts), with the status the test asks for as it is.
      await db.question.create({ data: { ...questionRow(article.id, q, "draft"), status: opts.status ?? "approved" } }),
    );
  }
  return { article, questions };
}

/** An in-progress practice attempt over the given questions, keyed like startPracticeAction keys it. */
export async function createAttempt(opts: {
  userId: string;
  articleId: string;
  questionIds: readonly string[];
  deadline?: Date | null;
  feedbackMode?: FeedbackMode;
  optionOrder?: Record<string, number[]>;
  oneAtATime?: boolean;
}) {
  return db.attempt.create({
    data: {
      userId: opts.userId,
      articleId: opts.articleId,
      activeKey: practiceKey(opts.userId, opts.articleId),
      questionOrder: [...opts.questionIds],
      deadline: opts.deadline ?? null,
      feedbackMode: opts.feedbackMode ?? "after_submit",
      optionOrder: opts.optionOrder ?? {},
      oneAtATime: opts.oneAtATime ?? false,
    },
  });
}

/** Everything about an attempt that a save or submit could change, for before/after comparisons. */
export async function snapshotAttempt(attemptId: string) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const responses = await db.response.findMany({ where: { attemptId }, orderBy: { questionId: "asc" } });
  return { attempt, responses };
}
