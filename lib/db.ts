import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Mutex } from "async-mutex";
import { z } from "zod";
import { providerOf } from "./database-url";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { PrismaClient as PostgresClient } from "./generated/prisma-postgres/client";
import { env } from "./env";

type Connection = Awaited<ReturnType<PrismaBetterSQLite3["connect"] | PrismaPg["connect"]>>;

/** Which database this process talks to, from DATABASE_URL (lib/env.ts accepts only these two). */
export const provider = providerOf(env.DATABASE_URL) ?? "sqlite";

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

/** Keeps the client's open driver connection for executeSql and friends, until it is disposed. */
function remembered<C extends Connection>(open: C): C {
  const dispose = open.dispose.bind(open);
  open.dispose = () => {
    if (shared.connection === open) shared.connection = undefined;
    return dispose();
  };
  shared.connection = open;
  return open;
}

function createSqliteClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 10_000 });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    for (const sql of CONNECTION_PRAGMAS) await connection.executeRaw({ sql, args: [], argTypes: [] });
    return remembered(oneAtATime(connection));
  };
  return new PrismaClient({ adapter });
}

/**
 * PostgreSQL: a pool of DATABASE_POOL_SIZE connections per instance, and no lock — the server
 * isolates each connection's transactions. The client is generated from prisma/postgres/
 * schema.prisma (scripts/schemas.mjs), the same models as the SQLite one, so it is typed as that.
 */
function createPostgresClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: 10_000 });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => remembered(await connect());
  // A burst of submits can want more transactions than the pool has connections: they queue for
  // one (up to 10 s, like SQLite's busy timeout) rather than fail after Prisma's default 2 s.
  return new PostgresClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } }) as unknown as PrismaClient;
}

function createClient(): PrismaClient {
  return provider === "postgresql" ? createPostgresClient() : createSqliteClient();
}

export const db = shared.prisma ?? createClient();
if (env.NODE_ENV !== "production") shared.prisma = db;

async function connection(): Promise<Connection> {
  if (!shared.connection) await db.$connect();
  if (!shared.connection) throw new Error("The database connection did not open.");
  return shared.connection;
}

const untyped = (values: unknown[]) => values.map(() => ({ scalarType: "unknown" as const, arity: "scalar" as const }));

/** The statement as the driver takes it: `?` placeholders for SQLite, `$1…` for PostgreSQL. */
const statement = (query: Prisma.Sql) => ({ sql: provider === "postgresql" ? query.text : query.sql, args: query.values, argTypes: untyped(query.values) });

/**
 * Runs one statement (built with `Prisma.sql`) straight on the driver connection: the same
 * connection, lock and argument mapping as `db.$executeRaw`, without Prisma Client's per-query
 * pipeline — request serialisation, a WebAssembly query compile, its interpreter, a dozen
 * awaits — which was about a third of an autosave's CPU under load (bench/attempts). For the
 * few hottest statements only; everything else goes through `db`. Returns the rows changed.
 */
export async function executeSql(query: Prisma.Sql): Promise<number> {
  return (await connection()).executeRaw(statement(query));
}

/**
 * Like `executeSql`, for a SELECT: rows as plain objects of the driver's values — integers may be
 * strings, dates are ISO text, booleans are 0/1 on SQLite and true/false on PostgreSQL, Json
 * columns their text on SQLite and parsed values on PostgreSQL (read them with lib/data/loaders.ts).
 */
export async function querySql(query: Prisma.Sql): Promise<Record<string, unknown>[]> {
  const result = await (await connection()).queryRaw(statement(query));
  return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])));
}

/** A date column as `querySql` and `SqlTransaction.query` return it (ISO text, on both databases), read as a Date. */
export const sqlDate = z.string().transform((text) => new Date(text));

type LockableTable = "Attempt" | "Response" | "Assignment" | "QuestionSet" | "Class" | "User";

/**
 * Inside a transaction that reads a row, then writes what it computed from it: makes transactions
 * doing that to the same row take turns. On PostgreSQL the row is locked (SELECT … FOR UPDATE)
 * until the transaction ends; SQLite needs nothing, every transaction here has the database to
 * itself (see oneAtATime).
 */
export async function lockRow(tx: Prisma.TransactionClient, table: LockableTable, id: string): Promise<void> {
  if (provider !== "postgresql") return;
  await tx.$queryRawUnsafe(`SELECT "id" FROM "${table}" WHERE "id" = $1 FOR UPDATE`, id);
}

/** The statements of one `sqlTransaction`: `executeSql` and `querySql`, inside it. */
export type SqlTransaction = {
  execute(query: Prisma.Sql): Promise<number>;
  query(query: Prisma.Sql): Promise<Record<string, unknown>[]>;
};

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
