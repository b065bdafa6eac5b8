// `npm run db:backup` on SQLite: the copy, restored in place of the database, holds exactly what
// the database held — rows still in the write-ahead log included — and is a sound file, even
// while the app goes on writing during the backup.
import { testDatabase } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { copyFileSync, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticleWithQuestions, createUser } from "@/test/factories";
import { backupSqlite } from "./backup";

type Sqlite = { prepare(sql: string): { all(): Record<string, unknown>[]; get(): Record<string, unknown> }; close(): void };
const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string, options?: { readonly?: boolean }) => Sqlite;

/** Every row of every app table, sorted: what "the same database" means here. */
function contents(file: string): Record<string, string[]> {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
    return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${String(name)}"`).all().map((r) => JSON.stringify(r)).sort()]));
  } finally {
    sqlite.close();
  }
}

function integrity(file: string): unknown {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare("PRAGMA integrity_check").get().integrity_check;
  } finally {
    sqlite.close();
  }
}

describe("db:backup on SQLite", () => {
  it("restores to the same rows, including those only in the write-ahead log", async () => {
    for (let i = 0; i < 5; i++) await createUser();
    await createArticleWithQuestions();
    // The app's connection is open in WAL mode: the latest writes sit in the -wal file.
    expect(statSync(`${testDatabase.file}-wal`).size).toBeGreaterThan(0);

    const target = path.join(testDatabase.dir, "backup.db");
    expect(await backupSqlite(testDatabase.file, target)).toBeGreaterThan(1);
    const restored = path.join(testDatabase.dir, "restored.db");
    copyFileSync(target, restored); // a restore: the backup file in the database's place
    expect(existsSync(`${restored}-wal`)).toBe(false);

    const original = contents(testDatabase.file);
    expect(original.User).toHaveLength(5);
    expect(original.Question!.length).toBeGreaterThan(0);
    expect(contents(restored)).toEqual(original);
    expect(integrity(restored)).toBe("ok");
  });

  it("takes one moment of the database while the app keeps writing", async () => {
    const before = await db.user.count();
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        await db.user.create({ data: { email: `writer-${n}@factdeck.test`, name: `Writer ${n}`, passwordHash: "x" } });
        n++;
        // better-sqlite3 answers synchronously: without a turn of the event loop this loop would
        // never let the backup's steps run (in the app, writes arrive as requests, between turns).
        await new Promise((resolve) => setImmediate(resolve));
      }
      return n;
    })();
    const target = path.join(testDatabase.dir, "during.db");
    await backupSqlite(testDatabase.file, target);
    writing = false;
    const written = await writer;
    expect(written).toBeGreaterThan(0); // the app really was writing during the backup
    expect(integrity(target)).toBe("ok");
    const copied = contents(target).User!.length;
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(before + written);
  });

  it("refuses a database file that does not exist rather than backing up an empty one", async () => {
    await expect(backupSqlite(path.join(testDatabase.dir, "missing.db"), path.join(testDatabase.dir, "x.db"))).rejects.toThrow();
  });
});
