import "server-only";
import { loadQuestion } from "@/lib/data/loaders";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { countDue } from "@/lib/review/queries";
import { loadSnapshot } from "@/lib/live/questions";
import { safeTimeZone } from "@/lib/time/zones";
import { gameProgress } from "./live";
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
  /** Finished quizzes and live games played signed in, oldest first; `live` marks a game. */
  history: { id: string; at: string; percent: number; title: string; live: boolean }[];
  dueReviews: number;
};

/**
 * A student's progress from their graded answers: finished quizzes, and live games they played
 * signed in (ended games; lib/progress/live.ts). Callers check who may see it. For a teacher
 * (`teacherId`), assignments of other teachers' classes and games other teachers hosted are left
 * out: a teacher sees only their own results, plus the student's own practice.
 */
export async function getProgress(userId: string, now = new Date(), teacherId?: string): Promise<Progress> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, timeZone: true } });
  if (!user) throw new NotFoundError("We couldn't find that student.");
  const timeZone = safeTimeZone(user.timeZone);

  const visible = teacherId ? { OR: [{ assignmentId: null }, { assignment: { class: { teacherId } } }] } : {};
  const [attempts, responses, games, reviewed, dueReviews] = await Promise.all([
    db.attempt.findMany({
      where: { userId, status: { not: "in_progress" }, submittedAt: { not: null }, ...visible },
      orderBy: { submittedAt: "asc" },
      select: { id: true, submittedAt: true, score: true, maxScore: true, article: { select: { title: true } }, assignment: { select: { set: { select: { title: true } } } } },
    }),
    db.response.findMany({ where: { attempt: { userId, ...visible }, score: { not: null } }, select: { questionId: true, score: true } }),
    db.livePlayer.findMany({
      where: { userId, kickedAt: null, game: { status: "ended", endedAt: { not: null }, ...(teacherId ? { hostId: teacherId } : {}) } },
      select: {
        game: { select: { id: true, title: true, endedAt: true, questionIndex: true, questionsJson: true } },
        answers: { select: { questionIndex: true, fraction: true, createdAt: true } },
      },
    }),
    db.reviewCard.findMany({ where: { userId, lastReview: { not: null } }, select: { lastReview: true } }),
    countDue(userId, now), // as the review queue counts them
  ]);

  const played = games.flatMap(({ game, answers }) => {
    const progress = gameProgress({
      id: game.id,
      title: game.title,
      endedAt: game.endedAt!,
      played: game.questionIndex + 1,
      questionIds: loadSnapshot(game).map((item) => item.question.id),
      answers,
    });
    return progress ? [{ ...progress, answeredAt: answers.map((a) => a.createdAt) }] : [];
  });
  const answers = [...responses.map((r) => ({ questionId: r.questionId, score: r.score ?? 0 })), ...played.flatMap((g) => g.answers)];

  // Question → article and fact kinds: one read of the distinct questions and their articles' facts.
  const questionIds = [...new Set(answers.map((r) => r.questionId))];
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
  // An answer to a question since deleted from the bank (a live game's snapshot outlives it) has no article to count towards.
  const scored: ScoredAnswer[] = answers.flatMap((r) => {
    const m = meta.get(r.questionId);
    return m ? [{ score: r.score, ...m }] : [];
  });

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const credit = scored.reduce((sum, a) => sum + a.score, 0);
  const activity = [...attempts.map((a) => a.submittedAt!), ...played.flatMap((g) => g.answeredAt), ...reviewed.map((r) => r.lastReview!)];
  return {
    name: user.name,
    timeZone,
    answered: scored.length,
    accuracy: scored.length ? Math.round((credit / scored.length) * 100) : null,
    quizzes: attempts.length + played.length,
    streak: computeStreak(activity, now, timeZone),
    byArticle: masteryBy(scored, (a) => [a.articleId]).map((m) => ({ ...m, title: articleById.get(m.key)?.title ?? "Article", slug: articleById.get(m.key)?.slug ?? "" })),
    byKind: masteryBy(scored, (a) => a.kinds).map((m) => ({ ...m, label: KIND_LABELS[m.key] ?? m.key })),
    history: [
      ...attempts.map((a) => ({
        id: a.id,
        at: a.submittedAt!.toISOString(),
        percent: a.maxScore ? Math.round(((a.score ?? 0) / a.maxScore) * 100) : 0,
        title: a.article?.title ?? a.assignment?.set.title ?? "Quiz",
        live: false,
      })),
      ...played.map((g) => g.history),
    ].sort((a, b) => a.at.localeCompare(b.at)),
    dueReviews,
  };
}

/** A teacher may see the progress of a student enrolled in one of their classes; anyone else is missing. */
export async function getStudentProgressForTeacher(studentId: string, teacherId: string, now = new Date()): Promise<Progress> {
  const enrolled = await db.enrollment.findFirst({ where: { userId: studentId, class: { teacherId } }, select: { id: true } });
  if (!enrolled) throw new NotFoundError("We couldn't find that student.");
  return getProgress(studentId, now, teacherId);
}
