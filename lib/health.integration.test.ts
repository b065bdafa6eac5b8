// GET /api/ready's check: the database answers and holds every committed migration.
import { onPostgres } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readiness } from "./health";

const folders = readdirSync(onPostgres ? "prisma/postgres/migrations" : "prisma/migrations", { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

beforeAll(async () => {
  if (onPostgres) return; // scripts/migrate.ts recorded them
  // test/db.ts applies the SQLite migrations' SQL directly: record them as `prisma migrate deploy` does.
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  for (const name of folders) {
    await db.$executeRaw`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name") VALUES (${name}, 'x', ${new Date()}, ${name})`;
  }
});

describe("readiness", () => {
  it("is ready when every committed migration is applied", async () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(await readiness()).toEqual({ ready: true });
  });

  it("is not ready, and says why, when a migration is missing or was rolled back", async () => {
    const last = folders.at(-1)!;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = ${new Date()} WHERE "migration_name" = ${last}`;
    expect(await readiness()).toEqual({ ready: false, reason: "1 migration(s) not applied yet" });
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL WHERE "migration_name" = ${last}`;
    expect(await readiness()).toEqual({ ready: true });
  });

  it("is not ready when the database has no migration history at all", async () => {
    await db.$executeRawUnsafe(`ALTER TABLE "_prisma_migrations" RENAME TO "_prisma_migrations_away"`);
    try {
      expect(await readiness()).toEqual({ ready: false, reason: "the database is unreachable" });
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "_prisma_migrations_away" RENAME TO "_prisma_migrations"`);
    }
  });
});
