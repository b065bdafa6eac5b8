// Issue 13, item 6: reads stay reads. Expiring overdue attempts is an explicit step
// (closeOverdueFor / closeAllOverdue); every query only reads, so a page calls the step first.
import { emptyDatabase } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as studentsCsvGet } from "@/app/(teacher)/teacher/assignments/[id]/results/students.csv/route";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { getTeacherClass } from "@/lib/classes/queries";
import { db } from "@/lib/db";
import { fillBlank, singleChoice } from "@/lib/grading/test-fixtures";
import { getClassBoard, getGlobalBoard } from "@/lib/leaderboard/queries";
import { ASSIGNMENT_BONUS, POINTS_PER_CORRECT } from "@/lib/leaderboard/points";
import { getProgress, getStudentProgressForTeacher } from "@/lib/progress/queries";
import { getAssignmentResults } from "@/lib/results/queries";
import { countDue } from "@/lib/review/queries";
import { createArticleWithQuestions, createAttempt, createUser } from "@/test/factories";
import { signInAs } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { closeAllOverdue, closeOverdueFor } from "./close";
import { DEADLINE_GRACE_MS } from "./policy";
import { getAttemptForTaking, getAttemptReview, listAttempts } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const MINUTE = 60_000;
/** One fully correct answer on an assignment: what an expired attempt with one right answer earns. */
const ONE_RIGHT_ON_ASSIGNMENT = POINTS_PER_CORRECT + ASSIGNMENT_BONUS;

/**
 * Two classes of one teacher, each with an assignment; Ann is in both, Ben in the second. Every
 * attempt below was left open (nobody submitted, nobody opened it again) with one right answer:
 * Ann's on the first assignment and her practice attempt are past their deadlines, Ben's too;
 * Ann's on the second is inside the grace, so it must stay open.
 */
async function seed(now: Date) {
  const deadline = new Date(now.getTime() - 10 * MINUTE);
  const teacher = await createUser({ role: "teacher" });
  const ann = await createUser({ name: "Ann" });
  const ben = await createUser({ name: "Ben" });
  const { article, questions } = await createArticleWithQuestions({ questions: [singleChoice, fillBlank] });
  const questionIds = questions.map((q) => q.id);
  const right = { [questions[0]!.id]: { answer: { choice: 1 } } };
  const set = await createSet(teacher.id, questionIds);
  const first = await createClass(teacher.id, { name: "First" });
  const second = await createClass(teacher.id, { name: "Second" });
  await enroll(first.id, [ann.id]);
  await enroll(second.id, [ann.id, ben.id]);
  const a1 = await createAssignment({ classId: first.id, setId: set.id, opensAt: new Date(deadline.getTime() - 60 * MINUTE) });
  const a2 = await createAssignment({ classId: second.id, setId: set.id, opensAt: new Date(deadline.getTime() - 60 * MINUTE) });
  const startedAt = new Date(deadline.getTime() - 30 * MINUTE);
  const annOverdue = await createAssignmentAttempt({ userId: ann.id, assignmentId: a1.id, questionIds, answers: right, startedAt, deadline });
  const annInGrace = await createAssignmentAttempt({
    userId: ann.id,
    assignmentId: a2.id,
    questionIds,
    answers: right,
    startedAt,
    deadline: new Date(now.getTime() - DEADLINE_GRACE_MS / 2),
  });
  const benOverdue = await createAssignmentAttempt({ userId: ben.id, assignmentId: a2.id, questionIds, answers: right, startedAt, deadline });
  const annPractice = await createAttempt({ userId: ann.id, articleId: article.id, questionIds, deadline });
  await db.response.create({ data: { attemptId: annPractice.id, questionId: questions[0]!.id, questionVersion: 1, answerJson: { choice: 1 } } });
  return { deadline, teacher, ann, ben, first, second, a1, a2, annOverdue, annInGrace, benOverdue, annPractice };
}

/** Everything a close would write: attempt states and grades, the points ledger and totals, review cards. */
async function snapshot() {
  return {
    attempts: await db.attempt.findMany({ orderBy: { id: "asc" } }),
    responses: await db.response.findMany({ orderBy: { id: "asc" } }),
    points: await db.pointsEntry.findMany({ orderBy: { id: "asc" } }),
    weekly: await db.weeklyPoints.findMany({ orderBy: [{ weekStart: "asc" }, { userId: "asc" }] }),
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, points: true } }),
    cards: await db.reviewCard.findMany({ orderBy: { id: "asc" } }),
  };
}

const statusOf = async (id: string) => (await db.attempt.findUniqueOrThrow({ where: { id } })).status;

beforeEach(async () => {
  await emptyDatabase(db);
});

describe("queries only read", () => {
  it("reading every page's data leaves an overdue attempt in progress, ungraded and pointless", async () => {
    const w = await seed(new Date());
    const before = await snapshot();

    signInAs(w.teacher.id);
    const taking = await getAttemptForTaking(w.annOverdue.id, w.ann.id);
    expect(taking.status).toBe("in_progress");
    expect(await getAttemptReview(w.annOverdue.id, w.ann.id)).toBeNull(); // still open: no review yet
    expect((await listAttempts(w.ann.id)).map((a) => a.status)).toEqual(["in_progress", "in_progress", "in_progress"]);
    expect((await listStudentAssignments(w.ann.id)).find((a) => a.id === w.a1.id)).toMatchObject({ inProgressId: w.annOverdue.id });
    expect((await getAssignmentResults(w.a1.id, w.teacher)).students[0]).toMatchObject({ status: "in_progress" });
    expect(await getProgress(w.ann.id)).toMatchObject({ quizzes: 0, answered: 0 });
    expect(await getStudentProgressForTeacher(w.ben.id, w.teacher.id)).toMatchObject({ quizzes: 0 });
    expect((await getTeacherClass(w.first.id, w.teacher.id)).assignments[0]).toMatchObject({ finishedAttempts: 0 });
    expect(await countDue(w.ann.id)).toBe(0);
    for (const period of ["week", "all"] as const) {
      expect((await getClassBoard({ classId: w.second.id, timeZone: "UTC", viewerId: w.ben.id, period })).rows.every((r) => r.total === 0)).toBe(true);
      expect((await getGlobalBoard({ viewerId: w.ben.id, period })).rows).toEqual([]);
    }

    expect(await snapshot()).toEqual(before);
  });
});

describe("the explicit step", () => {
  it("closes a student's overdue attempts at their deadline and grades them, once; nothing in its grace, nobody else's", async () => {
    const now = new Date();
    const w = await seed(now);
    const { deadline } = w;

    expect(await closeOverdueFor({ userId: w.ann.id }, now)).toBe(2);
    for (const id of [w.annOverdue.id, w.annPractice.id]) {
      const closed = await db.attempt.findUniqueOrThrow({ where: { id }, include: { responses: true } });
      expect(closed).toMatchObject({ status: "expired", submittedAt: deadline, score: 1, maxScore: 2, activeKey: null });
      expect(closed.responses.map((r) => r.correct)).toEqual([true]);
    }
    expect(await statusOf(w.annInGrace.id)).toBe("in_progress");
    expect(await statusOf(w.benOverdue.id)).toBe("in_progress");
    // Assignment points plus practice points, dated at the deadline, and the answers join the review queue.
    expect(await db.pointsEntry.findMany({ where: { userId: w.ann.id }, select: { awardedAt: true } })).toEqual([{ awardedAt: deadline }, { awardedAt: deadline }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: w.ann.id } })).points).toBe(ONE_RIGHT_ON_ASSIGNMENT + POINTS_PER_CORRECT);
    expect(await db.reviewCard.count({ where: { userId: w.ann.id } })).toBeGreaterThan(0);

    // Again: nothing left to close, nothing graded twice.
    const after = await snapshot();
    expect(await closeOverdueFor({ userId: w.ann.id }, now)).toBe(0);
    expect(await snapshot()).toEqual(after);

    // What the student's pages then read.
    expect((await listStudentAssignments(w.ann.id)).find((a) => a.id === w.a1.id)).toMatchObject({ inProgressId: null, attemptsUsed: 1, bucket: "done" });
    expect(await getAttemptReview(w.annOverdue.id, w.ann.id)).toMatchObject({ status: "expired", score: 1, maxScore: 2 });
    expect(await getProgress(w.ann.id)).toMatchObject({ quizzes: 2, answered: 2 });
  });

  it("by assignment closes that assignment's overdue attempts only, and the results then include them", async () => {
    const now = new Date();
    const w = await seed(now);
    expect(await closeOverdueFor({ assignmentId: w.a2.id }, now)).toBe(1);
    expect(await statusOf(w.benOverdue.id)).toBe("expired");
    expect(await statusOf(w.annInGrace.id)).toBe("in_progress");
    expect(await statusOf(w.annOverdue.id)).toBe("in_progress");
    const results = await getAssignmentResults(w.a2.id, w.teacher);
    expect(results.students.find((s) => s.name === "Ben")).toMatchObject({ status: "expired", best: { score: 1, maxScore: 2 } });
    expect(results.closedAttempts).toBe(1);
  });

  it("by class closes the overdue attempts of that class's assignments only", async () => {
    const now = new Date();
    const w = await seed(now);
    expect(await closeOverdueFor({ classId: w.first.id }, now)).toBe(1);
    expect(await statusOf(w.annOverdue.id)).toBe("expired");
    expect(await statusOf(w.benOverdue.id)).toBe("in_progress");
    expect(await statusOf(w.annPractice.id)).toBe("in_progress");
    expect((await getTeacherClass(w.first.id, w.teacher.id)).assignments[0]).toMatchObject({ finishedAttempts: 1 });
  });

  it("all at once closes every overdue attempt and leaves the one in its grace", async () => {
    const now = new Date();
    const w = await seed(now);
    expect(await closeAllOverdue(now)).toBe(3);
    expect(await db.attempt.count({ where: { status: "in_progress" } })).toBe(1);
    expect(await statusOf(w.annInGrace.id)).toBe("in_progress");
  });

  it("the results CSV route closes the assignment's overdue attempts before it reads", async () => {
    const w = await seed(new Date());
    signInAs(w.teacher.id);
    const res = await studentsCsvGet(new Request(`http://factdeck.test/teacher/assignments/${w.a2.id}/results/students.csv`), {
      params: Promise.resolve({ id: w.a2.id }),
    });
    expect(res.status).toBe(200);
    const ben = (await res.text()).split("\n").find((line) => line.startsWith("Ben,"));
    expect(ben).toMatch(/^Ben,[^,]*,Time ran out,1,1,2,50,/);
    expect(await statusOf(w.benOverdue.id)).toBe("expired");
  });
});

describe("leaderboards after the step", () => {
  // A fixed time: the points are dated at the deadline (ten minutes before), in the board's week.
  const now = new Date("2026-03-11T10:00:00Z"); // a Wednesday

  it("a class board counts the points of an attempt that expired with nobody opening it again", async () => {
    const w = await seed(now);
    const board = () => getClassBoard({ classId: w.second.id, timeZone: "Asia/Seoul", viewerId: w.ben.id, period: "week", now });
    expect((await board()).rows.find((r) => r.userId === w.ben.id)?.total).toBe(0);

    await closeOverdueFor({ classId: w.second.id }, now);
    expect((await board()).rows.find((r) => r.userId === w.ben.id)?.total).toBe(ONE_RIGHT_ON_ASSIGNMENT);
    // Ann's attempt there is still in its grace at `now`: no points yet.
    expect((await board()).rows.find((r) => r.userId === w.ann.id)?.total).toBe(0);
  });

  it("the global boards count them after closeAllOverdue, this week and all time", async () => {
    const w = await seed(now);
    expect((await getGlobalBoard({ viewerId: null, period: "week", now })).rows).toEqual([]);

    await closeAllOverdue(now);
    const expected = [
      { userId: w.ann.id, total: ONE_RIGHT_ON_ASSIGNMENT + POINTS_PER_CORRECT, rank: 1 },
      { userId: w.ben.id, total: ONE_RIGHT_ON_ASSIGNMENT, rank: 2 },
    ];
    for (const period of ["week", "all"] as const) {
      const rows = (await getGlobalBoard({ viewerId: null, period, now })).rows;
      expect(rows.map(({ userId, total, rank }) => ({ userId, total, rank }))).toEqual(expected);
    }
  });
});
