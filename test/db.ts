// A throwaway database per integration test file: SQLite, or PostgreSQL on the PostgreSQL pass.
//
// Import "@/test/db" FIRST in the test file (before anything that imports lib/db.ts): lib/env.ts
// parses the environment once, at import time, and lib/db.ts opens its client from it. On import
// this module creates a fresh database file under os.tmpdir(), applies the committed migrations
// in order, points DATABASE_URL (and the auth secret's data dir) at it, and removes it all after
// the file's tests. Vitest runs each test file in its own module graph, so files never share one.
//
// PostgreSQL pass (scripts/test.mjs sets FACTDECK_TEST_DATABASE=postgresql and TEST_POSTGRES_URL,
// a server's maintenance database): a fresh database on that server per file instead, migrated
// by scripts/migrate.ts as `npm start` would, and dropped after the file's tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { migratePostgres } from "@/scripts/migrate";
import { databaseOn, testDatabaseName, withPostgres } from "./pg";
import { TEMPLATE_ENV } from "./postgres-template";

type SqliteDatabase = { exec(sql: string): void; close(): void };
type SqliteConstructor = new (filename: string) => SqliteDatabase;

// better-sqlite3 comes with @prisma/adapter-better-sqlite3; it ships no type declarations.
const Database = createRequire(import.meta.url)("better-sqlite3") as SqliteConstructor;

const MIGRATIONS_DIR = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

/** Applies every committed migration, in the order Prisma applies them (by folder name). */
export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    // A throwaway file: no journal on disk and no fsync after each of the migrations' statements
    // (they autocommit one by one). Measured: 0.1 s against 0.5–0.9 s a file, on every test file.
    sqlite.exec("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
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

/** True on the PostgreSQL pass of the integration tests. */
export const onPostgres = process.env.FACTDECK_TEST_DATABASE === "postgresql";

/** Runs one statement on the PostgreSQL server's maintenance database (CREATE / DROP DATABASE). */
async function onServer(sql: string): Promise<void> {
  await withPostgres(process.env.TEST_POSTGRES_URL!, (client) => client.query(sql));
}

async function createTestDatabase() {
  if ((globalThis as { prisma?: unknown }).prisma) {
    // lib/db.ts already opened a client, on whatever DATABASE_URL was set: never touch that.
    throw new Error('lib/db.ts was imported before "@/test/db": import "@/test/db" first in the test file.');
  }
  const dir = mkdtempSync(path.join(tmpdir(), "factdeck-test-"));
  const file = path.join(dir, "test.db");
  let postgresName: string | null = null;
  if (onPostgres) {
    if (!process.env.TEST_POSTGRES_URL) throw new Error("FACTDECK_TEST_DATABASE=postgresql needs TEST_POSTGRES_URL.");
    postgresName = testDatabaseName();
    const url = databaseOn(process.env.TEST_POSTGRES_URL, postgresName);
    // A copy of the run's migrated template (test/postgres-template.ts) where there is one.
    const template = process.env[TEMPLATE_ENV];
    if (template) {
      await onServer(`CREATE DATABASE "${postgresName}" TEMPLATE "${template}"`);
    } else {
      await onServer(`CREATE DATABASE "${postgresName}"`);
      await migratePostgres(url, { log: () => {} });
    }
    process.env.DATABASE_URL = url;
  } else {
    applyMigrations(file);
    process.env.DATABASE_URL = `file:${file}`;
  }
  process.env.FACTDECK_DATA_DIR = dir;
  process.env.AUTH_SECRET = "integration-tests-secret-0123456789abcdef";
  return { dir, file, postgresName };
}

export const testDatabase = await createTestDatabase();

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
  if (testDatabase.postgresName) await onServer(`DROP DATABASE IF EXISTS "${testDatabase.postgresName}" WITH (FORCE)`);
});

type RawClient = { $queryRawUnsafe<T>(query: string): Promise<T> };

/** The app's tables (not Prisma's migration table), on either database. */
export async function tableNames(client: RawClient): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ name: string }[]>(
    onPostgres
      ? // ::text: the catalog's identifier type can't be read through the driver adapter (prisma/orm#28145)
        `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY 1`
      : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_prisma%' ESCAPE '\\' ORDER BY name`,
  );
  return rows.map((r) => r.name);
}

/** Every row of every table, in a stable order: for "this call changed nothing" checks. */
export async function snapshotTables(client: RawClient): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of await tableNames(client)) {
    const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    out[name] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).sort();
  }
  return out;
}

/**
 * Deletes every row, for tests that start each case from nothing. SQLite: deleting the users
 * cascades to everything else. PostgreSQL checks a restricting foreign key (an assignment's set)
 * in the middle of that cascade and refuses, so there every table is truncated at once.
 */
export async function emptyDatabase(client: RawClient & { $executeRawUnsafe(query: string): Promise<number>; user: { deleteMany(): Promise<unknown> } }) {
  if (!onPostgres) {
    await client.user.deleteMany();
    return;
  }
  const tables = await tableNames(client);
  await client.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} CASCADE`);
}
