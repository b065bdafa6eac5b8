// The typed-schema migrations (issue 13, item 4) keep every row: a database built at the head
// before them (every migration older than FIRST_TYPED) is filled with rows of each model, written
// the way the old schema took them (JSON as text, the columns since dropped, ids pointing at rows
// that are gone), then the rest of the migrations are applied. Row counts, points and score totals
// and every kept value must be the same after; ids that pointed at nothing become NULL (the new
// foreign keys hold); the app's client then reads every model, enums and JSON included.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { correctResponse } from "@/lib/grading/correct-response";
import { allQuestions } from "@/lib/grading/test-fixtures";

type Row = Record<string, unknown>;
type Statement = { run(...args: unknown[]): unknown; all(...args: unknown[]): Row[]; get(...args: unknown[]): Row | undefined };
type SqliteDatabase = { exec(sql: string): void; prepare(sql: string): Statement; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (filename: string) => SqliteDatabase;

const MIGRATIONS_DIR = fileURLToPath(new URL("../prisma/migrations", import.meta.url));
/** The first migration of the typed schema: everything before it is "today's head". */
const FIRST_TYPED = "20261130100000";

const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const before = folders.filter((f) => f < FIRST_TYPED);
const after = folders.filter((f) => f >= FIRST_TYPED);

function apply(sqlite: SqliteDatabase, names: string[]) {
  for (const name of names) sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
}

const dir = mkdtempSync(path.join(tmpdir(), "factdeck-migration-"));
const file = path.join(dir, "migrated.db");
afterAll(async () => {
  const prisma = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await prisma?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9); // a Monday
const iso = (ms: number) => new Date(ms).toISOString();

/** Rows of every model, as the old schema stored them. Returns the ids that point at nothing. */
function fill(sqlite: SqliteDatabase) {
  const insert = (table: string, row: Row) => {
    const cols = Object.keys(row);
    const values = cols.map((c) => {
      const v = row[c];
      return typeof v === "boolean" ? Number(v) : v;
    });
    sqlite.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(...values);
  };
  const user = (id: string, role: string, extra: Row = {}) =>
    insert("User", { id, email: `${id}@factdeck.test`, name: `Name ${id}`, nameKey: `name ${id}`, passwordHash: "x", role, createdAt: iso(T0), ...extra });
  user("admin", "admin");
  user("t1", "teacher", { timeZone: "Europe/London" });
  user("t2", "teacher", { hideFromGlobal: true });
  const students = ["s1", "s2", "s3", "s4", "s5", "s6"];
  for (const s of students) user(s, "student", { disabledAt: s === "s6" ? iso(T0) : null, sessionVersion: s === "s5" ? 3 : 0 });
  user("applicant", "student");

  const blocks = JSON.stringify([{ index: 0, kind: "body", text: "A sentence from the article.", start: 0, end: 28 }]);
  const rawText = "A sentence from the article. Another sentence from the article.";
  for (const [id, createdById] of [["a-library", null], ["a-t1", "t1"]] as const) {
    insert("Article", { id, slug: id, title: `Title ${id}`, source: "Wire", byline: "By A. Writer", published: "2026-11-01", rawText, wordCount: 10, blocksJson: blocks, createdById, createdAt: iso(T0) });
    const kinds = ["number", "date", "event", "acronym", "membership", "ranking", "quote", "person", "cause", "list"];
    kinds.forEach((kind, i) =>
      insert("Fact", {
        id: `${id}-f${i}`, articleId: id, key: `f${i}`, kind, label: `Fact ${i}`, start: 0, end: 28, markStart: i % 2 ? 2 : null, markEnd: i % 2 ? 10 : null,
        contradicted: i === 3, dataJson: JSON.stringify({ id: `f${i}`, kind, value: i, source: { sentence: "A sentence from the article.", start: 0, end: 28 } }),
      }),
    );
    for (const kind of ["ratio_mismatch", "count_mismatch"]) {
      insert("ArticleIssue", { id: `${id}-${kind}`, articleId: id, kind, message: `${kind} found`, sourcesJson: JSON.stringify([{ sentence: "A sentence from the article.", start: 0, end: 28 }]), factKeys: '["f0","f1"]', approved: kind === "count_mismatch" });
    }
    allQuestions.forEach((q, i) => {
      const qid = `${id}-q${i}`;
      const status = i === 0 ? "draft" : i === 1 ? "retired" : "approved";
      const origin = i === 2 ? "manual" : "generated";
      // A hand-written question whose author's row is gone, and a copy of a question that is gone.
      const createdById = i === 2 ? (id === "a-t1" ? "t1" : "deleted-teacher") : null;
      const copiedFromId = i === 3 && id === "a-t1" ? "a-library-q3" : i === 4 && id === "a-t1" ? "deleted-question" : null;
      insert("Question", {
        id: qid, articleId: id, key: q.id, type: q.type, status, version: 2, prompt: q.prompt, bodyJson: JSON.stringify(q), difficulty: q.difficulty,
        sentence: q.source.sentence, start: q.source.start, end: q.source.end, origin, createdById, copiedFromId, createdAt: iso(T0), updatedAt: iso(T0 + DAY),
      });
      for (const version of [1, 2]) insert("QuestionVersion", { id: `${qid}-v${version}`, questionId: qid, version, bodyJson: JSON.stringify({ ...q, prompt: `${q.prompt} (v${version})` }), createdAt: iso(T0) });
    });
  }
  const questionIds = allQuestions.map((_, i) => `a-t1-q${i}`).filter((_, i) => i > 1);

  for (const [setId, ownerId] of [["set1", "t1"], ["set2", "t2"], ["set-unassigned", "t1"]] as const) {
    insert("QuestionSet", { id: setId, title: `Set ${setId}`, description: "d", ownerId, createdAt: iso(T0), updatedAt: iso(T0) });
    questionIds.forEach((questionId, position) => insert("QuestionSetItem", { id: `${setId}-${position}`, setId, questionId, position }));
  }
  for (const [classId, teacherId, setId] of [["c1", "t1", "set1"], ["c2", "t2", "set2"]] as const) {
    insert("Class", { id: classId, name: `Class ${classId}`, teacherId, joinCode: `JOIN${classId}`, timeZone: "UTC", createdAt: iso(T0) });
    for (const s of students) insert("Enrollment", { id: `${classId}-${s}`, classId, userId: s, createdAt: iso(T0) });
    insert("Assignment", {
      id: `asg-${classId}`, classId, setId, opensAt: iso(T0), dueAt: iso(T0 + 7 * DAY), timeLimitSec: classId === "c1" ? 600 : null, attemptsAllowed: 2,
      shuffleQuestions: true, shuffleOptions: classId === "c2", feedbackMode: classId === "c1" ? "immediate" : "after_due", oneAtATime: classId === "c2", createdAt: iso(T0),
    });
  }

  // Attempts: per student a graded practice attempt, a graded assignment attempt in each class,
  // one expired and one still in progress; points for each graded one, weekly totals to match.
  const points = new Map<string, number>();
  const weekly = new Map<string, number>();
  let n = 0;
  for (const [si, s] of students.entries()) {
    const plan: { assignmentId?: string; articleId?: string; classId?: string | null; status: string }[] = [
      { articleId: "a-library", status: "submitted" },
      { assignmentId: "asg-c1", classId: "c1", status: "submitted" },
      { assignmentId: "asg-c2", classId: si === 0 ? "deleted-class" : "c2", status: si % 2 ? "expired" : "submitted" },
      { articleId: "a-t1", status: "in_progress" },
    ];
    for (const p of plan) {
      n++;
      const id = `att-${s}-${n}`;
      const ids = p.articleId === "a-library" ? allQuestions.map((_, i) => `a-library-q${i}`).slice(2) : questionIds;
      const graded = p.status !== "in_progress";
      const scores = ids.map((_, i) => ((si + i + n) % 4) / 4);
      const score = graded ? scores.reduce((a, b) => a + b, 0) : null;
      const startedAt = T0 + n * 3_600_000 + (si % 3) * 7 * DAY;
      insert("Attempt", {
        id, userId: s, articleId: p.articleId ?? null, assignmentId: p.assignmentId ?? null, status: p.status, activeKey: graded ? null : `${s}:${p.articleId}`,
        questionOrder: JSON.stringify(ids), optionOrder: JSON.stringify(p.assignmentId === "asg-c2" ? { [ids[0]!]: [1, 0, 3, 2] } : {}),
        feedbackMode: p.assignmentId === "asg-c1" ? "immediate" : "after_submit", oneAtATime: p.assignmentId === "asg-c2", currentIndex: p.assignmentId === "asg-c2" ? 2 : 0,
        startedAt: iso(startedAt), deadline: p.assignmentId ? iso(startedAt + 600_000) : null, submittedAt: graded ? iso(startedAt + 500_000) : null, score, maxScore: graded ? ids.length : null,
      });
      ids.forEach((questionId, i) => {
        const q = allQuestions.find((x) => `a-library-q${allQuestions.indexOf(x)}` === questionId || `a-t1-q${allQuestions.indexOf(x)}` === questionId)!;
        insert("Response", {
          id: `${id}-r${i}`, attemptId: id, questionId, questionVersion: 2, answerJson: JSON.stringify(correctResponse(q)), score: graded ? scores[i] : null,
          correct: graded ? scores[i] === 1 : null, answeredAt: iso(startedAt + i * 1000), timeMs: 1000 + i, checkedAt: p.assignmentId === "asg-c1" ? iso(startedAt + i * 1000) : null,
        });
      });
      if (graded) {
        const earned = Math.round((score! / ids.length) * 100);
        const awardedAt = startedAt + 500_000;
        insert("PointsEntry", { id: `pe-${id}`, userId: s, attemptId: id, classId: p.classId ?? null, points: earned, awardedAt: iso(awardedAt) });
        points.set(s, (points.get(s) ?? 0) + earned);
        const week = T0 + Math.floor((awardedAt - T0) / (7 * DAY)) * 7 * DAY;
        weekly.set(`${week}|${s}`, (weekly.get(`${week}|${s}`) ?? 0) + earned);
      }
    }
    insert("ReviewCard", { id: `rc-${s}`, userId: s, questionId: questionIds[0], due: iso(T0 + DAY), stability: 1.5, difficulty: 4.2, elapsedDays: 1, scheduledDays: 2, learningSteps: 1, reps: 3, lapses: si % 2, state: 2, lastReview: iso(T0), createdAt: iso(T0) });
  }
  for (const [s, total] of points) sqlite.prepare(`UPDATE "User" SET "points" = ? WHERE "id" = ?`).run(total, s);
  for (const [key, total] of weekly) {
    const [week, userId] = key.split("|");
    insert("WeeklyPoints", { weekStart: iso(Number(week)), userId, points: total });
  }

  insert("TeacherInvite", { id: "inv1", code: "CODE-1", label: "Lincoln High", maxUses: 5, uses: 2, expiresAt: iso(T0 + 30 * DAY), createdById: "admin", createdAt: iso(T0) });
  insert("TeacherInvite", { id: "inv2", code: "CODE-2", label: "", maxUses: 1, uses: 0, expiresAt: iso(T0 + DAY), revokedAt: iso(T0), createdById: "deleted-admin", createdAt: iso(T0) });
  insert("TeacherRequest", { id: "tr1", userId: "applicant", status: "pending", createdAt: iso(T0) });
  insert("TeacherRequest", { id: "tr2", userId: "s4", status: "refused", createdAt: iso(T0), decidedAt: iso(T0 + DAY), decidedById: "admin" });
  insert("TeacherRequest", { id: "tr3", userId: "s5", status: "approved", createdAt: iso(T0), decidedAt: iso(T0 + DAY), decidedById: "deleted-admin" });
  for (const [id, status, articleId] of [["job-done", "done", "a-t1"], ["job-failed", "failed", null], ["job-gone", "storing", "deleted-article"], ["job-queued", "queued", null]] as const) {
    insert("GenerationJob", {
      id, createdById: "t1", title: `Job ${id}`, rawText: status === "done" ? "" : rawText, status, error: status === "failed" ? "Nothing to ask." : null, articleId,
      articleSlug: status === "done" ? "a-t1" : null, createdAt: iso(T0), startedAt: status === "queued" ? null : iso(T0), finishedAt: status === "done" || status === "failed" ? iso(T0) : null,
    });
  }
  return {
    dangling: {
      Question: { createdById: ["deleted-teacher"], copiedFromId: ["deleted-question"] },
      PointsEntry: { classId: ["deleted-class"] },
      TeacherInvite: { createdById: ["deleted-admin"] },
      TeacherRequest: { decidedById: ["deleted-admin"] },
      GenerationJob: { articleId: ["deleted-article"] },
    } as Record<string, Record<string, string[]>>,
  };
}

const DROPPED: Record<string, string[]> = { ArticleIssue: ["factKeys", "approved"] };

function tables(sqlite: SqliteDatabase): string[] {
  return sqlite
    .prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '\\_%' ESCAPE '\\' ORDER BY "name"`)
    .all()
    .map((r) => String(r.name));
}
const columns = (sqlite: SqliteDatabase, table: string) => sqlite.prepare(`PRAGMA table_info("${table}")`).all().map((c) => String(c.name));
const rowsOf = (sqlite: SqliteDatabase, table: string) =>
  sqlite.prepare(`SELECT * FROM "${table}" ORDER BY ${table === "WeeklyPoints" ? `"weekStart", "userId"` : `"id"`}`).all();
const scalar = (sqlite: SqliteDatabase, sql: string) => Object.values(sqlite.prepare(sql).get()!)[0];

function figures(sqlite: SqliteDatabase, only?: string[]) {
  return {
    rows: Object.fromEntries((only ?? tables(sqlite)).map((t) => [t, scalar(sqlite, `SELECT COUNT(*) FROM "${t}"`)])),
    userPoints: scalar(sqlite, `SELECT SUM("points") FROM "User"`),
    ledgerPoints: scalar(sqlite, `SELECT SUM("points") FROM "PointsEntry"`),
    weeklyPoints: scalar(sqlite, `SELECT SUM("points") FROM "WeeklyPoints"`),
    attemptScore: scalar(sqlite, `SELECT SUM("score") FROM "Attempt"`),
    attemptMaxScore: scalar(sqlite, `SELECT SUM("maxScore") FROM "Attempt"`),
    responseScore: scalar(sqlite, `SELECT SUM("score") FROM "Response"`),
    gradedAttempts: scalar(sqlite, `SELECT COUNT(*) FROM "Attempt" WHERE "status" <> 'in_progress'`),
  };
}

/** Tables a migration fills from the rows already there (the leaderboard's rank counts). */
const RANK_COUNTS = ["BoardCount", "WeeklyBoardCount"];

describe("the typed-schema migrations", () => {
  const sqlite = new Database(file);
  apply(sqlite, before);
  const { dangling } = fill(sqlite);
  const old = Object.fromEntries(tables(sqlite).map((t) => [t, rowsOf(sqlite, t)]));
  const was = figures(sqlite);
  apply(sqlite, after);
  // Later migrations may add tables (empty here) and columns (null here): the figures compare
  // the tables the filled database had.
  const now = figures(sqlite, Object.keys(was.rows));
  const added = tables(sqlite).filter((t) => !(t in was.rows));

  it("applies on a filled database and keeps every row, point and score", () => {
    expect(before.length).toBeGreaterThan(0);
    expect(after[0]!.startsWith(FIRST_TYPED)).toBe(true);
    console.info(`migration check: ${JSON.stringify(now)}`);
    expect(now).toEqual(was);
    // The fill really holds something of each model.
    for (const [table, count] of Object.entries(now.rows)) expect(count, table).toBeGreaterThan(0);
    expect(now.userPoints).toBe(now.ledgerPoints);
    expect(now.weeklyPoints).toBe(now.ledgerPoints);
    for (const table of added.filter((t) => !RANK_COUNTS.includes(t))) expect(scalar(sqlite, `SELECT COUNT(*) FROM "${table}"`), table).toBe(0);
    // The leaderboard's rank counts start from the rows kept: counting the board's students.
    const onBoard = `FROM "User" u WHERE u."role" = 'student' AND u."hideFromGlobal" = 0`;
    expect(sqlite.prepare(`SELECT "points", "n" FROM "BoardCount" WHERE "n" <> 0 ORDER BY 1`).all()).toEqual(
      sqlite.prepare(`SELECT u."points" AS "points", COUNT(*) AS "n" ${onBoard} GROUP BY 1 ORDER BY 1`).all(),
    );
    expect(sqlite.prepare(`SELECT "weekStart", "points", "n" FROM "WeeklyBoardCount" WHERE "n" <> 0 ORDER BY 1, 2`).all()).toEqual(
      sqlite.prepare(`SELECT w."weekStart" AS "weekStart", w."points" AS "points", COUNT(*) AS "n" FROM "WeeklyPoints" w WHERE w."userId" IN (SELECT u."id" ${onBoard}) GROUP BY 1, 2 ORDER BY 1, 2`).all(),
    );
    expect(scalar(sqlite, `SELECT SUM("n") FROM "WeeklyBoardCount"`)).toBeGreaterThan(0);
  });

  it("keeps every value of every kept column; ids that pointed at nothing become NULL", () => {
    for (const [table, rows] of Object.entries(old)) {
      const kept = columns(sqlite, table);
      const expected = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row)
            .filter(([column]) => !DROPPED[table]?.includes(column))
            .map(([column, value]) => [column, dangling[table]?.[column]?.includes(String(value)) ? null : value]),
        ),
      );
      const names = Object.keys(expected[0]!);
      const later = kept.filter((c) => !names.includes(c));
      const rowsNow = rowsOf(sqlite, table);
      expect(rowsNow.map((row) => Object.fromEntries(names.map((c) => [c, row[c]]))), table).toEqual(expected);
      expect(names.filter((c) => !kept.includes(c)), table).toEqual([]);
      // A column a later migration added holds nothing yet in rows that were there before.
      for (const c of later) expect(rowsNow.every((row) => row[c] === null), `${table}.${c}`).toBe(true);
    }
    expect(columns(sqlite, "ArticleIssue")).not.toContain("factKeys");
  });

  it("leaves no broken foreign key and a sound file", () => {
    expect(sqlite.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    expect(sqlite.prepare("PRAGMA integrity_check").all()).toEqual([{ integrity_check: "ok" }]);
  });

  it("refuses, from now on, a delete that would take graded attempts with it", () => {
    sqlite.exec("PRAGMA foreign_keys = ON");
    expect(() => sqlite.exec(`DELETE FROM "QuestionSet" WHERE "id" = 'set1'`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`DELETE FROM "Assignment" WHERE "id" = 'asg-c2'`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`DELETE FROM "Article" WHERE "id" = 'a-library'`)).toThrow(/FOREIGN KEY/);
    expect(figures(sqlite, Object.keys(was.rows))).toEqual(was);
    sqlite.exec(`DELETE FROM "QuestionSet" WHERE "id" = 'set-unassigned'`);
    expect(scalar(sqlite, `SELECT COUNT(*) FROM "QuestionSetItem" WHERE "setId" = 'set-unassigned'`)).toBe(0);
    sqlite.close();
  });

  it("is read by the app's client: every model, its enums and its JSON", async () => {
    process.env.DATABASE_URL = `file:${file}`;
    process.env.FACTDECK_DATA_DIR = dir;
    process.env.AUTH_SECRET = "integration-tests-secret-0123456789abcdef";
    const { db } = await import("@/lib/db");
    const users = await db.user.findMany({ orderBy: { id: "asc" } });
    expect(users.map((u) => u.role).sort()).toEqual(["admin", "student", "student", "student", "student", "student", "student", "student", "teacher", "teacher"]);
    const counts = await Promise.all([
      db.article.count(), db.fact.count(), db.articleIssue.count(), db.question.count(), db.questionVersion.count(), db.questionSet.count(),
      db.questionSetItem.count(), db.class.count(), db.enrollment.count(), db.assignment.count(), db.attempt.count(), db.response.count(),
      db.reviewCard.count(), db.pointsEntry.count(), db.weeklyPoints.count(), db.teacherInvite.count(), db.teacherRequest.count(), db.generationJob.count(),
    ]);
    expect(counts.every((c) => c > 0)).toBe(true);
    const questions = await db.question.findMany({ include: { createdBy: true, copiedFrom: true } });
    expect(questions.find((q) => q.id === "a-t1-q3")?.copiedFrom?.id).toBe("a-library-q3");
    expect(questions.find((q) => q.id === "a-t1-q2")?.createdBy?.id).toBe("t1");
    const attempts = await db.attempt.findMany({ where: { status: { in: ["submitted", "expired"] } }, include: { pointsEntry: { include: { class: true } } } });
    expect(attempts.reduce((sum, a) => sum + (a.score ?? 0), 0)).toBe(was.attemptScore);
    expect(attempts.filter((a) => a.pointsEntry?.class?.id === "c1")).toHaveLength(6);
    // The JSON stored as text before reads through the loaders as the values written.
    const { loadAnswer, loadBlocks, loadFactData, loadIssueSources, loadOptionOrders, loadQuestion, loadQuestionOrder } = await import("@/lib/data/loaders");
    for (const q of questions) expect(loadQuestion(q)).toEqual({ ...allQuestions.find((x) => x.id === q.key), id: q.id });
    const versions = await db.questionVersion.findMany();
    for (const v of versions) expect(loadQuestion({ id: v.questionId, bodyJson: v.bodyJson }, "QuestionVersion").prompt).toMatch(/\(v[12]\)$/);
    for (const a of await db.article.findMany()) expect(loadBlocks(a)).toEqual([{ index: 0, kind: "body", text: "A sentence from the article.", start: 0, end: 28 }]);
    for (const f of await db.fact.findMany()) expect(loadFactData(f).source).toEqual({ sentence: "A sentence from the article.", start: 0, end: 28 });
    for (const i of await db.articleIssue.findMany()) expect(loadIssueSources(i)).toHaveLength(1);
    const all = await db.attempt.findMany({ include: { responses: true } });
    expect(all.reduce((n, a) => n + loadQuestionOrder(a).length, 0)).toBe(was.rows.Response);
    expect(all.filter((a) => Object.keys(loadOptionOrders(a)).length === 1)).toHaveLength(6);
    for (const r of all.flatMap((a) => a.responses)) expect(Object.keys(loadAnswer(r))).toHaveLength(1);
    // A set still assigned can't be deleted through the client either.
    await expect(db.questionSet.delete({ where: { id: "set2" } })).rejects.toMatchObject({ code: "P2003" });
  });
});
