import "server-only";
import { assignmentKey, assignmentQuestionOrder } from "@/lib/assignments/policy";
import { closeAttempt } from "@/lib/attempts/close";
import { createOrResumeAttempt } from "@/lib/attempts/create";
import { db } from "@/lib/db";
import { createRng } from "@/lib/generation/random";
import { loadQuestion } from "@/lib/questions/store";
import { demoResponse } from "./demo-answers";

// The demo class's work, so a first start shows the teacher loop alive (issue 14): results with
// varied scores, item analysis, a class board with points. Each attempt is made as a student's
// would be (createOrResumeAttempt: the assignment's question order, option order and deadline),
// its answers stored in canonical form as the autosave stores them, and it is graded and closed
// by closeAttempt, the one path that writes scores, PointsEntry, WeeklyPoints and review cards.

/** How one demo student did on one assignment. */
export type DemoWork = {
  userId: string;
  /** Share of questions answered right, drawn per question. */
  skill: number;
  /** Minutes after the assignment opened that the student started. */
  startedAfterMin: number;
  /** Minutes spent; null: still in progress (some answers saved, not submitted). */
  tookMin: number | null;
  /** Submitted this many seconds after the due date (inside the grace a submit is allowed): late. */
  lateBySec?: number;
  seed: number;
};

/**
 * Attempts at one assignment, once: an assignment that already has any attempt is left alone, so
 * re-running the seed neither duplicates nor disturbs a real student's work. Returns how many it made.
 */
export async function seedAssignmentAttempts(assignmentId: string, work: readonly DemoWork[], now = new Date()): Promise<number> {
  if ((await db.attempt.count({ where: { assignmentId } })) > 0) return 0;
  const assignment = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    include: { set: { select: { items: { select: { position: true, question: { select: { id: true, status: true } } } } } } },
  });
  let made = 0;
  for (const w of work) {
    const questionIds = assignmentQuestionOrder(assignment.set.items, assignment.shuffleQuestions, w.seed);
    if (questionIds.length === 0) continue;
    const startedAt = new Date(assignment.opensAt.getTime() + w.startedAfterMin * 60_000);
    const late = w.lateBySec !== undefined && assignment.dueAt !== null;
    const closedAt = late ? new Date(assignment.dueAt!.getTime() + w.lateBySec! * 1000) : w.tookMin === null ? null : new Date(startedAt.getTime() + w.tookMin * 60_000);
    if (closedAt && closedAt.getTime() > now.getTime()) continue; // never a submission in the future
    const attemptId = await createOrResumeAttempt({
      userId: w.userId,
      activeKey: assignmentKey(w.userId, assignment.id),
      assignmentId: assignment.id,
      questionIds,
      feedbackMode: assignment.feedbackMode,
      timeLimitSec: assignment.timeLimitSec,
      closesAt: assignment.dueAt,
      shuffleOptions: assignment.shuffleOptions,
      oneAtATime: assignment.oneAtATime,
      seed: w.seed,
    });
    await db.attempt.update({ where: { id: attemptId }, data: { startedAt } });

    // An attempt in progress has answered about half its questions so far.
    const answering = closedAt ? questionIds : questionIds.slice(0, Math.ceil(questionIds.length / 2));
    const rows = await db.question.findMany({ where: { id: { in: answering } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const rng = createRng(w.seed);
    const span = (closedAt ?? now).getTime() - startedAt.getTime();
    await db.response.createMany({
      data: answering.map((questionId, i) => {
        const row = byId.get(questionId)!;
        const timeMs = Math.round(Math.min(span / (answering.length + 1), 120_000) * (0.6 + 0.8 * rng.next()));
        return {
          attemptId,
          questionId,
          questionVersion: row.version,
          answerJson: demoResponse(loadQuestion(row), rng.next() < w.skill),
          answeredAt: new Date(startedAt.getTime() + ((i + 1) * span) / (answering.length + 1)),
          timeMs,
        };
      }),
    });
    if (closedAt) await closeAttempt(attemptId, "submitted", closedAt);
    made++;
  }
  return made;
}
