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

/** The rows in one transaction; for each, whether it went in (false: this player had answered this question). */
function write(rows: readonly AnswerRow[]): Promise<boolean[]> {
  return sqlTransaction(async (tx) => {
    const went: boolean[] = [];
    for (const row of rows) {
      const added = await tx.execute(Prisma.sql`
        INSERT INTO "LiveAnswer" ("id", "gameId", "playerId", "questionIndex", "responseJson", "fraction", "correct", "points", "elapsedMs", "createdAt")
        VALUES (${row.id}, ${row.gameId}, ${row.playerId}, ${row.questionIndex}, ${row.responseJson}, ${row.fraction}, ${row.correct}, ${row.points}, ${row.elapsedMs}, ${row.createdAt})
        ON CONFLICT ("playerId", "questionIndex") DO NOTHING`);
      if (added > 0) {
        await tx.execute(
          row.correct
            ? Prisma.sql`UPDATE "LivePlayer" SET "score" = "score" + ${row.points}, "streak" = "streak" + 1, "correctCount" = "correctCount" + 1 WHERE "id" = ${row.playerId}`
            : Prisma.sql`UPDATE "LivePlayer" SET "score" = "score" + ${row.points}, "streak" = 0 WHERE "id" = ${row.playerId}`,
        );
      }
      went.push(added > 0);
    }
    return went;
  });
}
