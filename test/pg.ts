// Plain `pg` access for the PostgreSQL pass's own set-up and checks (not the app's client).
import { randomBytes } from "node:crypto";
import pg from "pg";

/** Opens a connection to `url`, runs `body` with it, and closes it. */
export async function withPostgres<T>(url: string, body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/** A fresh name for a throwaway test database. */
export const testDatabaseName = () => `factdeck_test_${randomBytes(6).toString("hex")}`;

/** The URL of database `name` on the server `serverUrl` points at. */
export const databaseOn = (serverUrl: string, name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
