// Classes, sets, assignments and assignment attempts for integration tests, as plain Prisma
// rows. Attempts are closed through the real closing path (lib/attempts/close.ts), so scores
// come from grading, not from the test. Needs "@/test/db" imported first.
import { randomUUID } from "node:crypto";
import { assignmentKey } from "@/lib/assignments/policy";
import { closeAttempt } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function createClass(teacherId: string, opts: { name?: string; timeZone?: string } = {}) {
  return db.class.create({
    data: {
      name: opts.name ?? "Test class",
      timeZone: opts.timeZone ?? "UTC",
      teacherId,
      joinCode: `T${randomUUID().replaceAll("-", "").slice(0, 9).toUpperCase()}`,
    },
  });
}

export async function enroll(classId: string, userIds: readonly string[]) {
  for (const userId of userIds) await db.enrollment.create({ data: { classId, userId } });
}

export async function createSet(ownerId: string, questionIds: readonly string[], title = "Test set") {
  return db.questionSet.create({
    data: { title, ownerId, items: { create: questionIds.map((questionId, position) => ({ questionId, position })) } },
  });
}

export async function createAssignment(opts: {
  classId: string;
  setId: string;
  opensAt?: Date;
  dueAt?: Date | null;
  attemptsAllowed?: number;
  feedbackMode?: "immediate" | "after_submit" | "after_due";
}) {
  return db.assignment.create({
    data: {
      classId: opts.classId,
      setId: opts.setId,
      opensAt: opts.opensAt ?? new Date(Date.now() - 86_400_000),
      dueAt: opts.dueAt ?? null,
      attemptsAllowed: opts.attemptsAllowed ?? 1,
      ...(opts.feedbackMode ? { feedbackMode: opts.feedbackMode } : {}),
    },
  });
}

export type GivenAnswer = { answer: unknown; timeMs?: number | null };

/**
 * An assignment attempt with the given answers (canonical option indices). With `close`, it is
 * graded and closed at that time; without, it stays in progress.
 */
export async function createAssignmentAttempt(opts: {
  userId: string;
  assignmentId: string;
  questionIds: readonly string[];
  answers: Record<string, GivenAnswer>;
  startedAt: Date;
  deadline?: Date | null;
  close?: { status: "submitted" | "expired"; at: Date };
  /** Copied from the assignment when a student starts it; defaults to the schema's "after_submit". */
  feedbackMode?: "immediate" | "after_submit" | "after_due";
}) {
  const versions = await db.question.findMany({ where: { id: { in: [...opts.questionIds] } }, select: { id: true, version: true } });
  const versionOf = new Map(versions.map((v) => [v.id, v.version]));
  const attempt = await db.attempt.create({
    data: {
      userId: opts.userId,
      assignmentId: opts.assignmentId,
      activeKey: assignmentKey(opts.userId, opts.assignmentId),
      questionOrder: [...opts.questionIds],
      optionOrder: {},
      startedAt: opts.startedAt,
      deadline: opts.deadline ?? null,
      ...(opts.feedbackMode ? { feedbackMode: opts.feedbackMode } : {}),
      responses: {
        create: Object.entries(opts.answers).map(([questionId, given]) => ({
          questionId,
          questionVersion: versionOf.get(questionId) ?? 1,
          answerJson: given.answer as Prisma.InputJsonValue,
          timeMs: given.timeMs ?? null,
          answeredAt: opts.startedAt,
        })),
      },
    },
  });
  if (opts.close) await closeAttempt(attempt.id, opts.close.status, opts.close.at);
  return db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
}
