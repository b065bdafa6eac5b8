// Classes and assignments against a real (temporary) SQLite database, only the session faked.
// Issue 5: joining by code, ownership (another teacher's class is "not found"), starting assignments.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAssignmentAction, startAssignmentAction } from "@/lib/assignments/actions";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { closeAttempt, closeOverdueFor } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { initialFormState } from "@/lib/forms";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createClassAction, joinClassAction, regenerateJoinCodeAction, removeStudentAction } from "./actions";
import { getTeacherClass, listStudentClasses, requireOwnClass } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// No HTTP request reaches an action called here: next/headers gives the address the limiter reads.
let clientAddress = "192.0.2.10";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": clientAddress }) }));

const DAY = 86_400_000;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

/** Runs an action that redirects on success; returns the redirect target or the action's result. */
async function redirectOf<T>(run: () => Promise<T>): Promise<string | T> {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return digest.split(";")[2] ?? "";
    throw error;
  }
}

async function createClassAs(teacherId: string, name = "Economics 101") {
  signInAs(teacherId);
  const target = await redirectOf(() => createClassAction(initialFormState, form({ name, timeZone: "Asia/Seoul" })));
  expect(target).toMatch(/^\/teacher\/classes\/[\w-]+$/);
  const id = String(target).split("/").pop()!;
  return db.class.findUniqueOrThrow({ where: { id } });
}

async function join(studentId: string, code: string) {
  signInAs(studentId);
  return joinClassAction(initialFormState, form({ code }));
}

/** A class with an enrolled student and an assignment over a set of every question type. */
async function classWithAssignment(opts: { opensAt?: Date; dueAt?: Date | null; attemptsAllowed?: number; retireAll?: boolean } = {}) {
  const teacher = await createUser({ role: "teacher" });
  const student = await createUser({ role: "student" });
  const { questions } = await createArticleWithQuestions({ status: opts.retireAll ? "retired" : "approved" });
  const set = await db.questionSet.create({
    data: { title: "Set", ownerId: teacher.id, items: { create: questions.map((q, position) => ({ questionId: q.id, position })) } },
  });
  const klass = await db.class.create({ data: { name: "Class", timeZone: "Asia/Seoul", teacherId: teacher.id, joinCode: `T${Math.random().toString(36).slice(2, 8)}` } });
  await db.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      setId: set.id,
      opensAt: opts.opensAt ?? new Date(Date.now() - DAY),
      dueAt: opts.dueAt === undefined ? new Date(Date.now() + DAY) : opts.dueAt,
      attemptsAllowed: opts.attemptsAllowed ?? 1,
    },
  });
  return { teacher, student, klass, set, assignment, questions };
}

async function start(assignmentId: string) {
  return redirectOf(() => startAssignmentAction(form({ assignmentId })));
}

beforeEach(() => signOut());

describe("joining a class", () => {
  it("refuses a wrong code, joins with the right one in any case or spacing, and is idempotent", async () => {
    const teacher = await createUser({ role: "teacher" });
    const student = await createUser();
    const klass = await createClassAs(teacher.id);
    expect(klass.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

    const wrong = await join(student.id, klass.joinCode === "AAAAAA" ? "BBBBBB" : "AAAAAA");
    expect(wrong.ok).toBe(false);
    expect(wrong.fieldErrors?.code?.[0]).toMatch(/No class has that join code/);
    const malformed = await join(student.id, "O0I1L!");
    expect(malformed.fieldErrors?.code?.[0]).toMatch(/no 0, O, 1, I or L/);
    expect(await db.enrollment.count({ where: { userId: student.id } })).toBe(0);

    const typed = `${klass.joinCode.slice(0, 3).toLowerCase()} - ${klass.joinCode.slice(3)}`;
    const joined = await join(student.id, typed);
    expect(joined).toMatchObject({ ok: true, message: expect.stringContaining("You joined Economics 101") });
    const again = await join(student.id, klass.joinCode);
    expect(again).toMatchObject({ ok: true, message: "You're already in Economics 101." });
    expect(await db.enrollment.count({ where: { userId: student.id } })).toBe(1);
    expect(await listStudentClasses(student.id)).toEqual([expect.objectContaining({ name: "Economics 101", timeZone: "Asia/Seoul" })]);
  });

  it("throttles join-code guessing per account and per address (issue 12, defect 12)", async () => {
    const teacher = await createUser({ role: "teacher" });
    const klass = await createClassAs(teacher.id);
    const guesses = Array.from({ length: 80 }, (_, i) => `ZZ${"ABCDEFGHJK"[i % 10]}${"MNPQRSTUVW"[Math.floor(i / 10)]}ZZ`).filter((c) => c !== klass.joinCode);

    // One account: 10 wrong codes, then even the right one is refused for a while.
    clientAddress = "198.51.100.20";
    const guesser = await createUser();
    for (const code of guesses.slice(0, 10)) expect((await join(guesser.id, code)).fieldErrors?.code?.[0]).toMatch(/No class has that join code/);
    const blocked = await join(guesser.id, klass.joinCode);
    expect(blocked).toMatchObject({ ok: false, formError: "Too many wrong join codes. Try again in 5 minutes." });
    expect(await db.enrollment.count({ where: { userId: guesser.id } })).toBe(0);

    // A classmate on the same network still joins.
    const classmate = await createUser();
    expect((await join(classmate.id, klass.joinCode)).ok).toBe(true);

    // Many throwaway accounts from one address: 60 wrong codes block the address.
    clientAddress = "198.51.100.21";
    for (let i = 0; i < 6; i++) {
      const throwaway = await createUser();
      for (const code of guesses.slice(i * 10, i * 10 + 10)) await join(throwaway.id, code);
    }
    const fresh = await createUser();
    expect(await join(fresh.id, klass.joinCode)).toMatchObject({ ok: false, formError: "Too many wrong join codes. Try again in 15 minutes." });
    clientAddress = "192.0.2.10";
  });

  it("a regenerated code replaces the old one", async () => {
    const teacher = await createUser({ role: "teacher" });
    const klass = await createClassAs(teacher.id);
    const result = await regenerateJoinCodeAction(form({ classId: klass.id }));
    if (!result.ok) throw new Error(result.message);
    expect(result.joinCode).not.toBe(klass.joinCode);

    const student = await createUser();
    expect((await join(student.id, klass.joinCode)).ok).toBe(false);
    expect((await join(student.id, result.joinCode)).ok).toBe(true);
  });

  it("needs a signed-in user, and refuses bad class input", async () => {
    const anonymous = await joinClassAction(initialFormState, form({ code: "FACT42" }));
    expect(anonymous).toMatchObject({ ok: false, formError: "Please sign in first." });
    const teacher = await createUser({ role: "teacher" });
    signInAs(teacher.id);
    const bad = await createClassAction(initialFormState, form({ name: "", timeZone: "Mars/Base" }));
    expect(bad.fieldErrors?.name).toBeDefined();
    expect(bad.fieldErrors?.timeZone).toBeDefined();
    expect(bad.values).toMatchObject({ timeZone: "Mars/Base" });
  });
});

describe("ownership", () => {
  it("another teacher can neither see nor change a class", async () => {
    const owner = await createUser({ role: "teacher" });
    const other = await createUser({ role: "teacher" });
    const klass = await createClassAs(owner.id);
    const student = await createUser();
    await join(student.id, klass.joinCode);

    await expect(getTeacherClass(klass.id, other.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(requireOwnClass(klass.id, other.id)).rejects.toBeInstanceOf(NotFoundError);
    signInAs(other.id);
    expect(await regenerateJoinCodeAction(form({ classId: klass.id }))).toEqual({ ok: false, message: "We couldn't find that class." });
    expect(await removeStudentAction(form({ classId: klass.id, userId: student.id }))).toEqual({ ok: false, message: "We couldn't find that class." });

    // A student can't call teacher actions at all.
    signInAs(student.id);
    expect(await removeStudentAction(form({ classId: klass.id, userId: student.id }))).toEqual({ ok: false, message: "You don't have access to that." });

    const after = await db.class.findUniqueOrThrow({ where: { id: klass.id } });
    expect(after.joinCode).toBe(klass.joinCode);
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(1);

    // The owner sees the roster and can remove the student.
    const page = await getTeacherClass(klass.id, owner.id);
    expect(page.students.map((s) => s.email)).toEqual([student.email]);
    signInAs(owner.id);
    expect(await removeStudentAction(form({ classId: klass.id, userId: student.id }))).toEqual({ ok: true });
    expect(await db.enrollment.count({ where: { classId: klass.id } })).toBe(0);
  });
});

describe("starting an assignment", () => {
  it("opens an attempt over the set's approved questions, keyed to the assignment", async () => {
    const { student, assignment, questions } = await classWithAssignment();
    await db.question.update({ where: { id: questions[0]!.id }, data: { status: "retired" } });
    signInAs(student.id);
    const target = await start(assignment.id);
    expect(target).toMatch(/^\/attempts\//);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: String(target).split("/").pop()! } });
    expect(attempt).toMatchObject({ userId: student.id, assignmentId: assignment.id, activeKey: `${student.id}:assignment:${assignment.id}` });
    expect(attempt.questionOrder).toEqual(questions.slice(1).map((q) => q.id));
    expect(attempt.deadline?.getTime()).toBe(assignment.dueAt?.getTime());
    // Starting again resumes the same attempt.
    expect(await start(assignment.id)).toBe(target);
  });

  it("a student not in the class gets 'not found', and so does a missing id", async () => {
    const { assignment } = await classWithAssignment();
    const outsider = await createUser();
    signInAs(outsider.id);
    expect(await start(assignment.id)).toEqual({ ok: false, message: "We couldn't find that assignment." });
    expect(await start("no-such-id")).toEqual({ ok: false, message: "We couldn't find that assignment." });
    expect(await db.attempt.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("refuses before it opens and after it is due", async () => {
    const early = await classWithAssignment({ opensAt: new Date(Date.now() + DAY), dueAt: new Date(Date.now() + 2 * DAY) });
    signInAs(early.student.id);
    expect(await start(early.assignment.id)).toEqual({ ok: false, message: "This assignment isn't open yet." });
    const late = await classWithAssignment({ opensAt: new Date(Date.now() - 2 * DAY), dueAt: new Date(Date.now() - DAY) });
    signInAs(late.student.id);
    expect(await start(late.assignment.id)).toMatchObject({ ok: false, message: expect.stringMatching(/past its due date/) });
    expect(await db.attempt.count({ where: { userId: { in: [early.student.id, late.student.id] } } })).toBe(0);
  });

  it("enforces the attempts allowed, counting finished attempts", async () => {
    const { student, assignment } = await classWithAssignment({ attemptsAllowed: 2 });
    signInAs(student.id);
    for (let i = 0; i < 2; i++) {
      const target = await start(assignment.id);
      await closeAttempt(String(target).split("/").pop()!, "submitted");
    }
    expect(await start(assignment.id)).toEqual({ ok: false, message: "You've used all 2 attempts for this assignment." });
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(2);
    const [listed] = await listStudentAssignments(student.id);
    expect(listed).toMatchObject({ bucket: "done", attemptsUsed: 2, canStart: false });
  });

  it("with no approved questions left, says so", async () => {
    const { student, assignment } = await classWithAssignment({ retireAll: true });
    signInAs(student.id);
    expect(await start(assignment.id)).toMatchObject({ ok: false, message: expect.stringMatching(/no questions available/) });
  });

  it("20 concurrent starts give one attempt", async () => {
    const { student, assignment } = await classWithAssignment();
    signInAs(student.id);
    const targets = await Promise.all(Array.from({ length: 20 }, () => start(assignment.id)));
    expect(new Set(targets).size).toBe(1);
    expect(targets[0]).toMatch(/^\/attempts\//);
    expect(await db.attempt.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  it("lists the student's assignments in the right groups", async () => {
    const { student, assignment } = await classWithAssignment();
    expect(await listStudentAssignments(student.id)).toEqual([expect.objectContaining({ id: assignment.id, bucket: "todo", canStart: true })]);
    const outsider = await createUser();
    expect(await listStudentAssignments(outsider.id)).toEqual([]);
  });

  it("an attempt abandoned at its time limit, once closed by the explicit step, no longer offers Resume", async () => {
    const { student, assignment } = await classWithAssignment({ attemptsAllowed: 2 });
    signInAs(student.id);
    const attemptId = String(await start(assignment.id)).split("/").pop()!;
    expect(await listStudentAssignments(student.id)).toEqual([expect.objectContaining({ inProgressId: attemptId })]);
    // Time passes: the attempt's deadline and grace are behind us, and the student never submitted.
    const deadline = new Date(Date.now() - 60_000);
    await db.attempt.update({ where: { id: attemptId }, data: { deadline } });

    await closeOverdueFor({ userId: student.id }); // as the dashboard does before it lists
    const [listed] = await listStudentAssignments(student.id);
    expect(listed).toMatchObject({ inProgressId: null, attemptsUsed: 1, canStart: true });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "expired", submittedAt: deadline });
  });
});

describe("creating an assignment", () => {
  async function assign(classId: string, fields: Record<string, string>) {
    return redirectOf(() =>
      createAssignmentAction(initialFormState, form({ classId, opensAt: "2026-01-01T09:00", attemptsAllowed: "1", feedbackMode: "after_submit", ...fields })),
    );
  }

  it("assigns the teacher's own set to their own class, and nothing else", async () => {
    const { teacher, klass, set } = await classWithAssignment();
    const other = await createUser({ role: "teacher" });
    const otherSet = await db.questionSet.create({ data: { title: "Theirs", ownerId: other.id } });
    signInAs(teacher.id);
    expect(await assign(klass.id, { setId: set.id, shuffleQuestions: "on" })).toBe(`/teacher/classes/${klass.id}?assigned=1`);
    const refused = await assign(klass.id, { setId: otherSet.id });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { setId: ["Choose one of your question sets."] } });
    const badDates = await assign(klass.id, { setId: set.id, dueAt: "2025-12-31T09:00" });
    expect(badDates).toMatchObject({ ok: false, fieldErrors: { dueAt: ["The due date must be after the opening date."] } });

    signInAs(other.id);
    expect(await assign(klass.id, { setId: otherSet.id })).toMatchObject({ ok: false, formError: "We couldn't find that class." });
    expect(await db.assignment.count({ where: { classId: klass.id } })).toBe(2);
    const created = await db.assignment.findFirstOrThrow({ where: { classId: klass.id }, orderBy: { createdAt: "desc" } });
    // 09:00 in Seoul is midnight UTC.
    expect(created).toMatchObject({ shuffleQuestions: true, shuffleOptions: false, opensAt: new Date("2026-01-01T00:00:00Z") });
  });
});
