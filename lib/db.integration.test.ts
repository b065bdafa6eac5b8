// The app's one Prisma client on SQLite: requests take turns on its single connection, so a
// plain query never runs inside another request's open transaction (see lib/db.ts).
import "@/test/db"; // first: creates the temp database and points DATABASE_URL at it
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/test/factories";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("lib/db on SQLite", () => {
  it("keeps a plain write made while another transaction is open when that transaction rolls back", async () => {
    const insider = await createUser({ name: "Before the transaction" });
    const outsider = await createUser({ name: "Outsider" });
    let inside = false;
    const failing = db
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: insider.id }, data: { name: "Changed, then rolled back" } });
        inside = true;
        await pause(150);
        throw new Error("roll back");
      })
      .catch((error: unknown) => (error as Error).message);
    while (!inside) await pause(5);
    await db.$executeRaw`UPDATE "User" SET "name" = 'Written meanwhile' WHERE "id" = ${outsider.id}`;

    expect(await failing).toBe("roll back");
    const names = await db.user.findMany({ where: { id: { in: [insider.id, outsider.id] } }, select: { id: true, name: true } });
    expect(Object.fromEntries(names.map((u) => [u.id, u.name]))).toEqual({
      [insider.id]: "Before the transaction",
      [outsider.id]: "Written meanwhile",
    });
  });

  it("never shows a plain read another transaction's uncommitted rows", async () => {
    const user = await createUser({ name: "Committed name" });
    let inside = false;
    const failing = db
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "Uncommitted name" } });
        inside = true;
        await pause(100);
        throw new Error("roll back");
      })
      .catch(() => "rolled back");
    while (!inside) await pause(5);
    const seen = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    expect(await failing).toBe("rolled back");
    expect(seen.name).toBe("Committed name");
  });

  it("runs in WAL mode", async () => {
    const [row] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(row?.journal_mode).toBe("wal");
  });
});
