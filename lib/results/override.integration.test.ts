// A teacher changes the mark of one answer (issue 14), against a real (temporary) SQLite database,
// only the session faked: the answer, the attempt's score, the points ledger, User.points,
// WeeklyPoints and the class board move together; every refusal changes nothing at all.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getAttemptReview } from "@/lib/attempts/queries";
import { db } from "@/lib/db";
import { fillBlank, multipleSelect, singleChoice } from "@/lib/grading/test-fixtures";
import { getClassBoard } from "@/lib/leaderboard/queries";
import { ASSIGNMENT_BONUS, pointsForAttempt } from "@/lib/leaderboard/points";
import { isoWeekOf } from "@/lib/time/zones";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { signInAs, signOut } from "@/test/session";
import { createAssignment, createAssignmentAttempt, createClass, createSet, enroll } from "@/test/teacher-factories";
import { overrideAnswerAction } from "./actions";
import { getAssignmentResults } from "./queries";

vi.mock("@/lib/auth/config", () => import("@/test/session").then((m) => m.authConfigMock));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const SUBMITTED = new Date("2026-03-04T10:05:00Z"); // a Wednesday: its ISO week starts Monday 2 March

/** One student's submitted attempt: single choice right, multiple select partly (2/3), fill-in wrong. */
async function world() {
  const teacher = await createUser({ role: "teacher", name: "Ms. Owner" });
  const other = await createUser({ role: "teacher", name: "Mr. Other" });
  const student = await createUser({ name: "Stu Dent" });
  const { questions } = await createArticleWithQuestions({ questions: [singleChoice, multipleSelect, fillBlank] });
  const ids = questions.map((q) => q.id) as [string, string, string];
  const klass = await createClass(teacher.id);
  await enroll(klass.id, [student.id]);
  const set = await createSet(teacher.id, ids);
  const assignment = await createAssignment({ classId: klass.id, setId: set.id, opensAt: new Date("2026-03-01T00:00:00Z") });
  const attempt = await createAssignmentAttempt({
    userId: student.id,
    assignmentId: assignment.id,
    questionIds: ids,
    startedAt: new Date("2026-03-04T10:00:00Z"),
    close: { status: "submitted", at: SUBMITTED },
    answers: { [ids[0]]: { answer: { choice: 1 } }, [ids[1]]: { answer: { choices: [0, 2] } }, [ids[2]]: { answer: { text: "Canada" } } },
  });
  const responses = await db.response.findMany({ where: { attemptId: attempt.id } });
  const response = (qid: string) => responses.find((r) => r.questionId === qid)!;
  return { teacher, other, student, klass, assignment, attempt, ids, single: response(ids[0]), multi: response(ids[1]), fill: response(ids[2]) };
}

/** The invariants an override must keep, for one student. */
async function expectLedgerConsistent(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const entries = await db.pointsEntry.findMany({ where: { userId } });
  const overrides = await db.answerOverride.findMany({ where: { userId } });
  const weekly = await db.weeklyPoints.findMany({ where: { userId } });
  const ledger = entries.reduce((s, e) => s + e.points, 0) + overrides.reduce((s, o) => s + o.pointsDelta, 0);
  expect(user.points).toBe(ledger);
  expect(weekly.reduce((s, w) => s + w.points, 0)).toBe(ledger);
  for (const attempt of await db.attempt.findMany({ where: { userId, status: { not: "in_progress" } }, include: { responses: true, pointsEntry: true, overrides: true } })) {
    const held = (attempt.pointsEntry?.points ?? 0) + attempt.overrides.reduce((s, o) => s + o.pointsDelta, 0);
    expect(held).toBe(pointsForAttempt({ score: attempt.score ?? 0, isAssignment: attempt.assignmentId !== null }));
    expect(attempt.score).toBeCloseTo(attempt.responses.reduce((s, r) => s + (r.score ?? 0), 0), 6);
  }
  return user.points;
}

async function snapshot() {
  const [responses, attempts, users, entries, weekly, overrides] = await Promise.all([
    db.response.findMany({ orderBy: { id: "asc" } }),
    db.attempt.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.pointsEntry.findMany({ orderBy: { id: "asc" } }),
    db.weeklyPoints.findMany({ orderBy: [{ weekStart: "asc" }, { userId: "asc" }] }),
    db.answerOverride.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { responses, attempts, users, entries, weekly, overrides };
}

beforeEach(() => signOut());

describe("overrideAnswerAction", () => {
  it("changes the mark with the reason kept, and moves the attempt, the ledger, the totals and the class board together", async () => {
    const w = await world();
    const before = await expectLedgerConsistent(w.student.id);
    expect(before).toBe(pointsForAttempt({ score: 1 + 2 / 3, isAssignment: true }));

    signInAs(w.teacher.id);
    const result = await overrideAnswerAction({ responseId: w.fill.id, score: "1", reason: "Canada is the other partner: accepted" });
    expect(result).toEqual({ ok: true, attemptScore: expect.closeTo(2 + 2 / 3, 6), newScore: 1 });

    expect(await db.response.findUniqueOrThrow({ where: { id: w.fill.id } })).toMatchObject({ score: 1, correct: true });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: w.attempt.id } })).score).toBeCloseTo(2 + 2 / 3, 6);
    const [record] = await db.answerOverride.findMany({ where: { responseId: w.fill.id } });
    expect(record).toMatchObject({
      teacherId: w.teacher.id,
      userId: w.student.id,
      classId: w.klass.id,
      reason: "Canada is the other partner: accepted",
      oldScore: 0,
      newScore: 1,
      oldCorrect: false,
      newCorrect: true,
      pointsDelta: 10,
      awardedAt: SUBMITTED,
    });
    expect(record!.oldAttemptScore).toBeCloseTo(1 + 2 / 3, 6);
    // Grading's ledger entry is history: it stays as written.
    expect((await db.pointsEntry.findUniqueOrThrow({ where: { attemptId: w.attempt.id } })).points).toBe(before);

    const after = await expectLedgerConsistent(w.student.id);
    expect(after).toBe(before + 10);
    // The week the attempt counted in carries the change; no other week is touched.
    const weeks = await db.weeklyPoints.findMany({ where: { userId: w.student.id } });
    expect(weeks).toEqual([expect.objectContaining({ weekStart: isoWeekOf(SUBMITTED, "UTC").start, points: after })]);
    const board = await getClassBoard({ classId: w.klass.id, timeZone: "UTC", viewerId: null, period: "all" });
    expect(board.rows.find((r) => r.userId === w.student.id)?.total).toBe(after);
    const week = await getClassBoard({ classId: w.klass.id, timeZone: "UTC", viewerId: null, period: "week", now: SUBMITTED });
    expect(week.rows.find((r) => r.userId === w.student.id)?.total).toBe(after);
  });

  it("keeps every change: a second override of the same answer records the first new mark as its old one", async () => {
    const w = await world();
    signInAs(w.teacher.id);
    expect(await overrideAnswerAction({ responseId: w.multi.id, score: "1", reason: "Chile was listed by mistake in the article" })).toMatchObject({ ok: true });
    expect(await overrideAnswerAction({ responseId: w.multi.id, score: "0,5", reason: "On reflection: half marks" })).toMatchObject({ ok: true, newScore: 0.5 });
    const history = await db.answerOverride.findMany({ where: { responseId: w.multi.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.oldScore, h.newScore])).toEqual([
      [expect.closeTo(2 / 3, 6), 1],
      [1, 0.5],
    ]);
    // 1⅔ → 2 → 1.5 points: 17 → 20 → 15 (+20 bonus each time).
    expect(history.map((h) => h.pointsDelta)).toEqual([3, -5]);
    expect(await expectLedgerConsistent(w.student.id)).toBe(15 + ASSIGNMENT_BONUS);

    // The teacher's results and the student's result page show the new mark and why.
    const results = await getAssignmentResults(w.assignment.id, w.teacher);
    const row = results.attempts[0]!.answers.find((a) => a.questionId === w.ids[1])!;
    expect(row).toMatchObject({ mark: "partial", score: 0.5 });
    expect(row.overrides.map((o) => [o.by, o.reason])).toEqual([
      ["Ms. Owner", "Chile was listed by mistake in the article"],
      ["Ms. Owner", "On reflection: half marks"],
    ]);
    expect(results.students[0]!.best?.score).toBeCloseTo(1.5, 6);
    const review = await getAttemptReview(w.attempt.id, w.student.id);
    expect(review?.score).toBeCloseTo(1.5, 6);
    const item = review!.items.find((i) => i.question.id === w.ids[1])!;
    expect(item).toMatchObject({ score: 0.5, override: { reason: "On reflection: half marks", oldScore: 1, newScore: 0.5 } });
    expect(review!.items.find((i) => i.question.id === w.ids[0])!.override).toBeNull();
  });

  it("changes sent at once take turns: each records the mark the one before left, and the totals still add up", async () => {
    const w = await world();
    signInAs(w.teacher.id);
    const scores = ["1", "0.25", "0.5", "0.1", "0.75"]; // all different, none back to the first mark (0): each old mark names one change
    const results = await Promise.all(scores.map((score, i) => overrideAnswerAction({ responseId: w.fill.id, score, reason: `Change number ${i + 1}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    const history = await db.answerOverride.findMany({ where: { responseId: w.fill.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(history).toHaveLength(scores.length);
    // A chain: whatever order they ran in, each change starts from the mark the previous one set.
    const byOld = new Map(history.map((h) => [h.oldScore, h]));
    let mark = 0;
    for (let i = 0; i < history.length; i++) {
      const next = byOld.get(mark);
      expect(next, `no change starts from ${mark}`).toBeDefined();
      mark = next!.newScore;
    }
    expect((await db.response.findUniqueOrThrow({ where: { id: w.fill.id } })).score).toBe(mark);
    await expectLedgerConsistent(w.student.id);
  });

  it("refuses another teacher, a student and a visitor, and changes nothing", async () => {
    const w = await world();
    const before = await snapshot();
    for (const who of [w.other.id, w.student.id, null]) {
      if (who) signInAs(who);
      else signOut();
      const result = await overrideAnswerAction({ responseId: w.fill.id, score: "1", reason: "Trying to change it" });
      expect(result.ok).toBe(false);
      if (who === w.other.id) expect(result).toMatchObject({ message: "We couldn't find that answer." });
      expect(await snapshot()).toEqual(before);
    }
  });

  it("refuses bad input, an unchanged mark and an attempt still in progress, and changes nothing", async () => {
    const w = await world();
    const open = await createAssignmentAttempt({
      userId: (await createUser({ name: "Still Working" })).id,
      assignmentId: w.assignment.id,
      questionIds: w.ids,
      startedAt: new Date(),
      answers: { [w.ids[0]]: { answer: { choice: 0 } } },
    });
    const openResponse = await db.response.findFirstOrThrow({ where: { attemptId: open.id } });
    const before = await snapshot();
    signInAs(w.teacher.id);
    const cases: [{ responseId: string; score: string; reason: string }, RegExp][] = [
      [{ responseId: w.fill.id, score: "2", reason: "Generous" }, /1 point at most/],
      [{ responseId: w.fill.id, score: "-1", reason: "Harsh" }, /below 0/],
      [{ responseId: w.fill.id, score: "lots", reason: "Vague" }, /number from 0 to 1/],
      [{ responseId: w.fill.id, score: "1", reason: "  " }, /Say why/],
      [{ responseId: w.fill.id, score: "1", reason: "x".repeat(501) }, /under 500/],
      [{ responseId: w.single.id, score: "1", reason: "Already right" }, /already has 1 of 1 point/],
      [{ responseId: openResponse.id, score: "1", reason: "Early" }, /still in progress/],
      [{ responseId: "no-such-answer", score: "1", reason: "Missing" }, /couldn't find/],
    ];
    for (const [input, message] of cases) {
      const result = await overrideAnswerAction(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      expect(JSON.stringify(result)).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });
});
