import "server-only";
import { db } from "@/lib/db";
import { effectiveDueAt } from "@/lib/assignments/manage-policy";
import { loadQuestionOrder } from "@/lib/data/loaders";
import { assignmentKeysPublic, assignmentKeysVisible } from "./policy";

// One rule for keys: a question's key leaves the server only when the feedback rules of the
// asker's context allow it. An assignment's questions are "withheld" from a student until its
// feedback is visible to them (policy.ts, assignmentKeysVisible), and from a signed-out visitor
// until it is past due. Withheld questions are not served, graded or explained by the review
// queue, practice quizzes or the demo; the assignment's own pages follow its feedback mode.

const openAt = (now: Date) => ({ OR: [{ dueAt: null }, { dueAt: { gt: now } }] });

/** Question ids whose keys may not reach this student yet by any path but the assignment itself. */
export async function withheldFromStudent(userId: string, now = new Date()): Promise<Set<string>> {
  const assignments = await db.assignment.findMany({
    where: {
      // Not yet due for everyone, or not yet due for this student (an extension's later due date).
      OR: [...openAt(now).OR, { extensions: { some: { userId, dueAt: { gt: now } } } }],
      // Their classes' assignments, and any they took (a student removed from a class keeps their cards).
      AND: [{ OR: [{ class: { enrollments: { some: { userId } } } }, { attempts: { some: { userId } } }] }],
    },
    select: {
      dueAt: true,
      setId: true,
      attempts: { where: { userId }, select: { id: true, status: true, feedbackMode: true, questionOrder: true } },
      extensions: { where: { userId }, select: { dueAt: true } },
    },
  });
  const hidden = assignments.filter((a) => !assignmentKeysVisible({ dueAt: effectiveDueAt(a.dueAt, a.extensions[0]) }, a.attempts, now));
  const ids = new Set<string>();
  // The questions the student was given (the set may have changed since) and the set's questions now.
  for (const a of hidden) for (const attempt of a.attempts) for (const id of loadQuestionOrder(attempt)) ids.add(id);
  for (const id of await setQuestionIds(hidden.map((a) => a.setId))) ids.add(id);
  return ids;
}

/** Question ids in any assignment a signed-out visitor may not learn keys of (every one not yet past due). */
export async function withheldFromPublic(now = new Date()): Promise<Set<string>> {
  const assignments = await db.assignment.findMany({ where: openAt(now), select: { dueAt: true, setId: true } });
  return new Set(await setQuestionIds(assignments.filter((a) => !assignmentKeysPublic(a, now)).map((a) => a.setId)));
}

async function setQuestionIds(setIds: string[]): Promise<string[]> {
  if (setIds.length === 0) return [];
  const items = await db.questionSetItem.findMany({ where: { setId: { in: [...new Set(setIds)] } }, select: { questionId: true } });
  return items.map((i) => i.questionId);
}
