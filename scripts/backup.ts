// `npm run db:backup [-- <file>]`: a consistent copy of the database while the app keeps running.
//
// SQLite: the driver's online backup API (better-sqlite3's `backup`, SQLite's sqlite3_backup_*).
// The copy is one moment of the database — rows still in the write-ahead log included, which
// copying the file would miss. All pages go in one step: in steps of 100 (the driver's default)
// every write the app makes between steps restarts the copy, and under steady writes it never
// ends (seen in scripts/backup.integration.test.ts). One step is one read transaction, which in
// WAL mode doesn't hold up the app's writes. Default target: data/backups/factdeck-<UTC time>.db.
// PostgreSQL: pg_dump's custom format (restore with pg_restore; docs/deploy.md).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

type Progress = { totalPages: number; remainingPages: number };
type SqliteDatabase = { backup(destination: string, options: { progress: (p: Progress) => number }): Promise<Progress>; close(): void };
const ALL_PAGES = 0x7fffffff;
// better-sqlite3 comes with @prisma/adapter-better-sqlite3; it ships no type declarations.
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options?: { fileMustExist?: boolean }) => SqliteDatabase;

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-");

/** Copies the SQLite database at `source` (a file path) to `target`; returns the pages copied. */
export async function backupSqlite(source: string, target: string): Promise<number> {
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target, { progress: () => ALL_PAGES });
    return totalPages;
  } finally {
    db.close();
  }
}

/** Dumps the PostgreSQL database at `url` to `target` with pg_dump (custom format). */
export function backupPostgres(url: string, target: string): void {
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const dump = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${target}`, `--dbname=${url}`], { stdio: ["ignore", "inherit", "inherit"] });
  if (dump.error) throw new Error(`pg_dump could not be started (${dump.error.message}): install PostgreSQL's client tools.`);
  if (dump.status !== 0) throw new Error(`pg_dump failed with exit code ${dump.status}.`);
}

async function main() {
  const url = process.env.DATABASE_URL?.trim() || "file:./data/factdeck.db";
  const postgres = /^postgres(ql)?:\/\//.test(url);
  const target = process.argv[2] || path.join("data", "backups", `factdeck-${stamp()}.${postgres ? "dump" : "db"}`);
  if (postgres) {
    backupPostgres(url, target);
    console.log(`Backed up the PostgreSQL database to ${target} (restore: pg_restore --clean --dbname=<url> ${target}).`);
  } else {
    const pages = await backupSqlite(url.slice("file:".length), target);
    console.log(`Backed up ${url.slice("file:".length)} to ${target} (${pages} pages).`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
