// PostgreSQL only: `npm run db:backup` (pg_dump, custom format) restored with pg_restore, as
// docs/deploy.md says, gives back every row of every table and the migration history.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupPostgres } from "@/scripts/backup";
import { migratePostgres } from "@/scripts/migrate";
import { databaseOn, testDatabaseName, withPostgres } from "./pg";

const server = process.env.TEST_POSTGRES_URL!;
const names = { original: testDatabaseName(), restored: testDatabaseName() };
const urlOf = (name: string) => databaseOn(server, name);
const dir = mkdtempSync(path.join(tmpdir(), "factdeck-pg-backup-"));

async function contents(url: string): Promise<Record<string, string[]>> {
  return withPostgres(url, async (c) => {
    const tables = (await c.query<{ name: string }>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).rows;
    const out: Record<string, string[]> = {};
    for (const { name } of tables) out[name] = (await c.query(`SELECT * FROM "${name}"`)).rows.map((r) => JSON.stringify(r)).sort();
    return out;
  });
}

beforeAll(async () => {
  await withPostgres(server, async (c) => {
    for (const name of Object.values(names)) await c.query(`CREATE DATABASE "${name}"`);
  });
  await migratePostgres(urlOf(names.original), { log: () => {} });
  await withPostgres(urlOf(names.original), async (c) => {
    for (let i = 0; i < 20; i++) {
      await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "points") VALUES ($1, $2, $3, 'x', $4, $5)`, [
        `u${i}`,
        `u${i}@factdeck.test`,
        `Student ${i} — Kim "quoted" ${"é".repeat(i % 3)}`,
        i % 5 === 0 ? "teacher" : "student",
        i * 7,
      ]);
    }
    await c.query(`INSERT INTO "Class" ("id", "name", "teacherId", "joinCode") VALUES ('c1', 'Class 1', 'u0', 'ABCD2345')`);
  });
}, 60_000);

afterAll(async () => {
  await withPostgres(server, async (c) => {
    for (const name of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  rmSync(dir, { recursive: true, force: true });
});

const hasTools = ["pg_dump", "pg_restore"].every((tool) => spawnSync(tool, ["--version"]).status === 0);

describe.skipIf(!hasTools)(`db:backup on PostgreSQL${hasTools ? "" : " (skipped: pg_dump and pg_restore, PostgreSQL's client tools, are not installed)"}`, () => {
  it("restores with pg_restore to the same rows in every table", async () => {
    const file = path.join(dir, "factdeck.dump");
    backupPostgres(urlOf(names.original), file);
    const restore = spawnSync("pg_restore", ["--no-owner", `--dbname=${urlOf(names.restored)}`, file], { encoding: "utf8" });
    expect(restore.stderr).toBe("");
    expect(restore.status).toBe(0);
    const original = await contents(urlOf(names.original));
    expect(original.User).toHaveLength(20);
    expect(original._prisma_migrations!.length).toBeGreaterThan(0);
    expect(await contents(urlOf(names.restored))).toEqual(original);
  });
});
