import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isoWeekOf, safeTimeZone, type Week } from "@/lib/time/zones";
import { rankFromCountAbove, rankRows } from "./ranks";

// Boards show display names only: no query here ever selects an email.
// SQL is portable (SQLite and PostgreSQL): quoted identifiers, boolean literals, Prisma params.

export type Period = "week" | "all";
export type BoardRow = { userId: string; name: string; total: number; rank: number };
export type Board = {
  rows: BoardRow[];
  /** The viewer's row when it falls outside `rows` (null when it is inside, or the viewer has none). */
  viewerRow: BoardRow | null;
  /** Null on all-time boards. */
  week: Week | null;
};

export const BOARD_SIZE = 20;

type RawRow = { userId: string; name: string; total: number | bigint | null };
const toRow = (r: RawRow) => ({ userId: r.userId, name: r.name, total: Number(r.total ?? 0) });
const onGlobalBoard = Prisma.sql`u."hideFromGlobal" = false AND u."role" = 'student'`;

/**
 * Top N of everyone by all-time points; User.points is kept in step with the ledger. The viewer's
 * rank sums BoardCount (students on the board per total, kept by database triggers) above theirs.
 */
async function globalAllTime(viewerId: string | null, limit: number): Promise<Board> {
  // Index-only on User(hideFromGlobal, role, points): the top of the index.
  const top = await db.$queryRaw<RawRow[]>`
    SELECT u."id" AS "userId", u."name", u."points" AS "total" FROM "User" u
    WHERE ${onGlobalBoard} AND u."points" > 0
    ORDER BY u."points" DESC, u."name" ASC, u."id" ASC LIMIT ${limit}`;
  const rows = rankRows(top.map(toRow));
  if (!viewerId || rows.some((r) => r.userId === viewerId)) return { rows, viewerRow: null, week: null };
  const viewer = await findViewer(viewerId);
  if (!viewer || viewer.role !== "student") return { rows, viewerRow: null, week: null };
  const [above] = await db.$queryRaw<{ n: number | bigint | null }[]>`
    SELECT SUM("n") AS "n" FROM "BoardCount" WHERE "points" > ${viewer.points}`;
  const viewerRow = { userId: viewer.id, name: viewer.name, total: viewer.points, rank: rankFromCountAbove(Number(above?.n ?? 0)) };
  return { rows, viewerRow, week: null };
}

// Hot paths use raw SQL: each Prisma query-builder call costs several ms of query planning
// in the client engine (measured in bench/leaderboard), a raw statement well under one.
async function findViewer(id: string) {
  const [row] = await db.$queryRaw<{ id: string; name: string; points: number | bigint; role: string }[]>`
    SELECT "id", "name", "points", "role" FROM "User" WHERE "id" = ${id}`;
  return row ? { ...row, points: Number(row.points) } : null;
}

/**
 * Top N by points awarded since Monday 00:00 UTC, from the WeeklyPoints rollup (kept in step
 * with the ledger by afterAttemptGraded): the top is a walk down WeeklyPoints(weekStart, points)
 * and the viewer's rank a sum over WeeklyBoardCount, like the all-time board's over BoardCount.
 */
async function globalWeek(viewerId: string | null, limit: number, now: Date): Promise<Board> {
  const week = isoWeekOf(now, "UTC");
  // CROSS JOIN keeps WeeklyPoints outermost in SQLite (its planner may otherwise start from
  // User's board index and probe every student); elsewhere it is an ordinary inner join.
  const top = await db.$queryRaw<RawRow[]>`
    SELECT u."id" AS "userId", u."name", w."points" AS "total"
    FROM "WeeklyPoints" w CROSS JOIN "User" u
    WHERE w."weekStart" = ${week.start} AND w."points" > 0 AND u."id" = w."userId" AND ${onGlobalBoard}
    ORDER BY w."points" DESC, u."name" ASC, u."id" ASC LIMIT ${limit}`;
  const rows = rankRows(top.map(toRow));
  if (!viewerId || rows.some((r) => r.userId === viewerId)) return { rows, viewerRow: null, week };
  const viewer = await findViewer(viewerId);
  if (!viewer || viewer.role !== "student") return { rows, viewerRow: null, week };
  const [own] = await db.$queryRaw<{ points: number | bigint }[]>`
    SELECT "points" FROM "WeeklyPoints" WHERE "weekStart" = ${week.start} AND "userId" = ${viewer.id}`;
  const total = Number(own?.points ?? 0);
  const [above] = await db.$queryRaw<{ n: number | bigint | null }[]>`
    SELECT SUM("n") AS "n" FROM "WeeklyBoardCount" WHERE "weekStart" = ${week.start} AND "points" > ${total}`;
  const viewerRow = { userId: viewer.id, name: viewer.name, total, rank: rankFromCountAbove(Number(above?.n ?? 0)) };
  return { rows, viewerRow, week };
}

export async function getGlobalBoard(opts: { viewerId: string | null; period: Period; now?: Date; limit?: number }): Promise<Board> {
  const limit = opts.limit ?? BOARD_SIZE;
  return opts.period === "all" ? globalAllTime(opts.viewerId, limit) : globalWeek(opts.viewerId, limit, opts.now ?? new Date());
}

/**
 * A class board: every enrolled student with the points they earned on this class's
 * assignments (the ledger: what grading awarded, plus or minus any mark a teacher changed since) (all time, or since Monday 00:00 in the class's time zone). Classes are small,
 * so the whole roster is ranked and then cut to the top N plus the viewer.
 */
export async function getClassBoard(opts: {
  classId: string;
  timeZone: string;
  viewerId: string | null;
  period: Period;
  now?: Date;
  limit?: number;
}): Promise<Board> {
  const week = opts.period === "week" ? isoWeekOf(opts.now ?? new Date(), safeTimeZone(opts.timeZone)) : null;
  const inWeek = week ? Prisma.sql`AND "awardedAt" >= ${week.start} AND "awardedAt" < ${week.end}` : Prisma.empty;
  const all = await db.$queryRaw<RawRow[]>`
    SELECT e."userId" AS "userId", u."name", COALESCE(t."total", 0) AS "total"
    FROM "Enrollment" e
    JOIN "User" u ON u."id" = e."userId"
    LEFT JOIN (
      SELECT "userId", SUM("points") AS "total" FROM (
        SELECT "userId", "points" FROM "PointsEntry" WHERE "classId" = ${opts.classId} ${inWeek}
        UNION ALL
        SELECT "userId", "pointsDelta" FROM "AnswerOverride" WHERE "classId" = ${opts.classId} ${inWeek}
      ) l
      GROUP BY "userId"
    ) t ON t."userId" = e."userId"
    WHERE e."classId" = ${opts.classId}
    ORDER BY "total" DESC, u."name" ASC, e."userId" ASC`;
  const ranked = rankRows(all.map(toRow));
  const rows = ranked.slice(0, opts.limit ?? BOARD_SIZE);
  const viewerRow = rows.some((r) => r.userId === opts.viewerId) ? null : (ranked.find((r) => r.userId === opts.viewerId) ?? null);
  return { rows, viewerRow, week };
}

export type BoardClass = { id: string; name: string; timeZone: string; teaching: boolean };

/** Classes whose board the user may see: the ones they are enrolled in, or teach. */
export async function listBoardClasses(userId: string): Promise<BoardClass[]> {
  const classes = await db.class.findMany({
    where: { OR: [{ teacherId: userId }, { enrollments: { some: { userId } } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, timeZone: true, teacherId: true },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, timeZone: c.timeZone, teaching: c.teacherId === userId }));
}

/** A class the user may see the board of; any other class is reported missing. */
export async function requireBoardClass(classId: string, userId: string): Promise<BoardClass> {
  const found = (await listBoardClasses(userId)).find((c) => c.id === classId);
  if (!found) throw new NotFoundError("We couldn't find that class.");
  return found;
}

export async function getLeaderboardSettings(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { hideFromGlobal: true, role: true } });
  return { hideFromGlobal: user?.hideFromGlobal ?? false, onBoards: user?.role === "student" };
}
