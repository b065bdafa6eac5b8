import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlTransaction } from "@/lib/db";

// Live answers written in batches (group commit). A room answers within seconds of a question
// opening: thousands of answers, each of which was a transaction of its own, taking turns on the
// database (bench:live: ~250 a second on one instance). Here every answer that arrives while a
// batch is being written waits for the next one, and each batch is one transaction: the answers
// in (a retried one adds nothing: the unique key per player and question) and, for each answer
// that went in, its player's score, streak and count of right answers. Each answer's promise
// settles when its batch has committed, so an acknowledged answer is stored. With one answer at
// a time, a batch is that one answer: no waiting is added.

export type AnswerRow = {
  id: string;
  gameId: string;
  playerId: string;
  questionIndex: number;
  /** The parsed response, as JSON text (a Json column takes its text on both databases). */
  responseJson: string;
  fraction: number;
  correct: boolean;
  points: number;
  elapsedMs: number;
  createdAt: Date;
};

/** Answers in one transaction at most: a long batch would hold the database from everything else. */
const MAX_BATCH = 500;

type Waiting = { row: AnswerRow; settle: (inserted: boolean) => void; fail: (error: unknown) => void };
const queue: Waiting[] = [];
let writing = false;

/** Stores the answer with the others that came in meanwhile; true if it went in, false if this player had already answered this question. */
export function writeAnswer(row: AnswerRow): Promise<boolean> {
  return new Promise((settle, fail) => {
    queue.push({ row, settle, fail });
    if (!writing) {
      writing = true;
      // After this turn of the event loop: answers whose requests arrived together share the batch.
      setImmediate(() => void writeBatches());
    }
  });
}

async function writeBatches(): Promise<void> {
  while (queue.length > 0) {
    const batch = queue.splice(0, MAX_BATCH);
    try {
      const inserted = await write(batch.map((waiting) => waiting.row));
      batch.forEach((waiting, i) => waiting.settle(inserted[i]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.fail(error);
        continue;
      }
      // One answer's failure (or, on PostgreSQL, a deadlock with another instance's batch over
      // a retried answer) must not fail the others: each goes again on its own.
      for (const waiting of batch) {
        await write([waiting.row]).then(([inserted]) => waiting.settle(inserted!), waiting.fail);
      }
    }
  }
  writing = false;
}

/**
 * The rows in one transaction, in two statements whatever their number (each statement's
 * preparation costs more than its rows: bench:live): one INSERT of them all, which skips an
 * answer the player had given and returns the ids that went in, and one UPDATE adding those
 * answers to their players. For each row, whether it went in (false: this player had answered
 * this question).
 */
function write(rows: readonly AnswerRow[]): Promise<boolean[]> {
  return sqlTransaction(async (tx) => {
    const values = rows.map(
      (row) =>
        Prisma.sql`(${row.id}, ${row.gameId}, ${row.playerId}, ${row.questionIndex}, ${row.responseJson}, ${row.fraction}, ${row.correct}, ${row.points}, ${row.elapsedMs}, ${row.createdAt})`,
    );
    const added = await tx.query(Prisma.sql`
      INSERT INTO "LiveAnswer" ("id", "gameId", "playerId", "questionIndex", "responseJson", "fraction", "correct", "points", "elapsedMs", "createdAt")
      VALUES ${Prisma.join(values)}
      ON CONFLICT ("playerId", "questionIndex") DO NOTHING
      RETURNING "id"`);
    const went = new Set(added.map((row) => String(row.id)));
    const scored = rows.filter((row) => went.has(row.id));
    // A player with two new answers in one batch (two questions' answers committed together) is
    // scored one answer at a time, in order: the streak depends on it.
    const players = new Map<string, number>();
    for (const row of scored) players.set(row.playerId, (players.get(row.playerId) ?? 0) + 1);
    const once = scored.filter((row) => players.get(row.playerId) === 1);
    if (once.length > 0) {
      const deltas = once.map((row) => Prisma.sql`(CAST(${row.playerId} AS TEXT), CAST(${row.points} AS INTEGER), CAST(${row.correct ? 1 : 0} AS INTEGER))`);
      // VALUES columns are column1… on both databases; UPDATE … FROM is SQLite 3.33+ and PostgreSQL.
      await tx.execute(Prisma.sql`
        UPDATE "LivePlayer" SET
          "score" = "LivePlayer"."score" + v.column2,
          "streak" = CASE WHEN v.column3 = 1 THEN "LivePlayer"."streak" + 1 ELSE 0 END,
          "correctCount" = "LivePlayer"."correctCount" + v.column3
        FROM (VALUES ${Prisma.join(deltas)}) AS v
        WHERE "LivePlayer"."id" = v.column1`);
    }
    for (const row of scored.filter((r) => players.get(r.playerId)! > 1).sort((a, b) => a.questionIndex - b.questionIndex)) {
      await tx.execute(
        row.correct
          ? Prisma.sql`UPDATE "LivePlayer" SET "score" = "score" + ${row.points}, "streak" = "streak" + 1, "correctCount" = "correctCount" + 1 WHERE "id" = ${row.playerId}`
          : Prisma.sql`UPDATE "LivePlayer" SET "score" = "score" + ${row.points}, "streak" = 0 WHERE "id" = ${row.playerId}`,
      );
    }
    return rows.map((row) => went.has(row.id));
  });
}
