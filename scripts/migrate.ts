// `npm run db:migrate` (tsx scripts/migrate.ts): applies the committed migrations to DATABASE_URL.
//
// SQLite (the default): `prisma migrate deploy`, through the better-sqlite3 adapter.
// PostgreSQL: Prisma 6.19's migrate commands can't run through @prisma/adapter-pg yet (its schema
// engine fails reading the catalog's `name` columns: prisma/orm#27403) and the native engine
// can't be downloaded here, so this applies prisma/postgres/migrations itself — each folder's
// migration.sql in name order, each in one transaction, recorded in Prisma's own
// `_prisma_migrations` table with Prisma's checksum (sha256 of the file), so `prisma migrate`
// reads the history as its own once that is fixed. A session advisory lock makes instances that
// start together take turns: the first applies, the rest find nothing left to do.
import { spawnSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const POSTGRES_MIGRATIONS = path.join(root, "prisma", "postgres", "migrations");
const LOCK_KEY = 72_707_369; // any constant: Prisma's own advisory lock key differs

/** The migration folders, in the order they are applied. */
export function migrationFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

type Applied = { migration_name: string; checksum: string; finished_at: Date | null };

/** Applies every migration not yet recorded; returns the names applied. */
export async function migratePostgres(url: string, { log = console.log }: { log?: (line: string) => void } = {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<Applied>(`SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`);
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    for (const name of migrationFolders(POSTGRES_MIGRATIONS)) {
      const sql = readFileSync(path.join(POSTGRES_MIGRATIONS, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = done.get(name);
      if (previous) {
        if (!previous.finished_at) throw new Error(`Migration ${name} started but did not finish: resolve it by hand before going on.`);
        if (previous.checksum !== checksum) log(`Warning: migration ${name} was edited after it was applied.`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(name);
    }
  } finally {
    await client.end();
  }
  log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations to apply.");
  return applied;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const url = process.env.DATABASE_URL?.trim() || "file:./data/factdeck.db";
  if (/^postgres(ql)?:\/\//.test(url)) {
    migratePostgres(url).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  } else {
    const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], { stdio: "inherit" });
    process.exit(result.status ?? 1);
  }
}
