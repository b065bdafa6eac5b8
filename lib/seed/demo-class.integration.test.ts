// The demo class's work on a first start (issue 14): attempts made and graded through the real
// path, so results, item analysis and the class board are alive; and a second seed changes nothing.
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentResults } from "@/lib/results/queries";
import { db } from "@/lib/db";
import { DEMO_CLASS, DEMO_SET_TITLE, DEMO_WARMUP_TITLE } from "./demo-class";
import { DEMO_CLASSMATES, DEMO_STUDENT, DEMO_TEACHER, seedArticles, seedDemoAccounts } from "./demo";

async function seed() {
  const articleId = await seedArticles(path.join(process.cwd(), "content"));
  await seedDemoAccounts(articleId);
}

/** Everything the class's work wrote, to compare across a second seed. */
async function classWork() {
  return {
    attempts: await db.attempt.findMany({ where: { assignmentId: { not: null } }, orderBy: { id: "asc" } }),
    responses: await db.response.count(),
    points: await db.pointsEntry.findMany({ orderBy: { id: "asc" } }),
    weekly: await db.weeklyPoints.findMany({ orderBy: [{ weekStart: "asc" }, { userId: "asc" }] }),
    cards: await db.reviewCard.count(),
    users: await db.user.findMany({ select: { email: true, points: true }, orderBy: { email: "asc" } }),
    assignments: await db.assignment.count(),
    sets: await db.questionSet.count(),
  };
}

const byTitle = async (title: string) => {
  const klass = await db.class.findFirstOrThrow({ where: { name: DEMO_CLASS.name } });
  return db.assignment.findFirstOrThrow({ where: { classId: klass.id, set: { title } }, include: { attempts: { include: { user: true, responses: true } } } });
};

beforeAll(seed, 60_000);

describe("the demo class after the seed", () => {
  it("has the open assignment three-quarters done: three submitted with different scores, one in progress, the demo student not started", async () => {
    const open = await byTitle(DEMO_SET_TITLE);
    const status = Object.fromEntries(open.attempts.map((a) => [a.user.email, a.status]));
    expect(status).toEqual({ "ana@factdeck.test": "submitted", "ben@factdeck.test": "submitted", "chloe@factdeck.test": "submitted", "dev@factdeck.test": "in_progress" });
    expect(status[DEMO_STUDENT.email]).toBeUndefined();
    const scores = open.attempts.filter((a) => a.status === "submitted").map((a) => a.score);
    expect(new Set(scores).size).toBe(3);
    // Still open for the demo student: due after now, opened before.
    expect(open.opensAt.getTime()).toBeLessThan(Date.now());
    expect(open.dueAt!.getTime()).toBeGreaterThan(Date.now());
    // The one in progress has some answers saved, ungraded, and can still be resumed.
    const inProgress = open.attempts.find((a) => a.status === "in_progress")!;
    expect(inProgress.responses.length).toBeGreaterThan(0);
    expect(inProgress.responses.every((r) => r.score === null)).toBe(true);
    expect(inProgress.activeKey).not.toBeNull();
  });

  it("has last week's assignment closed, with one submission late", async () => {
    const warmup = await byTitle(DEMO_WARMUP_TITLE);
    expect(warmup.dueAt!.getTime()).toBeLessThan(Date.now());
    expect(warmup.attempts).toHaveLength(DEMO_CLASSMATES.length);
    const late = warmup.attempts.filter((a) => a.submittedAt!.getTime() > warmup.dueAt!.getTime());
    expect(late.map((a) => a.user.email)).toEqual(["ben@factdeck.test"]);
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email } });
    const results = await getAssignmentResults(warmup.id, { id: teacher.id });
    const rows = Object.fromEntries(results.students.map((s) => [s.name, s.status]));
    expect(rows).toMatchObject({ "Ben Okafor": "late", "Ana Lima": "submitted", "Sam Park": "not_started" });
  });

  it("graded every submitted answer, and the points agree everywhere they are kept", async () => {
    const attempts = await db.attempt.findMany({ where: { assignmentId: { not: null }, status: "submitted" }, include: { responses: true, pointsEntry: true } });
    expect(attempts.length).toBe(7);
    for (const a of attempts) {
      expect(a.responses.length).toBe(a.maxScore);
      expect(a.responses.every((r) => r.score !== null && r.correct !== null)).toBe(true);
      expect(a.score).toBeCloseTo(a.responses.reduce((sum, r) => sum + r.score!, 0), 5);
      expect(a.pointsEntry).not.toBeNull();
      expect(a.pointsEntry!.classId).not.toBeNull();
    }
    // Each user's total is the sum of their ledger, and so is the sum of their weekly totals.
    const users = await db.user.findMany({ include: { pointsEntries: true, weeklyPoints: true } });
    for (const u of users) {
      const ledger = u.pointsEntries.reduce((s, e) => s + e.points, 0);
      expect(u.points, u.email).toBe(ledger);
      expect(u.weeklyPoints.reduce((s, w) => s + w.points, 0), u.email).toBe(ledger);
    }
    // The class board has points to show; every answered question is on its student's review queue.
    const klass = await db.class.findFirstOrThrow({ where: { name: DEMO_CLASS.name } });
    expect(await db.pointsEntry.count({ where: { classId: klass.id, points: { gt: 0 } } })).toBeGreaterThan(0);
    for (const a of attempts) {
      expect(await db.reviewCard.count({ where: { userId: a.userId, questionId: { in: a.responses.map((r) => r.questionId) } } })).toBe(a.responses.length);
    }
  });

  it("seeds again without duplicating or changing anything", async () => {
    const before = await classWork();
    await seed();
    expect(await classWork()).toEqual(before);
  });
});
