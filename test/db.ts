// A throwaway SQLite database per integration test file.
//
// Import "@/test/db" FIRST in the test file (before anything that imports lib/db.ts): lib/env.ts
// parses the environment once, at import time, and lib/db.ts opens its client from it. On import
// this module creates a fresh database file under os.tmpdir(), applies the committed migrations
// in order, points DATABASE_URL (and the auth secret's data dir) at it, and removes it all after
// the file's tests. Vitest runs each test file in its own module graph, so files never share one.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

type SqliteDatabase = { exec(sql: string): void; close(): void };
type SqliteConstructor = new (filename: string) => SqliteDatabase;

// better-sqlite3 comes with @prisma/adapter-better-sqlite3; it ships no type declarations.
const Database = createRequire(import.meta.url)("better-sqlite3") as SqliteConstructor;

const MIGRATIONS_DIR = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

/** Applies every committed migration, in the order Prisma applies them (by folder name). */
export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    if (folders.length === 0) throw new Error(`No migrations found in ${MIGRATIONS_DIR}`);
    for (const folder of folders) {
      sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8"));
    }
  } finally {
    sqlite.close();
  }
}

function createTestDatabase() {
  if ((globalThis as { prisma?: unknown }).prisma) {
    // lib/db.ts already opened a client, on whatever DATABASE_URL was set: never touch that.
    throw new Error('lib/db.ts was imported before "@/test/db": import "@/test/db" first in the test file.');
  }
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-test-"));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  process.env.DATABASE_URL = `file:${file}`;
  process.env.FACTDECK_DATA_DIR = dir;
  process.env.AUTH_SECRET = "integration-tests-secret-0123456789abcdef";
  return { dir, file };
}

export const testDatabase = createTestDatabase();

let removed = false;
function removeFiles() {
  if (removed) return;
  removed = true;
  rmSync(testDatabase.dir, { recursive: true, force: true });
}
// Also on a crash or an interrupted run, so temp files never pile up.
process.once("exit", removeFiles);

afterAll(async () => {
  const prisma = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await prisma?.$disconnect();
  removeFiles();
});
