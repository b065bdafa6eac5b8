// PostgreSQL only (the PostgreSQL pass of `npm test`): the committed PostgreSQL migrations build
// exactly the schema prisma/postgres/schema.prisma describes — the check `prisma migrate diff`
// would make, done by hand because Prisma 6.19's migrate can't read a database through the
// driver adapter (prisma/orm#27403; scripts/migrate.ts). One database is built by the
// migrations, another from the schema itself (`migrate diff --from-empty`, which needs no
// database), and their catalogs are compared: tables, columns, indexes, constraints, enums.
// The generated PostgreSQL schema is in step with the SQLite one (scripts/schemas.mjs) too.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/scripts/migrate";
import { databaseOn, testDatabaseName, withPostgres } from "./pg";

const server = process.env.TEST_POSTGRES_URL!;
const root = path.resolve(__dirname, "..");
const names = { migrated: testDatabaseName(), fromSchema: testDatabaseName() };
const urlOf = (name: string) => databaseOn(server, name);
const run = (url: string, sql: string) => withPostgres(url, (client) => client.query(sql));

/** Everything about the schema that a migration could leave out or get wrong, as sorted lines. */
async function catalog(url: string): Promise<string[]> {
  const queries = [
    `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || COALESCE(column_default, '-') AS line
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
    `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  ];
  const lines: string[] = [];
  for (const sql of queries) lines.push(...(await run(url, sql)).rows.map((r: { line: string }) => r.line));
  return lines.sort();
}

beforeAll(async () => {
  for (const name of Object.values(names)) await run(server, `CREATE DATABASE "${name}"`);
  await migratePostgres(urlOf(names.migrated), { log: () => {} });
  const diff = spawnSync(
    process.execPath,
    [path.join(root, "scripts", "prisma.mjs"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: urlOf(names.fromSchema) } },
  );
  if (diff.status !== 0) throw new Error(`prisma migrate diff failed: ${diff.stderr}`);
  await run(urlOf(names.fromSchema), diff.stdout);
}, 120_000);

afterAll(async () => {
  for (const name of Object.values(names)) await run(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with only its provider and client folder changed", async () => {
    const { postgresSchema } = (await import(path.join(root, "scripts", "schemas.mjs"))) as { postgresSchema: (s: string) => string };
    const sqlite = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
    expect(readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8")).toBe(postgresSchema(sqlite));
  });

  it("is what the committed migrations build: no migration missing, none extra", async () => {
    const [migrated, wanted] = await Promise.all([catalog(urlOf(names.migrated)), catalog(urlOf(names.fromSchema))]);
    expect(migrated.length).toBeGreaterThan(100);
    expect(migrated).toEqual(wanted);
  });
});
