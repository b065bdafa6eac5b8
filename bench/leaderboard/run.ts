// Leaderboard speed at scale: 100,000 students, 1,000,000 graded responses (100,000 attempts,
// their PointsEntry rows, User.points and the WeeklyPoints rollup) over 12 weeks and 1,000 classes, in a temp SQLite file.
// `--scale 10` (or --students/--responses) for ten times that; `--database postgresql` copies
// the seeded rows into PostgreSQL (BENCH_POSTGRES_URL, default
// postgresql://postgres@127.0.0.1:5432/factdeck_bench_leaderboard, dropped and created again)
// and times the boards there (bench/leaderboard/postgres.ts).
//   npm run bench:leaderboard [-- --runs 60] [--scale 10] [--database postgresql] [--keep] [--reuse <kept file>]
// Seeds with raw better-sqlite3 prepared statements in transactions (fast), then times the app's
// own board code (lib/leaderboard/queries.ts, through Prisma) against a `SELECT 1` through the
// same Prisma client, alternating the two so both see the same load. Goal: p95 < 50 ms.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pointsForAttempt } from "../../lib/leaderboard/points";

type Statement = { run(...args: unknown[]): unknown };
type Sqlite = { exec(sql: string): void; prepare(sql: string): Statement; transaction<T extends unknown[]>(fn: (...args: T) => void): (...args: T) => void; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
};
const RUNS = arg("runs", 60);
const WARMUP = 5;
const GOAL_MS = 50;
const SCALE = arg("scale", 1);
const STUDENTS = arg("students", 100_000 * SCALE);
const CLASSES = Math.max(1, Math.round(STUDENTS / 100));
const RESPONSES_PER_ATTEMPT = 10;
const ATTEMPTS = arg("responses", 1_000_000 * SCALE) / RESPONSES_PER_ATTEMPT;
const at = process.argv.indexOf("--database");
const DATABASE = at > 0 ? process.argv[at + 1] : "sqlite";
if (DATABASE !== "sqlite" && DATABASE !== "postgresql") throw new Error("--database must be sqlite or postgresql");
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/factdeck_bench_leaderboard";
const WEEKS = 12;
// Sunday 23:00 UTC: the current UTC week is complete, the worst case for the weekly board.
const NOW = new Date("2026-03-15T23:00:00Z");
const ZONES = ["UTC", "Asia/Seoul", "America/New_York", "Europe/London", "Australia/Sydney"];

/** Deterministic pseudo-random numbers, so runs seed the same data. */
let seed = 42;
const rand = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
const pick = (n: number) => Math.floor(rand() * n);
// Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset.
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

function applyMigrations(sqlite: Sqlite) {
  const dir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    sqlite.exec(readFileSync(path.join(dir, folder, "migration.sql"), "utf8"));
  }
}

function seedDatabase(file: string) {
  const sqlite = new Database(file);
  applyMigrations(sqlite);
  sqlite.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
  // Bulk load without secondary indexes, then build each once: far faster than row by row.
  const indexes = (sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`) as unknown as { all(): { name: string; sql: string }[] }).all();
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  const created = iso(NOW.getTime() - WEEKS * 7 * 86_400_000);
  const q = {
    user: sqlite.prepare(`INSERT INTO "User" (id, email, name, passwordHash, role, hideFromGlobal, timeZone, points, createdAt) VALUES (?, ?, ?, 'x', ?, ?, 'UTC', ?, ?)`),
    article: sqlite.prepare(`INSERT INTO "Article" (id, slug, title, rawText, wordCount, blocksJson, createdAt) VALUES ('a1', 'bench', 'Bench', '', 0, '[]', ?)`),
    question: sqlite.prepare(`INSERT INTO "Question" (id, articleId, key, type, prompt, bodyJson, difficulty, sentence, start, "end", createdAt, updatedAt) VALUES (?, 'a1', ?, 'true_false', 'Prompt', '{}', 0.5, 'S', 0, 1, ?, ?)`),
    set: sqlite.prepare(`INSERT INTO "QuestionSet" (id, title, ownerId, createdAt, updatedAt) VALUES (?, 'Set', ?, ?, ?)`),
    klass: sqlite.prepare(`INSERT INTO "Class" (id, name, teacherId, joinCode, timeZone, createdAt) VALUES (?, ?, ?, ?, ?, ?)`),
    assignment: sqlite.prepare(`INSERT INTO "Assignment" (id, classId, setId, opensAt, createdAt) VALUES (?, ?, ?, ?, ?)`),
    enrollment: sqlite.prepare(`INSERT INTO "Enrollment" (id, classId, userId, createdAt) VALUES (?, ?, ?, ?)`),
    attempt: sqlite.prepare(`INSERT INTO "Attempt" (id, userId, articleId, assignmentId, status, questionOrder, optionOrder, startedAt, submittedAt, score, maxScore) VALUES (?, ?, ?, ?, 'submitted', '[]', '{}', ?, ?, ?, ?)`),
    response: sqlite.prepare(`INSERT INTO "Response" (id, attemptId, questionId, questionVersion, answerJson, score, correct, answeredAt) VALUES (?, ?, ?, 1, '{}', ?, ?, ?)`),
    points: sqlite.prepare(`INSERT INTO "PointsEntry" (id, userId, attemptId, classId, points, awardedAt) VALUES (?, ?, ?, ?, ?, ?)`),
  };
  const classOf = (student: number) => student % CLASSES;
  const totals = new Float64Array(STUDENTS);

  sqlite.transaction(() => {
    q.article.run(created);
    for (let i = 0; i < RESPONSES_PER_ATTEMPT; i++) q.question.run(`q${i}`, `k${i}`, created, created);
    for (let c = 0; c < CLASSES; c++) {
      const teacher = `t${Math.floor(c / 10)}`;
      if (c % 10 === 0) {
        q.user.run(teacher, `${teacher}@bench.test`, `Teacher ${teacher}`, "teacher", 0, 0, created);
        q.set.run(`s${teacher}`, teacher, created, created);
      }
      q.klass.run(`c${c}`, `Class ${c}`, teacher, `J${c}`, ZONES[c % ZONES.length], created);
      q.assignment.run(`as${c}`, `c${c}`, `s${teacher}`, created, created);
    }
  })();

  const attemptsTx = sqlite.transaction((from: number, to: number) => {
    for (let a = from; a < to; a++) {
      const student = pick(STUDENTS);
      const isAssignment = rand() < 0.3;
      const at = NOW.getTime() - pick(WEEKS * 7 * 86_400_000);
      const scores = Array.from({ length: RESPONSES_PER_ATTEMPT }, (): number => (rand() < 0.6 ? 1 : rand() < 0.3 ? 0.5 : 0));
      const score = scores.reduce((x, y) => x + y, 0);
      const points = pointsForAttempt({ score, isAssignment });
      totals[student]! += points;
      const classId = isAssignment ? `c${classOf(student)}` : null;
      q.attempt.run(`at${a}`, `u${student}`, isAssignment ? null : "a1", isAssignment ? `as${classOf(student)}` : null, iso(at - 600_000), iso(at), score, RESPONSES_PER_ATTEMPT);
      scores.forEach((s, r) => q.response.run(`r${a}_${r}`, `at${a}`, `q${r}`, s, s === 1 ? 1 : 0, iso(at)));
      q.points.run(`p${a}`, `u${student}`, `at${a}`, classId, points, iso(at));
    }
  });
  // Users first (foreign keys), with points filled in afterwards from the ledger totals.
  sqlite.transaction(() => {
    for (let s = 0; s < STUDENTS; s++) {
      q.user.run(`u${s}`, `u${s}@bench.test`, `Student ${s}`, "student", s % 100 === 7 ? 1 : 0, 0, created);
      q.enrollment.run(`e${s}`, `c${classOf(s)}`, `u${s}`, created);
    }
  })();
  for (let from = 0; from < ATTEMPTS; from += 10_000) attemptsTx(from, Math.min(ATTEMPTS, from + 10_000));
  const setPoints = sqlite.prepare(`UPDATE "User" SET points = ? WHERE id = ?`);
  sqlite.transaction(() => {
    for (let s = 0; s < STUDENTS; s++) if (totals[s]) setPoints.run(totals[s], `u${s}`);
  })();
  // The WeeklyPoints rollup in one pass over the ledger, as the migration backfills it (same
  // ISO-text week start the app's adapter writes), instead of an upsert per attempt.
  sqlite.exec(`INSERT INTO "WeeklyPoints" ("weekStart", "userId", "points")
    SELECT strftime('%Y-%m-%dT00:00:00.000+00:00', "awardedAt", 'weekday 0', '-6 days'), "userId", SUM("points")
    FROM "PointsEntry" GROUP BY 1, 2`);
  for (const index of indexes) sqlite.exec(index.sql);
  sqlite.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;");
  sqlite.close();
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main() {
  const reuse = process.argv.indexOf("--reuse");
  const dir = reuse > 0 ? path.dirname(path.resolve(process.argv[reuse + 1]!)) : mkdtempSync(path.join(tmpdir(), "factdeck-bench-"));
  const file = reuse > 0 ? path.resolve(process.argv[reuse + 1]!) : path.join(dir, "bench.db");
  try {
    let t0 = performance.now();
    if (reuse < 0) seedDatabase(file);
    const seedMs = performance.now() - t0;
    let copyMs = 0;
    if (DATABASE === "postgresql") {
      console.log(`copying the seeded rows into PostgreSQL (${new URL(POSTGRES_URL).pathname.slice(1)})…`);
      t0 = performance.now();
      const { copyToPostgres } = await import("./postgres");
      await copyToPostgres(file, POSTGRES_URL, (line) => console.log(line));
      copyMs = performance.now() - t0;
    }

    process.env.DATABASE_URL = DATABASE === "postgresql" ? POSTGRES_URL : `file:${file}`;
    process.env.FACTDECK_DATA_DIR = dir;
    const { db } = await import("../../lib/db");
    const { getClassBoard, getGlobalBoard } = await import("../../lib/leaderboard/queries");

    const viewer = () => `u${pick(STUDENTS)}`;
    const cases: Record<string, () => Promise<unknown>> = {
      "baseline SELECT 1": () => db.$queryRaw`SELECT 1`,
      "global, this week": () => getGlobalBoard({ viewerId: viewer(), period: "week", now: NOW }),
      "global, all time": () => getGlobalBoard({ viewerId: viewer(), period: "all", now: NOW }),
      "class, this week": () => {
        const v = pick(STUDENTS);
        const c = v % CLASSES;
        return getClassBoard({ classId: `c${c}`, timeZone: ZONES[c % ZONES.length]!, viewerId: `u${v}`, period: "week", now: NOW });
      },
      "class, all time": () => {
        const v = pick(STUDENTS);
        return getClassBoard({ classId: `c${v % CLASSES}`, timeZone: "UTC", viewerId: `u${v}`, period: "all", now: NOW });
      },
    };
    const names = Object.keys(cases);
    const times = new Map(names.map((n) => [n, [] as number[]]));
    for (let run = 0; run < WARMUP + RUNS; run++) {
      // Round robin, so every query sees the same drift in machine load.
      for (const name of names) {
        t0 = performance.now();
        await cases[name]!();
        if (run >= WARMUP) times.get(name)!.push(performance.now() - t0);
      }
    }
    await db.$disconnect();

    console.log(`leaderboard benchmark on ${DATABASE === "postgresql" ? "PostgreSQL" : "SQLite"} — ${STUDENTS.toLocaleString()} students, ${(ATTEMPTS * RESPONSES_PER_ATTEMPT).toLocaleString()} responses, ${ATTEMPTS.toLocaleString()} attempts, ${CLASSES.toLocaleString()} classes, ${WEEKS} weeks; ${RUNS} runs after ${WARMUP} warm-up`);
    console.log(`seeding: ${(seedMs / 1000).toFixed(1)} s${DATABASE === "postgresql" ? `, copying into PostgreSQL: ${(copyMs / 1000).toFixed(1)} s` : ""}`);
    const base = quantile(times.get(names[0]!)!.sort((a, b) => a - b), 0.5);
    let ok = true;
    for (const name of names) {
      const sorted = times.get(name)!.sort((a, b) => a - b);
      const [med, p95] = [quantile(sorted, 0.5), quantile(sorted, 0.95)];
      if (name !== names[0] && p95 >= GOAL_MS) ok = false;
      console.log(`${name.padEnd(20)} median ${fmt(med).padStart(10)}  p95 ${fmt(p95).padStart(10)}  median/baseline ${(med / base).toFixed(1)}×`);
    }
    console.log(ok ? `OK: every board p95 under ${GOAL_MS} ms` : `SLOW: a board's p95 is over the ${GOAL_MS} ms goal`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (!process.argv.includes("--keep") && reuse < 0) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${file}`);
  }
}

void main();
