import "server-only";
import { requireOwnClass } from "@/lib/classes/queries";
import { db } from "@/lib/db";
import { utcToZonedLocal } from "@/lib/time/zones";
import { effectiveDueAt, effectiveTiming } from "./manage-policy";
import { classifyAssignment, type StudentAssignmentState } from "./policy";

/** The teacher's own question sets, with how many of their questions are approved (usable). */
/**
 * One student's due date for an assignment: the assignment's, or a later one from an extension
 * the teacher gave them. Null when it has none (or there is no assignment).
 */
export async function studentDueAt(assignment: { id: string; dueAt: Date | null } | null, userId: string): Promise<Date | null> {
  if (!assignment) return null;
  const extension = await db.assignmentExtension.findUnique({ where: { assignmentId_userId: { assignmentId: assignment.id, userId } }, select: { dueAt: true } });
  return effectiveDueAt(assignment.dueAt, extension);
}

export async function listTeacherSets(teacherId: string) {
  const sets = await db.questionSet.findMany({
    where: { ownerId: teacherId },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, _count: { select: { items: { where: { question: { status: "approved" } } } } } },
  });
  return sets.map((s) => ({ id: s.id, title: s.title, approvedCount: s._count.items }));
}

/** What the "new assignment" page needs; throws NotFound for another teacher's class. */
export async function getAssignmentFormContext(classId: string, teacherId: string) {
  const own = await requireOwnClass(classId, teacherId);
  const sets = await listTeacherSets(teacherId);
  return { class: { id: own.id, name: own.name, timeZone: own.timeZone }, sets };
}

const WEEK_MS = 7 * 86_400_000;

/** A class as the assignment form offers it: opening now and due in a week, in the class's own zone. */
export function assignTarget(c: { id: string; name: string; timeZone: string }, now: Date) {
  return {
    id: c.id,
    name: c.name,
    timeZone: c.timeZone,
    defaults: { opensAt: utcToZonedLocal(now, c.timeZone), dueAt: utcToZonedLocal(new Date(now.getTime() + WEEK_MS), c.timeZone) },
  };
}

export type StudentAssignment = {
  id: string;
  title: string;
  className: string;
  timeZone: string;
  opensAt: Date;
  dueAt: Date | null;
  timeLimitSec: number | null;
  oneAtATime: boolean;
  attemptsAllowed: number;
  questionCount: number;
  /** The student has an extension (their due date, time limit and attempts include it). */
  extended: boolean;
} & StudentAssignmentState;

/**
 * The student's assignments across the classes they are in (archived ones left out), each placed
 * in its dashboard group, with their own extension applied. Reads only: the caller closes the student's overdue attempts first (closeOverdueFor), or an
 * attempt abandoned at its time limit would still offer "Resume".
 */
export async function listStudentAssignments(userId: string, now = new Date()): Promise<StudentAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: { class: { enrollments: { some: { userId } } }, archivedAt: null },
    orderBy: [{ dueAt: "asc" }, { opensAt: "asc" }],
    include: {
      extensions: { where: { userId }, select: { extraTimeSec: true, extraAttempts: true, dueAt: true } },
      class: { select: { name: true, timeZone: true } },
      set: { select: { title: true, _count: { select: { items: { where: { question: { status: "approved" } } } } } } },
      attempts: {
        where: { userId },
        select: { id: true, status: true, score: true, maxScore: true, submittedAt: true },
      },
    },
  });
  return assignments.map((a) => {
    const ext = a.extensions[0] ?? null;
    const timing = effectiveTiming(a, ext);
    return {
      id: a.id,
      title: a.set.title,
      className: a.class.name,
      timeZone: a.class.timeZone,
      opensAt: a.opensAt,
      ...timing,
      oneAtATime: a.oneAtATime,
      questionCount: a.set._count.items,
      extended: ext !== null,
      ...classifyAssignment({ ...a, ...timing }, a.attempts, now),
    };
  });
}
