// Issue 6, "Must hold": after 200 concurrent graded submissions from 50 students, every
// leaderboard total equals the sum recomputed from the stored attempts — recomputed here from
// Attempt.score and whether it was an assignment, independently of the PointsEntry ledger.
import { onPostgres } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { closeAttempt } from "@/lib/attempts/close";
import { db } from "@/lib/db";
import type { AnyResponse, Question } from "@/lib/question-types";
import { correctResponse } from "@/lib/grading";
import { loadQuestion } from "@/lib/questions/store";
import { isoWeekOf } from "@/lib/time/zones";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { pointsForAttempt } from "./points";
import { getClassBoard, getGlobalBoard, type Board } from "./queries";
import { competitionRanks } from "./ranks";

const NOW = new Date("2026-03-15T14:30:00Z"); // Sunday: 23:30 in Seoul, 10:30 in New York
const HOUR = 3_600_000;

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function wrongResponse(q: Question): AnyResponse {
  switch (q.type) {
    case "single_choice":
      return { choice: (q.answer + 1) % q.options.length };
    case "multiple_select":
      return { choices: [q.answer[0]!] }; // partly right
    case "true_false":
      return { value: !q.answer };
    case "numeric":
      return { value: String(q.answer.value * 10 + 7) };
    case "fill_blank":
      return { text: "nothing like it" };
    case "ordering":
      return { order: [...q.answer].reverse() }; // partly right
    case "matching":
      return { pairs: [...q.answer].reverse() };
    case "evidence":
      return { sentence: (q.answer + 1) % q.passage.length };
  }
}

async function seedWorld() {
  const rand = random(6);
  const teacher = await createUser({ role: "teacher" });
  const { article, questions } = await createArticleWithQuestions();
  const parsed = questions.map((row) => ({ row, q: loadQuestion(row) }));
  const set = await db.questionSet.create({ data: { title: "Set", ownerId: teacher.id } });
  const zones = ["UTC", "Asia/Seoul", "America/New_York"];
  const classes = [];
  for (const [i, timeZone] of zones.entries()) {
    const c = await db.class.create({ data: { name: `Class ${i}`, teacherId: teacher.id, joinCode: `JOIN${i}${Date.now() % 1000}`, timeZone } });
    const assignment = await db.assignment.create({ data: { classId: c.id, setId: set.id, opensAt: new Date(0), attemptsAllowed: 10 } });
    classes.push({ ...c, assignmentId: assignment.id });
  }
  const students = [];
  for (let i = 0; i < 50; i++) {
    // A few share names so ties and name ordering are exercised; some hide from the global board.
    const s = await createUser({ name: `Student ${String(i % 45).padStart(2, "0")}` });
    if (i % 10 === 3) await db.user.update({ where: { id: s.id }, data: { hideFromGlobal: true } });
    students.push(s);
    for (const [k, c] of classes.entries()) {
      if ((i + k) % 3 !== 0 || i % 7 === 0) await db.enrollment.create({ data: { classId: c.id, userId: s.id } });
    }
  }
  const enrolled = new Map<string, Set<string>>();
  for (const e of await db.enrollment.findMany()) (enrolled.get(e.userId) ?? enrolled.set(e.userId, new Set()).get(e.userId)!).add(e.classId);

  const closes: { attemptId: string; closedAt: Date }[] = [];
  for (const [i, s] of students.entries()) {
    for (let n = 0; n < 4; n++) {
      const mine = classes.filter((c) => enrolled.get(s.id)?.has(c.id));
      const c = n % 2 === 1 && mine.length > 0 ? mine[(i + n) % mine.length]! : null;
      const attempt = await db.attempt.create({
        data: {
          userId: s.id,
          articleId: c ? null : article.id,
          assignmentId: c?.assignmentId ?? null,
          activeKey: `${s.id}:${n}`,
          questionOrder: questions.map((q) => q.id),
          optionOrder: {},
        },
      });
      const responses = [];
      for (const { row, q } of parsed) {
        const r = rand();
        if (r < 0.2) continue; // left blank
        const response = r < 0.65 ? correctResponse(q) : wrongResponse(q);
        responses.push({ attemptId: attempt.id, questionId: row.id, questionVersion: 1, answerJson: response });
      }
      await db.response.createMany({ data: responses });
      // Spread over three weeks, many near the week boundaries of the three zones.
      const closedAt = new Date(NOW.getTime() - Math.floor(rand() * 21 * 24) * HOUR - Math.floor(rand() * 60) * 60_000);
      closes.push({ attemptId: attempt.id, closedAt });
    }
  }
  return { students, classes, closes };
}

function totalsOf(board: Board): Map<string, number> {
  return new Map([...board.rows, ...(board.viewerRow ? [board.viewerRow] : [])].map((r) => [r.userId, r.total]));
}

function expectRanked(board: Board) {
  const totals = board.rows.map((r) => r.total);
  expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  expect(board.rows.map((r) => r.rank)).toEqual(competitionRanks(totals));
}

describe("leaderboards after 200 concurrent graded submissions", () => {
  it("every board total equals the sum recomputed from the stored attempts", { timeout: 120_000 }, async () => {
    const { students, classes, closes } = await seedWorld();
    expect(closes).toHaveLength(200);

    for (let i = 0; i < closes.length; i += 50) {
      await Promise.all(closes.slice(i, i + 50).map((c) => closeAttempt(c.attemptId, "submitted", c.closedAt)));
    }
    // A second round of closes changes nothing: a grade happens once.
    await Promise.all(closes.slice(0, 50).map((c) => closeAttempt(c.attemptId, "submitted", NOW)));

    const attempts = await db.attempt.findMany({ include: { assignment: { select: { classId: true } } } });
    expect(attempts.every((a) => a.status === "submitted" && a.score !== null)).toBe(true);
    const recomputed = attempts.map((a) => ({
      userId: a.userId,
      classId: a.assignment?.classId ?? null,
      at: a.submittedAt!,
      points: pointsForAttempt({ score: a.score!, isAssignment: a.assignmentId !== null }),
    }));
    const sum = (keep: (r: (typeof recomputed)[number]) => boolean) => {
      const out = new Map<string, number>();
      for (const r of recomputed) if (keep(r)) out.set(r.userId, (out.get(r.userId) ?? 0) + r.points);
      return out;
    };
    expect(recomputed.some((r) => r.points % 10 !== 0)).toBe(true); // partial credit happened

    const hidden = new Set(students.filter((_, i) => i % 10 === 3).map((s) => s.id));
    const visible = (m: Map<string, number>) => new Map([...m].filter(([id, total]) => !hidden.has(id) && total > 0));

    // All-time global: User.points, checked against the recomputation.
    const allTime = sum(() => true);
    const users = await db.user.findMany({ where: { role: "student" } });
    for (const u of users) expect(u.points).toBe(allTime.get(u.id) ?? 0);
    const globalAll = await getGlobalBoard({ viewerId: null, period: "all", limit: 1000 });
    expect(totalsOf(globalAll)).toEqual(visible(allTime));
    expectRanked(globalAll);

    // Weekly global: since Monday 00:00 UTC.
    const utcWeek = isoWeekOf(NOW, "UTC");
    const weekly = sum((r) => r.at >= utcWeek.start && r.at < utcWeek.end);
    const globalWeek = await getGlobalBoard({ viewerId: null, period: "week", now: NOW, limit: 1000 });
    expect(totalsOf(globalWeek)).toEqual(visible(weekly));
    expectRanked(globalWeek);

    // The WeeklyPoints rollup behind it: every (UTC week, student) total, in every week.
    const rollup = new Map<string, number>();
    for (const r of recomputed) {
      const key = `${isoWeekOf(r.at, "UTC").start.toISOString()} ${r.userId}`;
      rollup.set(key, (rollup.get(key) ?? 0) + r.points);
    }
    const stored = await db.weeklyPoints.findMany();
    expect(new Map(stored.map((w) => [`${w.weekStart.toISOString()} ${w.userId}`, w.points]))).toEqual(rollup);
    expect(new Set(stored.map((w) => w.weekStart.getTime())).size).toBeGreaterThan(1); // spans a week boundary
    // The SQLite migration's backfill computes the same weeks from the ledger in SQL (PostgreSQL
    // databases start from one baseline migration, with no ledger to backfill).
    if (!onPostgres) await checkWeeklyBackfill(rollup);


    // Class boards, all time and this week in each class's own time zone.
    const enrollments = await db.enrollment.findMany();
    let classPointsSeen = 0;
    for (const c of classes) {
      const members = enrollments.filter((e) => e.classId === c.id).map((e) => e.userId);
      const week = isoWeekOf(NOW, c.timeZone);
      for (const period of ["all", "week"] as const) {
        const expected = sum((r) => r.classId === c.id && (period === "all" || (r.at >= week.start && r.at < week.end)));
        const board = await getClassBoard({ classId: c.id, timeZone: c.timeZone, viewerId: null, period, now: NOW, limit: 1000 });
        expect(totalsOf(board)).toEqual(new Map(members.map((id) => [id, expected.get(id) ?? 0])));
        expectRanked(board);
        classPointsSeen += [...expected.values()].reduce((a, b) => a + b, 0);
      }
    }
    expect(classPointsSeen).toBeGreaterThan(0);

    // The viewer's own row is always there, ranked as the full board ranks them.
    const full = globalAll.rows;
    const last = full.at(-1)!;
    const small = await getGlobalBoard({ viewerId: last.userId, period: "all", limit: 3 });
    expect(small.rows).toHaveLength(3);
    expect(small.viewerRow).toEqual(last);
    const weekLast = globalWeek.rows.at(-1)!;
    const smallWeek = await getGlobalBoard({ viewerId: weekLast.userId, period: "week", now: NOW, limit: 3 });
    expect(smallWeek.viewerRow).toEqual(weekLast);
    // Every student's rank from the rank counts (BoardCount, WeeklyBoardCount: kept by triggers
    // through 200 gradings, 50 at a time) is their rank on the full board.
    await expectCountsMatchBoard();
    for (const row of full.slice(1)) expect((await getGlobalBoard({ viewerId: row.userId, period: "all", limit: 1 })).viewerRow).toEqual(row);
    for (const row of globalWeek.rows.slice(1)) expect((await getGlobalBoard({ viewerId: row.userId, period: "week", now: NOW, limit: 1 })).viewerRow).toEqual(row);

    // Every answered question is on the student's review queue, once.
    const answered = await db.response.findMany({ select: { questionId: true, attempt: { select: { userId: true } } } });
    const pairs = new Set(answered.map((r) => `${r.attempt.userId}:${r.questionId}`));
    const cards = await db.reviewCard.findMany({ select: { userId: true, questionId: true } });
    expect(new Set(cards.map((c) => `${c.userId}:${c.questionId}`))).toEqual(pairs);
    expect(cards).toHaveLength(pairs.size);
  });
});

/** The rank counts equal counting the board's students by total, all time and in every week. */
async function expectCountsMatchBoard() {
  const counts = (rows: { key: string; n: number | bigint }[]) => new Map(rows.filter((r) => Number(r.n) !== 0).map((r) => [r.key, Number(r.n)]));
  const allTime = await db.$queryRaw<{ key: string; n: bigint }[]>`
    SELECT CAST("points" AS TEXT) AS "key", COUNT(*) AS "n" FROM "User" WHERE "role" = 'student' AND "hideFromGlobal" = false GROUP BY "points"`;
  const kept = await db.boardCount.findMany();
  expect(new Map(kept.filter((c) => c.n !== 0).map((c) => [String(c.points), c.n]))).toEqual(counts(allTime));
  const weekly = await db.weeklyPoints.findMany({ where: { user: { role: "student", hideFromGlobal: false } } });
  const byWeek = new Map<string, number>();
  for (const w of weekly) byWeek.set(`${w.weekStart.toISOString()} ${w.points}`, (byWeek.get(`${w.weekStart.toISOString()} ${w.points}`) ?? 0) + 1);
  const keptWeekly = await db.weeklyBoardCount.findMany();
  expect(new Map(keptWeekly.filter((c) => c.n !== 0).map((c) => [`${c.weekStart.toISOString()} ${c.points}`, c.n]))).toEqual(byWeek);
}

describe("the leaderboard's rank counts", () => {
  it("follow every write to who is on the board and their totals: sign-up, points, visibility, role, weeks, deletion", async () => {
    const rand = random(15);
    const week = (i: number) => new Date(Date.UTC(2026, 2, 2 + 7 * i));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await createUser({ role: i % 5 === 4 ? "teacher" : "student" })).id);
    const pick = () => ids[Math.floor(rand() * ids.length)]!;
    for (let step = 0; step < 150; step++) {
      const id = pick();
      switch (Math.floor(rand() * 6)) {
        case 0:
          await db.user.update({ where: { id }, data: { points: { increment: Math.floor(rand() * 30) } } });
          break;
        case 1:
          await db.user.update({ where: { id }, data: { hideFromGlobal: rand() < 0.5 } });
          break;
        case 2:
          await db.user.update({ where: { id }, data: { role: rand() < 0.7 ? "student" : "teacher" } });
          break;
        case 3: {
          const weekStart = week(Math.floor(rand() * 3));
          const points = Math.floor(rand() * 20);
          await db.weeklyPoints.upsert({ where: { weekStart_userId: { weekStart, userId: id } }, create: { weekStart, userId: id, points }, update: { points: { increment: points } } });
          break;
        }
        case 4:
          await db.weeklyPoints.updateMany({ where: { userId: id }, data: { points: { decrement: 1 } } });
          break;
        case 5:
          if (rand() < 0.3) {
            await db.user.delete({ where: { id } });
            ids.splice(ids.indexOf(id), 1, (await createUser()).id);
          }
          break;
      }
    }
    await expectCountsMatchBoard();
    expect((await db.weeklyBoardCount.findMany()).length).toBeGreaterThan(3);
  });
});

async function checkWeeklyBackfill(rollup: Map<string, number>) {
  const migration = readFileSync("prisma/migrations/20261127230000_weekly_points/migration.sql", "utf8");
  const backfill = /INSERT INTO "WeeklyPoints"[^\n]*\n(SELECT[^;]*);/.exec(migration)?.[1];
  const fromSql = await db.$queryRawUnsafe<{ weekStart: string; userId: string; points: number | bigint }[]>(
    `SELECT "weekStart" AS "weekStart", "userId" AS "userId", "points" AS "points" FROM (${backfill!.replace("SUM(\"points\")", 'SUM("points") AS "points"')}) t`,
  );
  expect(new Map(fromSql.map((w) => [`${new Date(w.weekStart).toISOString()} ${w.userId}`, Number(w.points)]))).toEqual(rollup);
}
