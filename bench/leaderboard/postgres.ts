// The leaderboard benchmark on PostgreSQL: the very rows seeded into SQLite (one generator, so the
// two databases are compared on the same data) copied into a fresh PostgreSQL database that has
// the app's PostgreSQL migrations. Bulk load as for SQLite: secondary indexes dropped first and
// built once after, foreign-key triggers off for the session (superuser; the rows come from a
// database that enforced them), rows streamed with COPY … FROM STDIN (pg-copy-streams): row by
// row INSERTs, even batched through unnest(), took minutes per million rows.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

type Row = Record<string, unknown>;
type Sqlite = {
  prepare(sql: string): { all(...args: unknown[]): Row[]; iterate(...args: unknown[]): IterableIterator<Row> };
  close(): void;
};
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, opts?: { readonly?: boolean }) => Sqlite;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Drops and creates the database `url` names, then applies the app's PostgreSQL migrations. */
async function freshDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`The benchmark's database name must be lower-case letters, digits and _ (got "${name}")`);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const migrate = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "migrate.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  if (migrate.status !== 0) throw new Error("The PostgreSQL migrations failed");
}

/** One value in COPY's text format: \N for NULL, SQLite's 0/1 as a boolean, the rest escaped. */
function copyValue(type: string, v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (type === "boolean") return v === 1 || v === true ? "t" : "f";
  return String(v).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

/** Copies every row of every app table from the SQLite file into a fresh PostgreSQL database. */
export async function copyToPostgres(sqliteFile: string, url: string, log: (line: string) => void) {
  await freshDatabase(url);
  const sqlite = new Database(sqliteFile, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica"); // no foreign-key triggers while loading
    const indexes = (
      await client.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%\\_pkey'`,
      )
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);

    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`)
      .all()
      .map((r) => String(r.name));
    for (const table of tables) {
      const columns = (
        await client.query<{ column_name: string; data_type: string; udt_name: string }>(
          `SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).rows;
      if (columns.length === 0) continue;
      const names = columns.map((c) => `"${c.column_name}"`).join(", ");
      let count = 0;
      const started = performance.now();
      const rows = sqlite.prepare(`SELECT ${names} FROM "${table}"`).iterate();
      const lines = Readable.from(
        (function* () {
          let chunk = "";
          for (const row of rows) {
            chunk += columns.map((c) => copyValue(c.data_type, row[c.column_name])).join("\t") + "\n";
            if (++count % 2_000 === 0) {
              yield chunk;
              chunk = "";
            }
          }
          if (chunk) yield chunk;
        })(),
      );
      await pipeline(lines, client.query(copyFrom(`COPY "${table}" (${names}) FROM STDIN`)));
      if (count > 0) log(`  ${table}: ${count.toLocaleString()} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const started = performance.now();
    for (const index of indexes) await client.query(index.indexdef);
    // What autovacuum does to a table that has been written to: planner statistics, and the
    // visibility map that lets index-only scans skip the table.
    await client.query("VACUUM (ANALYZE)");
    log(`  ${indexes.length} indexes built and VACUUM (ANALYZE) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
    sqlite.close();
  }
}
