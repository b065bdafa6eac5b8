import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// One client per process; the global keeps `next dev` hot reloads from opening new handles.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * Settings for the SQLite connection, applied when it opens (they can't change inside a
 * transaction). WAL lets pages read while an answer is being written; with synchronous=NORMAL
 * a commit no longer waits for the disk (in WAL mode a power cut can lose the last commits
 * but never corrupts the file) — the usual setup for SQLite behind a server, and what lets
 * autosave keep up with a classroom (bench/attempts).
 */
const CONNECTION_PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"];

/**
 * Prisma's better-sqlite3 adapter has one connection, and only transactions take turns on it:
 * a plain query sent while another request's interactive transaction is open runs inside that
 * transaction — it sees its uncommitted rows, and its writes are undone if that transaction
 * rolls back (lib/db.integration.test.ts shows both). One lock over plain queries and whole
 * transactions gives each request the isolation SQLite would give separate connections.
 * Code inside `db.$transaction(async (tx) => …)` must use `tx`, never `db` (it would wait for
 * its own transaction) — as it must anyway.
 */
function oneAtATime(connection: Connection): Connection {
  const lock = new Mutex();
  const queryRaw = connection.queryRaw.bind(connection);
  const executeRaw = connection.executeRaw.bind(connection);
  const startTransaction = connection.startTransaction.bind(connection);
  connection.queryRaw = (query) => lock.runExclusive(() => queryRaw(query));
  connection.executeRaw = (query) => lock.runExclusive(() => executeRaw(query));
  connection.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    try {
      const transaction = await startTransaction(isolationLevel);
      // Prisma sends COMMIT or ROLLBACK through the transaction, then calls one of these.
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = () => commit().finally(release);
      transaction.rollback = () => rollback().finally(release);
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
  return connection;
}

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 10_000 });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    for (const sql of CONNECTION_PRAGMAS) await connection.executeRaw({ sql, args: [], argTypes: [] });
    return oneAtATime(connection);
  };
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
