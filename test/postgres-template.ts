// Vitest global setup of the PostgreSQL pass: one migrated template database for the run.
//
// Each integration test file gets a fresh database (test/db.ts). Creating one and applying every
// migration to it took about a second a file; a copy of a database migrated once, here, takes a
// third of that (CREATE DATABASE … TEMPLATE). The template is made afresh on every run, from the
// migrations as they are now, and dropped at the end.
import { randomBytes } from "node:crypto";
import { migratePostgres } from "@/scripts/migrate";
import { databaseOn, withPostgres } from "./pg";

export const TEMPLATE_ENV = "FACTDECK_TEST_TEMPLATE_DATABASE";

export default async function setup() {
  const server = process.env.TEST_POSTGRES_URL;
  if (process.env.FACTDECK_TEST_DATABASE !== "postgresql" || !server) return;
  const name = `factdeck_test_template_${randomBytes(6).toString("hex")}`;
  await withPostgres(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  await migratePostgres(databaseOn(server, name), { log: () => {} });
  // Workers start after global setup and inherit this process's environment.
  process.env[TEMPLATE_ENV] = name;
  return async () => {
    await withPostgres(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
}
