import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { db, provider } from "./db";

export async function databaseIsUp(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error("health check failed", error);
    return false;
  }
}

const READY_TIMEOUT_MS = 2_000;

/** The committed migrations for this process's database, read once. */
let committed: string[] | null = null;
function committedMigrations(): string[] {
  committed ??= readdirSync(path.join(process.cwd(), "prisma", ...(provider === "postgresql" ? ["postgres"] : []), "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return committed;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * Whether this instance should be sent traffic (GET /api/ready, for a load balancer): the
 * database answers within 2 s and holds every migration this build expects. Says why not,
 * in words safe to show anyone (no connection details).
 */
export async function readiness(): Promise<Readiness> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: "the database did not answer in time" }), READY_TIMEOUT_MS);
  });
  const check = (async (): Promise<Readiness> => {
    try {
      const rows = await db.$queryRaw<{ name: string }[]>`
        SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
      const applied = new Set(rows.map((r) => r.name));
      const missing = committedMigrations().filter((m) => !applied.has(m));
      return missing.length === 0 ? { ready: true } : { ready: false, reason: `${missing.length} migration(s) not applied yet` };
    } catch (error) {
      console.error("readiness check failed", error);
      return { ready: false, reason: "the database is unreachable" };
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
