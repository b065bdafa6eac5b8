import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { env } from "./env";

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

// One client per process; the global keeps `next dev` hot reloads from opening new handles.
// `connection` is the client's open driver connection (see executeSql below).
const shared = globalThis as unknown as { prisma?: PrismaClient; connection?: Connection };

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
    const open = oneAtATime(connection);
    const dispose = open.dispose.bind(open);
    open.dispose = () => {
      if (shared.connection === open) shared.connection = undefined;
      return dispose();
    };
    shared.connection = open;
    return open;
  };
  return new PrismaClient({ adapter });
}

export const db = shared.prisma ?? createClient();
if (env.NODE_ENV !== "production") shared.prisma = db;

async function connection(): Promise<Connection> {
  if (!shared.connection) await db.$connect();
  if (!shared.connection) throw new Error("The database connection did not open.");
  return shared.connection;
}

const untyped = (values: unknown[]) => values.map(() => ({ scalarType: "unknown" as const, arity: "scalar" as const }));

/**
 * Runs one statement (built with `Prisma.sql`) straight on the driver connection: the same
 * connection, lock and argument mapping as `db.$executeRaw`, without Prisma Client's per-query
 * pipeline — request serialisation, a WebAssembly query compile, its interpreter, a dozen
 * awaits — which was about a third of an autosave's CPU under load (bench/attempts). For the
 * few hottest statements only; everything else goes through `db`. Returns the rows changed.
 */
export async function executeSql(query: Prisma.Sql): Promise<number> {
  return (await connection()).executeRaw({ sql: query.sql, args: query.values, argTypes: untyped(query.values) });
}

/** Like `executeSql`, for a SELECT: rows as plain objects of the driver's values (integers as strings, dates as ISO text). */
export async function querySql(query: Prisma.Sql): Promise<Record<string, unknown>[]> {
  const result = await (await connection()).queryRaw({ sql: query.sql, args: query.values, argTypes: untyped(query.values) });
  return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])));
}

/** The statements of one `sqlTransaction`: `executeSql` and `querySql`, inside it. */
export type SqlTransaction = {
  execute(query: Prisma.Sql): Promise<number>;
  query(query: Prisma.Sql): Promise<Record<string, unknown>[]>;
};

const statement = (query: Prisma.Sql) => ({ sql: query.sql, args: query.values, argTypes: untyped(query.values) });
const bare = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * Runs `work` in one transaction straight on the driver connection: committed when it returns,
 * rolled back when it throws. Like `db.$transaction` it holds the connection's lock (so no other
 * query runs inside it) from BEGIN to COMMIT, but each statement costs what the driver costs,
 * without Prisma Client's per-query pipeline. For grading a submit, which writes to seven tables
 * while a whole class submits (bench/attempts). `work` must use its handle only, never `db`,
 * `executeSql` or `querySql` (they would wait for this transaction's lock).
 */
export async function sqlTransaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
  const transaction = await (await connection()).startTransaction(); // takes the lock; BEGIN
  const tx: SqlTransaction = {
    execute: async (query) => transaction.executeRaw(statement(query)),
    query: async (query) => {
      const result = await transaction.queryRaw(statement(query));
      return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])));
    },
  };
  let value: T;
  try {
    value = await work(tx);
    await transaction.executeRaw(bare("COMMIT"));
  } catch (error) {
    await transaction.executeRaw(bare("ROLLBACK")).catch(() => undefined); // the error to report is `error`
    await transaction.rollback(); // releases the lock
    throw error;
  }
  await transaction.commit(); // releases the lock
  return value;
}
