// The journeys' own access to the test server's database: SQLite by default (the file e2e/serve.mjs
// made), or the PostgreSQL database it made when E2E_DATABASE_URL is set. Journeys use it only to
// know answer keys the browser must not, and to move a date into the past.
//
// One dialect for both: journeys write SQLite-style SQL with `?` placeholders and unquoted
// identifiers, as they read best. On PostgreSQL this module quotes the mixed-case identifiers
// Prisma created (`joinCode`, `Attempt`: PostgreSQL folds unquoted names to lower case) and
// numbers the placeholders; all-caps keywords, lower-case names and '…' literals pass through.
// Values come back in SQLite's shapes on both: Json columns as their JSON text, counts as
// numbers, dates as ISO strings.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export interface TestDb {
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(sql: string, ...params: unknown[]): Promise<number>;
  close(): Promise<void>;
}

const postgresUrl = () => process.env.E2E_DATABASE_URL;
const sqliteFile = () => path.join(path.resolve(process.cwd(), process.env.E2E_DATA_DIR || path.join("e2e", ".data")), "e2e.db");

/** True when the journeys run against PostgreSQL. */
export const onPostgres = () => Boolean(postgresUrl());

/** `?` → `$n` and "mixedCase" quoted, outside '…' literals and "…" names already quoted. */
export function toPostgres(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"[^"]*"|\?|\b[A-Za-z_][A-Za-z0-9_]*\b/g, (token) => {
    if (token === "?") return `$${++n}`;
    if (token.startsWith("'") || token.startsWith('"')) return token;
    return /[a-z]/.test(token) && /[A-Z]/.test(token) ? `"${token}"` : token;
  });
}

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;
const JSON_OID = 114;
const JSONB = 3802;
/** Prisma keeps UTC in `timestamp(3)` columns (no zone): read them as UTC, as ISO strings. */
function parserOf(oid: number, format?: string): (value: string) => unknown {
  if (oid === TIMESTAMP) return (v) => new Date(`${v.replace(" ", "T")}Z`).toISOString();
  if (oid === TIMESTAMPTZ) return (v) => new Date(v).toISOString();
  if (oid === INT8) return (v) => Number(v);
  if (oid === JSON_OID || oid === JSONB) return (v) => v;
  return pg.types.getTypeParser(oid, format as "text") as (value: string) => unknown;
}

async function openPostgres(url: string, readonly: boolean): Promise<TestDb> {
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: parserOf as typeof pg.types.getTypeParser } });
  await client.connect();
  if (readonly) await client.query("SET default_transaction_read_only = on");
  return {
    get: async <T>(sql: string, ...params: unknown[]) => (await client.query(toPostgres(sql), params)).rows[0] as T | undefined,
    all: async <T>(sql: string, ...params: unknown[]) => (await client.query(toPostgres(sql), params)).rows as T[],
    run: async (sql, ...params) => (await client.query(toPostgres(sql), params)).rowCount ?? 0,
    close: () => client.end(),
  };
}

function openSqlite(readonly: boolean): TestDb {
  const db = new Database(sqliteFile(), { readonly, fileMustExist: true });
  return {
    get: async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T | undefined,
    all: async <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[],
    run: async (sql, ...params) => db.prepare(sql).run(...params).changes,
    close: async () => void db.close(),
  };
}

/** Read-only access to the test server's database, to know answer keys the browser must not. */
export async function openTestDb(): Promise<TestDb> {
  const url = postgresUrl();
  return url ? openPostgres(url, true) : openSqlite(true);
}

/** Write access, for the few journeys that stand in for an admin or for time passing. */
export async function openWritableTestDb(): Promise<TestDb> {
  const url = postgresUrl();
  return url ? openPostgres(url, false) : openSqlite(false);
}

/** Opens the database, runs `work`, closes it whatever happens. */
export async function withTestDb<T>(work: (db: TestDb) => Promise<T>, { write = false } = {}): Promise<T> {
  const db = await (write ? openWritableTestDb() : openTestDb());
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** A date as the server's driver stores it: Prisma's SQLite text format, or a timestamp on PostgreSQL. */
export function storedDate(date: Date): string {
  return onPostgres() ? date.toISOString() : date.toISOString().replace("Z", "+00:00");
}

/**
 * Writes to the test server's database — only to move a date into the past, as if time had
 * passed (days of spaced review, a due date), which no journey can wait for. The first `?` of
 * `sql` is the past moment; `params` fill the rest.
 */
export function letTimePass(sql: string, ...params: unknown[]): Promise<number> {
  return withTestDb((db) => db.run(sql, storedDate(new Date(Date.now() - 60_000)), ...params), { write: true });
}
