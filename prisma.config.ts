// Prisma 6's JavaScript schema engine (WebAssembly, shipped inside the npm package) runs
// migrations through the same driver adapter as the app, so nothing is downloaded at run time.
// DATABASE_URL picks the provider: SQLite (the default) uses prisma/schema.prisma and its
// migrations; PostgreSQL uses the copy scripts/schemas.mjs writes and its own migrations.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/database-url";

const url = databaseUrl();
const folder = providerOf(url) === "postgresql" ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    return providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
