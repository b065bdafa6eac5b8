import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isoWeekOf, type Week } from "@/lib/time/week";
import { ROLES } from "@/lib/validation/auth";
import { safeTimeZone } from "@/lib/time/calendar";
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
const NOT_STUDENT = ROLES.filter((r) => r !== "student");

/** Top N of everyone by all-time points; User.points is kept in step with the ledger. */
async function globalAllTime(viewerId: string | null, limit: number): Promise<Board> {
  // Index-only on User(hideFromGlobal, role, points): the top of the index, then a range count.
  const top = await db.$queryRaw<RawRow[]>`
    SELECT u."id" AS "userId", u."name", u."points" AS "total" FROM "User" u
    WHERE ${onGlobalBoard} AND u."points" > 0
    ORDER BY u."points" DESC, u."name" ASC, u."id" ASC LIMIT ${limit}`;
  const rows = rankRows(top.map(toRow));
  if (!viewerId || rows.some((r) => r.userId === viewerId)) return { rows, viewerRow: null, week: null };
  const viewer = await findViewer(viewerId);
  if (!viewer || viewer.role !== "student") return { rows, viewerRow: null, week: null };
  const [above] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "User" u WHERE ${onGlobalBoard} AND u."points" > ${viewer.points}`;
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

async function userWeekTotal(week: Week, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number | bigint | null }[]>`
    SELECT SUM("points") AS "total" FROM "PointsEntry"
    WHERE "userId" = ${userId} AND "awardedAt" >= ${week.start} AND "awardedAt" < ${week.end}`;
  return Number(row?.total ?? 0);
}

type Total = { userId: string; total: number };
/** Code-unit order, as SQL's default collation sorts ties on the all-time board. */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The week's K highest totals by user: index-only on PointsEntry(awardedAt, userId, points). */
async function weekTotals(week: Week, k: number): Promise<Total[]> {
  const rows = await db.$queryRaw<{ userId: string; total: number | bigint }[]>`
    SELECT "userId", SUM("points") AS "total" FROM "PointsEntry"
    WHERE "awardedAt" >= ${week.start} AND "awardedAt" < ${week.end}
    GROUP BY "userId" ORDER BY "total" DESC LIMIT ${k}`;
  return rows.map((r) => ({ userId: r.userId, total: Number(r.total) }));
}

/** How many users (anyone) earned more than `total` this week: the same index-only pass. */
async function allAbove(week: Week, total: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (
      SELECT "userId" FROM "PointsEntry" WHERE "awardedAt" >= ${week.start} AND "awardedAt" < ${week.end}
      GROUP BY "userId" HAVING SUM("points") > ${total}
    ) t`;
  return Number(row?.n ?? 0);
}

/** How many hidden students and non-students earned more than `total` this week (few: their ids first). */
async function invisibleAbove(week: Week, total: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM (
      SELECT p."userId" FROM "PointsEntry" p
      WHERE p."awardedAt" >= ${week.start} AND p."awardedAt" < ${week.end} AND p."userId" IN (
        SELECT u."id" FROM "User" u WHERE u."hideFromGlobal" = true
        UNION ALL
        SELECT u."id" FROM "User" u WHERE u."hideFromGlobal" = false AND u."role" IN (${Prisma.join(NOT_STUDENT)})
      )
      GROUP BY p."userId" HAVING SUM(p."points") > ${total}
    ) t`;
  return Number(row?.n ?? 0);
}

/**
 * Top N by points awarded since Monday 00:00 UTC. Joining every weekly total to User to drop
 * hidden students costs a lookup per active student, so this takes the top K totals (K a bit
 * more than N), looks up only those users, and widens K only when hidden students or a tie at
 * the edge leave the answer uncertain. Exact: every total above the K-th is inside the first K.
 */
async function globalWeek(viewerId: string | null, limit: number, now: Date): Promise<Board> {
  const week = isoWeekOf(now, "UTC");
  const viewer = viewerId ? await findViewer(viewerId) : null;
  const viewerTotal = viewer?.role === "student" ? await userWeekTotal(week, viewer.id) : 0;

  for (let k = limit * 2 + 20; ; k *= 4) {
    const totals = await weekTotals(week, k);
    const users = totals.length
      ? await db.$queryRaw<{ id: string; name: string; hideFromGlobal: boolean | number; role: string }[]>`
          SELECT "id", "name", "hideFromGlobal", "role" FROM "User" WHERE "id" IN (${Prisma.join(totals.map((t) => t.userId))})`
      : [];
    // Filtered here, not in SQL: with the flags in the WHERE clause SQLite's planner prefers
    // walking the (hideFromGlobal, role, points) index over 60 primary-key lookups.
    const names = new Map(users.filter((u) => !u.hideFromGlobal && u.role === "student").map((u) => [u.id, u.name]));
    const complete = totals.length < k;
    const edge = totals.at(-1)?.total ?? 0;
    // Rows tied with the K-th total may have tied neighbours beyond K: only rows above it are certain.
    const visible = totals.filter((t) => names.has(t.userId) && (complete || t.total > edge)).map((t) => ({ ...t, name: names.get(t.userId)! }));
    if (!complete && visible.length < limit) continue;

    visible.sort((a, b) => b.total - a.total || binary(a.name, b.name) || binary(a.userId, b.userId));
    const rows = rankRows(visible.slice(0, limit));
    if (!viewer || viewer.role !== "student" || rows.some((r) => r.userId === viewer.id)) return { rows, viewerRow: null, week };
    const [everyone, invisible] = await Promise.all([allAbove(week, viewerTotal), invisibleAbove(week, viewerTotal)]);
    const above = everyone - invisible;
    return { rows, viewerRow: { userId: viewer.id, name: viewer.name, total: viewerTotal, rank: rankFromCountAbove(above) }, week };
  }
}

export async function getGlobalBoard(opts: { viewerId: string | null; period: Period; now?: Date; limit?: number }): Promise<Board> {
  const limit = opts.limit ?? BOARD_SIZE;
  return opts.period === "all" ? globalAllTime(opts.viewerId, limit) : globalWeek(opts.viewerId, limit, opts.now ?? new Date());
}

/**
 * A class board: every enrolled student with the points they earned on this class's
 * assignments (all time, or since Monday 00:00 in the class's time zone). Classes are small,
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
      SELECT "userId", SUM("points") AS "total" FROM "PointsEntry"
      WHERE "classId" = ${opts.classId} ${inWeek}
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
