import "server-only";
import { loadQuestion } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { countDue } from "@/lib/review/queries";
import { safeTimeZone } from "@/lib/time/zones";
import { KIND_LABELS, masteryBy, type Mastery, type ScoredAnswer } from "./mastery";
import { computeStreak, type Streak } from "./streak";

export type Progress = {
  name: string;
  timeZone: string;
  answered: number;
  accuracy: number | null;
  quizzes: number;
  streak: Streak;
  byArticle: (Mastery & { title: string; slug: string })[];
  byKind: (Mastery & { label: string })[];
  history: { id: string; at: string; percent: number; title: string }[];
  dueReviews: number;
};

/**
 * A student's progress from their graded answers. Callers check who may see it. For a teacher
 * (`teacherId`), assignments of other teachers' classes are left out: a teacher sees only their
 * own results, plus the student's own practice.
 */
export async function getProgress(userId: string, now = new Date(), teacherId?: string): Promise<Progress> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, timeZone: true } });
  if (!user) throw new NotFoundError("We couldn't find that student.");
  const timeZone = safeTimeZone(user.timeZone);

  const visible = teacherId ? { OR: [{ assignmentId: null }, { assignment: { class: { teacherId } } }] } : {};
  const [attempts, responses, reviewed, dueReviews] = await Promise.all([
    db.attempt.findMany({
      where: { userId, status: { not: "in_progress" }, submittedAt: { not: null }, ...visible },
      orderBy: { submittedAt: "asc" },
      select: { id: true, submittedAt: true, score: true, maxScore: true, article: { select: { title: true } }, assignment: { select: { set: { select: { title: true } } } } },
    }),
    db.response.findMany({ where: { attempt: { userId, ...visible }, score: { not: null } }, select: { questionId: true, score: true } }),
    db.reviewCard.findMany({ where: { userId, lastReview: { not: null } }, select: { lastReview: true } }),
    countDue(userId, now), // as the review queue counts them
  ]);

  // Question → article and fact kinds: one read of the distinct questions and their articles' facts.
  const questionIds = [...new Set(responses.map((r) => r.questionId))];
  const questions = await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, articleId: true, bodyJson: true } });
  // Engine fact ids per question, read once per distinct question (not per answer).
  // An imported question with no article (lib/interchange) belongs to no article's progress.
  const articleIds = [...new Set(questions.flatMap((q) => (q.articleId === null ? [] : [q.articleId])))];
  const [articles, facts] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, slug: true } }),
    db.fact.findMany({ where: { articleId: { in: articleIds } }, select: { articleId: true, key: true, kind: true } }),
  ]);
  const kindOf = new Map(facts.map((f) => [`${f.articleId}:${f.key}`, f.kind]));
  const meta = new Map(
    questions.flatMap((q) => {
      if (q.articleId === null) return [];
      const kinds = loadQuestion(q).factIds.map((k) => kindOf.get(`${q.articleId}:${k}`) ?? "other");
      return [[q.id, { articleId: q.articleId, kinds: kinds.length ? kinds : ["other"] }] as const];
    }),
  );
  const scored: ScoredAnswer[] = responses.flatMap((r) => {
    const m = meta.get(r.questionId);
    return m ? [{ score: r.score ?? 0, ...m }] : [];
  });

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const credit = scored.reduce((sum, a) => sum + a.score, 0);
  const activity = [...attempts.map((a) => a.submittedAt!), ...reviewed.map((r) => r.lastReview!)];
  return {
    name: user.name,
    timeZone,
    answered: scored.length,
    accuracy: scored.length ? Math.round((credit / scored.length) * 100) : null,
    quizzes: attempts.length,
    streak: computeStreak(activity, now, timeZone),
    byArticle: masteryBy(scored, (a) => [a.articleId]).map((m) => ({ ...m, title: articleById.get(m.key)?.title ?? "Article", slug: articleById.get(m.key)?.slug ?? "" })),
    byKind: masteryBy(scored, (a) => a.kinds).map((m) => ({ ...m, label: KIND_LABELS[m.key] ?? m.key })),
    history: attempts.map((a) => ({
      id: a.id,
      at: a.submittedAt!.toISOString(),
      percent: a.maxScore ? Math.round(((a.score ?? 0) / a.maxScore) * 100) : 0,
      title: a.article?.title ?? a.assignment?.set.title ?? "Quiz",
    })),
    dueReviews,
  };
}

/** A teacher may see the progress of a student enrolled in one of their classes; anyone else is missing. */
export async function getStudentProgressForTeacher(studentId: string, teacherId: string, now = new Date()): Promise<Progress> {
  const enrolled = await db.enrollment.findFirst({ where: { userId: studentId, class: { teacherId } }, select: { id: true } });
  if (!enrolled) throw new NotFoundError("We couldn't find that student.");
  return getProgress(studentId, now, teacherId);
}
