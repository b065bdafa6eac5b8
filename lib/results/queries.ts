import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Question } from "@/lib/question-types";
import { effectiveDueAt } from "@/lib/assignments/manage-policy";
import { loadAnswer, loadQuestion, loadQuestionOrder } from "@/lib/data/loaders";
import { safeTimeZone } from "@/lib/time/zones";
import { analyseQuestions, isClosed, summariseStudents, type QuestionInput, type QuestionStats, type ResponseInput, type StudentRow } from "./aggregate";
import { attemptAnswers, buildGrid, type AttemptAnswers, type Grid, type OverrideNote } from "./answers";

export type AssignmentResults = {
  assignment: {
    id: string;
    title: string;
    classId: string;
    className: string;
    timeZone: string;
    opensAt: Date;
    dueAt: Date | null;
    timeLimitSec: number | null;
    attemptsAllowed: number;
  };
  students: StudentRow[];
  questions: QuestionStats[];
  /** Closed attempts by enrolled students: what the per-question analysis is based on. */
  closedAttempts: number;
  /** Every attempt of every enrolled student, with each answer of the closed ones (drill-down, long CSV). */
  attempts: AttemptAnswers[];
  /** Students × questions, each student's best attempt (the heatmap). */
  grid: Grid;
};

/** The assignment if it belongs to one of the teacher's classes; anyone else's is "not found". */
export async function ownedAssignment(assignmentId: string, user: Pick<SessionUser, "id">) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: user.id } },
    include: {
      class: { select: { id: true, name: true, timeZone: true } },
      set: { select: { title: true, items: { orderBy: { position: "asc" }, select: { questionId: true } } } },
    },
  });
  if (!assignment) throw new NotFoundError("We couldn't find that assignment.");
  return assignment;
}

/** Each stored version a response answered, keyed "questionId:version", plus today's questions. */
async function loadQuestions(questionIds: string[]) {
  const rows = await db.question.findMany({ where: { id: { in: questionIds } }, include: { article: { select: { slug: true } } } });
  const versions = await db.questionVersion.findMany({ where: { questionId: { in: questionIds } } });
  const current = new Map(rows.map((r) => [r.id, { row: r, question: loadQuestion(r) }]));
  const byVersion = new Map<string, Question>();
  for (const v of versions) byVersion.set(`${v.questionId}:${v.version}`, loadQuestion({ id: v.questionId, bodyJson: v.bodyJson }, "QuestionVersion"));
  const asAnswered = (questionId: string, version: number): Question | undefined => {
    const now = current.get(questionId);
    if (now && now.row.version === version) return now.question;
    return byVersion.get(`${questionId}:${version}`) ?? now?.question;
  };
  return { current, asAnswered };
}

/** The marks teachers changed on these attempts, oldest first, by response. */
async function loadOverrides(attemptIds: string[]): Promise<Map<string, OverrideNote[]>> {
  const rows = await db.answerOverride.findMany({
    where: { attemptId: { in: attemptIds } },
    orderBy: { createdAt: "asc" },
    select: { responseId: true, createdAt: true, reason: true, oldScore: true, newScore: true, teacher: { select: { name: true } } },
  });
  const out = new Map<string, OverrideNote[]>();
  for (const r of rows) {
    if (!r.responseId) continue;
    const note = { at: r.createdAt, by: r.teacher?.name ?? null, reason: r.reason, oldScore: r.oldScore, newScore: r.newScore };
    out.set(r.responseId, [...(out.get(r.responseId) ?? []), note]);
  }
  return out;
}

/**
 * Results of one assignment for its teacher: every enrolled student (started or not) and a
 * per-question analysis over the closed attempts of enrolled students. Another teacher's
 * assignment, or a missing one, is NotFoundError. Reads only: the page and the CSV downloads
 * close the assignment's overdue attempts first (closeOverdueFor in lib/attempts/close.ts).
 */
export async function getAssignmentResults(assignmentId: string, user: Pick<SessionUser, "id">): Promise<AssignmentResults> {
  const assignment = await ownedAssignment(assignmentId, user);

  const enrollments = await db.enrollment.findMany({
    where: { classId: assignment.classId },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const students = enrollments.map((e) => e.user);
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, userId: { in: students.map((s) => s.id) } },
    include: { responses: true },
  });

  const closed = attempts.filter((a) => isClosed(a.status));
  // The set's order first; then anything an attempt showed that has since left the set.
  const ids = assignment.set.items.map((i) => i.questionId);
  const shownCount = new Map<string, number>();
  for (const a of closed) {
    for (const id of new Set(loadQuestionOrder(a))) {
      shownCount.set(id, (shownCount.get(id) ?? 0) + 1);
      if (!ids.includes(id)) ids.push(id);
    }
  }
  const { current, asAnswered } = await loadQuestions(ids);
  const overrides = await loadOverrides(attempts.map((a) => a.id));
  // A student given a later due date hands in on time until then.
  const extensions = new Map(
    (await db.assignmentExtension.findMany({ where: { assignmentId: assignment.id }, select: { userId: true, dueAt: true } })).map((e) => [e.userId, e]),
  );
  const due = (userId: string) => effectiveDueAt(assignment.dueAt, extensions.get(userId));

  const responses: ResponseInput[] = [];
  for (const a of closed) {
    for (const r of a.responses) {
      const q = asAnswered(r.questionId, r.questionVersion);
      if (!q) continue;
      responses.push({ questionId: r.questionId, answer: loadAnswer(r), score: r.score, correct: r.correct, timeMs: r.timeMs, asAnswered: q });
    }
  }
  const questionInputs: QuestionInput[] = ids.flatMap((id) => {
    const q = current.get(id);
    return q ? [{ question: q.question, articleSlug: q.row.article?.slug ?? "", shown: shownCount.get(id) ?? 0 }] : [];
  });

  const questions = analyseQuestions(questionInputs, responses);
  const positions = new Map(questions.map((q) => [q.questionId, q.position]));
  const slugs = new Map([...current].map(([id, q]) => [id, q.row.article?.slug ?? ""]));
  const answers = attemptAnswers(
    attempts.map((a) => ({
      ...a,
      order: loadQuestionOrder(a),
      answers: a.responses.map((r) => ({ ...r, responseId: r.id, answer: loadAnswer(r) })),
    })),
    {
      asAnswered: (id, version) => (version === null ? current.get(id)?.question : asAnswered(id, version)),
      position: (id) => positions.get(id) ?? 0,
      sourceHref: (id, q) => `/articles/${slugs.get(id) ?? ""}?s=${q.source.start}-${q.source.end}#source`,
      overrides: (responseId) => overrides.get(responseId) ?? [],
      dueAt: due,
    },
  );
  const studentRows = summariseStudents(
    students,
    attempts.map(({ responses: _responses, ...a }) => a),
    due,
    assignment.closedAt,
  );

  return {
    assignment: {
      id: assignment.id,
      title: assignment.set.title,
      classId: assignment.class.id,
      className: assignment.class.name,
      timeZone: safeTimeZone(assignment.class.timeZone),
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      timeLimitSec: assignment.timeLimitSec,
      attemptsAllowed: assignment.attemptsAllowed,
    },
    students: studentRows,
    questions,
    closedAttempts: closed.length,
    attempts: answers,
    grid: buildGrid(questions, studentRows, answers),
  };
}
