import "server-only";
import { db } from "@/lib/db";
import { assignmentWindow } from "@/lib/assignments/policy";
import { NotFoundError } from "@/lib/errors";

const CLASS_NOT_FOUND = "We couldn't find that class.";

/**
 * The class if `teacherId` owns it. Another teacher's class is reported missing, not
 * forbidden, so class ids reveal nothing. Every teacher read and write goes through here.
 */
export async function requireOwnClass(classId: string, teacherId: string) {
  const found = await db.class.findFirst({ where: { id: classId, teacherId } });
  if (!found) throw new NotFoundError(CLASS_NOT_FOUND);
  return found;
}

export async function listTeacherClasses(teacherId: string) {
  const classes = await db.class.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, joinCode: true, timeZone: true, _count: { select: { enrollments: true, assignments: true } } },
  });
  return classes.map(({ _count, ...c }) => ({ ...c, studentCount: _count.enrollments, assignmentCount: _count.assignments }));
}

/** The teacher's class page: roster (names and emails, for the teacher only) and assignments. */
export async function getTeacherClass(classId: string, teacherId: string, now = new Date()) {
  const found = await db.class.findFirst({
    where: { id: classId, teacherId },
    include: {
      enrollments: { orderBy: { user: { name: "asc" } }, select: { createdAt: true, user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { opensAt: "desc" },
        include: { set: { select: { title: true } }, _count: { select: { attempts: { where: { status: { not: "in_progress" } } } } } },
      },
    },
  });
  if (!found) throw new NotFoundError(CLASS_NOT_FOUND);
  return {
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    timeZone: found.timeZone,
    students: found.enrollments.map((e) => ({ ...e.user, joinedAt: e.createdAt })),
    // Archived ones apart: results kept, out of the active list (lib/assignments/manage.ts).
    assignments: found.assignments.filter((a) => !a.archivedAt).map((a) => assignmentRow(a, now)),
    archived: found.assignments.filter((a) => a.archivedAt).map((a) => assignmentRow(a, now)),
  };
}

function assignmentRow(
  a: {
    id: string;
    set: { title: string };
    opensAt: Date;
    dueAt: Date | null;
    attemptsAllowed: number;
    timeLimitSec: number | null;
    oneAtATime: boolean;
    feedbackMode: string;
    closedAt: Date | null;
    archivedAt: Date | null;
    _count: { attempts: number };
  },
  now: Date,
) {
  return {
    id: a.id,
    setTitle: a.set.title,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    attemptsAllowed: a.attemptsAllowed,
    timeLimitSec: a.timeLimitSec,
    oneAtATime: a.oneAtATime,
    feedbackMode: a.feedbackMode,
    finishedAttempts: a._count.attempts,
    closedEarly: a.closedAt !== null,
    window: assignmentWindow(a, now),
  };
}

/** A student's classes: never the roster, only the class and its teacher's display name. */
export async function listStudentClasses(userId: string) {
  const enrollments = await db.enrollment.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { class: { select: { id: true, name: true, timeZone: true, teacher: { select: { name: true } } } } },
  });
  return enrollments.map((e) => ({ id: e.class.id, name: e.class.name, timeZone: e.class.timeZone, teacherName: e.class.teacher.name }));
}

/** Whether the user is in any class as a student (a teacher who also studies gets a student view). */
export async function isEnrolledAnywhere(userId: string): Promise<boolean> {
  return (await db.enrollment.findFirst({ where: { userId }, select: { id: true } })) !== null;
}
