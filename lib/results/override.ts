import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db, lockRow } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { pointsForAttempt } from "@/lib/leaderboard/points";
import { loadQuestionOrder } from "@/lib/data/loaders";
import { isoWeekOf } from "@/lib/time/zones";
import { isClosed } from "./aggregate";

// A teacher changes the mark of one graded answer (issue 14). Grading happens once, when the
// attempt closes (docs/decisions/0004-grade-once.md), and writes the attempt's PointsEntry; an
// override never rewrites that entry. It records itself (AnswerOverride: who, when, why, the
// scores before and after) with the points it adds or takes away, and moves the answer's mark,
// the attempt's score, User.points and the WeeklyPoints of the week the attempt counted in by
// the same amount, in one transaction. So at every moment, for every student:
//   User.points = Σ PointsEntry.points + Σ AnswerOverride.pointsDelta + Σ LivePointsEntry.points
// and for each attempt, its ledger total = pointsForAttempt(its current score).

export type OverrideInput = { responseId: string; score: number; reason: string };

export type OverrideOutcome = {
  attemptId: string;
  studentId: string;
  oldScore: number;
  newScore: number;
  attemptScore: number;
  pointsDelta: number;
};

const roundScore = (x: number) => Math.round(x * 1e6) / 1e6;

/** The answer if it is in a closed attempt at an assignment of one of the teacher's classes; else "not found". */
async function ownedResponse(responseId: string, teacher: Pick<SessionUser, "id">) {
  const response = await db.response.findFirst({
    where: { id: responseId, attempt: { assignment: { class: { teacherId: teacher.id } } } },
    select: { id: true, attemptId: true },
  });
  if (!response) throw new NotFoundError("We couldn't find that answer.");
  return response;
}

export async function overrideAnswer(teacher: Pick<SessionUser, "id">, input: OverrideInput, now = new Date()): Promise<OverrideOutcome> {
  const { attemptId } = await ownedResponse(input.responseId, teacher);
  return db.$transaction(async (tx) => {
    // Overrides of one attempt take turns: each reads the marks the one before left.
    await lockRow(tx, "Attempt", attemptId);
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { responses: true, pointsEntry: true, overrides: { select: { pointsDelta: true } }, assignment: { select: { classId: true } } },
    });
    if (!isClosed(attempt.status)) throw new ValidationError("This attempt is still in progress: its answers are marked when it is handed in.");
    const response = attempt.responses.find((r) => r.id === input.responseId)!;
    const oldScore = response.score ?? 0;
    const newScore = roundScore(input.score);
    if (newScore === oldScore) throw new ValidationError(`That answer already has ${newScore} of 1 point: nothing to change.`);

    // The conditional write is the claim: an override that raced this one and changed the mark
    // first leaves this one nothing to match, so it changes nothing (the teacher reloads to see).
    const newCorrect = newScore >= 1;
    const claimed = await tx.response.updateMany({
      where: { id: response.id, score: response.score, correct: response.correct },
      data: { score: newScore, correct: newCorrect },
    });
    if (claimed.count === 0) throw new ConflictError("That mark was changed a moment ago. Reload the page to see it.");

    const order = new Set(loadQuestionOrder(attempt));
    const scores = attempt.responses.map((r) => (r.id === response.id ? newScore : (r.score ?? 0)) * (order.has(r.questionId) ? 1 : 0));
    const oldAttemptScore = attempt.score ?? 0;
    const newAttemptScore = roundScore(scores.reduce((sum, x) => sum + x, 0));
    await tx.attempt.update({ where: { id: attempt.id }, data: { score: newAttemptScore } });

    // What the ledger holds for this attempt now, and what its new score earns.
    const classId = attempt.assignment?.classId ?? null;
    const isAssignment = attempt.assignmentId !== null;
    const held = (attempt.pointsEntry?.points ?? pointsForAttempt({ score: oldAttemptScore, isAssignment })) + attempt.overrides.reduce((sum, o) => sum + o.pointsDelta, 0);
    const pointsDelta = pointsForAttempt({ score: newAttemptScore, isAssignment }) - held;
    const awardedAt = attempt.pointsEntry?.awardedAt ?? attempt.submittedAt ?? now;

    await tx.answerOverride.create({
      data: {
        attemptId: attempt.id,
        responseId: response.id,
        questionId: response.questionId,
        userId: attempt.userId,
        teacherId: teacher.id,
        classId,
        reason: input.reason,
        oldScore,
        newScore,
        oldCorrect: response.correct ?? false,
        newCorrect,
        oldAttemptScore,
        newAttemptScore,
        pointsDelta,
        awardedAt,
        createdAt: now,
      },
    });
    if (pointsDelta !== 0) {
      await tx.user.update({ where: { id: attempt.userId }, data: { points: { increment: pointsDelta } } });
      const weekStart = isoWeekOf(awardedAt, "UTC").start;
      await tx.weeklyPoints.upsert({
        where: { weekStart_userId: { weekStart, userId: attempt.userId } },
        create: { weekStart, userId: attempt.userId, points: pointsDelta },
        update: { points: { increment: pointsDelta } },
      });
    }
    return { attemptId: attempt.id, studentId: attempt.userId, oldScore, newScore, attemptScore: newAttemptScore, pointsDelta };
  });
}
