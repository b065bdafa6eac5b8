// The app's one Prisma client: on SQLite requests take turns on its single connection (on
// PostgreSQL each has its own from the pool), so a plain query never runs inside another
// request's open transaction (see lib/db.ts).
import { onPostgres } from "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a transaction that renames the user, stays open a while, then rolls back. Resolves once it is open. */
async function openThenRollBack(userId: string, name: string): Promise<{ done: Promise<string> }> {
  let open = false;
  const done = db
    .$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { name } });
      open = true;
      await pause(150);
      throw new Error("roll back");
    })
    .catch((error: unknown) => (error as Error).message);
  while (!open) await pause(5);
  return { done };
}

describe("lib/db: each request isolated from the others", () => {
  it("keeps a plain write made while another transaction is open when that transaction rolls back", async () => {
    const insider = await createUser({ name: "Before the transaction" });
    const outsider = await createUser({ name: "Outsider" });
    const failing = await openThenRollBack(insider.id, "Changed, then rolled back");
    await db.$executeRaw`UPDATE "User" SET "name" = 'Written meanwhile' WHERE "id" = ${outsider.id}`;

    expect(await failing.done).toBe("roll back");
    const names = await db.user.findMany({ where: { id: { in: [insider.id, outsider.id] } }, select: { id: true, name: true } });
    expect(Object.fromEntries(names.map((u) => [u.id, u.name]))).toEqual({
      [insider.id]: "Before the transaction",
      [outsider.id]: "Written meanwhile",
    });
  });

  it("never shows a plain read another transaction's uncommitted rows", async () => {
    const user = await createUser({ name: "Committed name" });
    const failing = await openThenRollBack(user.id, "Uncommitted name");
    const seen = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    expect(await failing.done).toBe("roll back");
    expect(seen.name).toBe("Committed name");
  });

  it.skipIf(onPostgres)("runs in WAL mode (a SQLite setting)", async () => {
    const [row] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(row?.journal_mode).toBe("wal");
  });
});
