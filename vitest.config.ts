import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The PostgreSQL pass (scripts/test.mjs): the tests that talk to a database, on PostgreSQL, plus
// the PostgreSQL-only checks (*.postgres.test.ts). The SQLite schema-migration test migrates
// SQLite files of the schema's history, which PostgreSQL databases never had: it stays on SQLite.
const onPostgres = process.env.FACTDECK_TEST_DATABASE === "postgresql";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React Server Components; unit tests run in plain Node.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: onPostgres ? ["lib/**/*.integration.test.ts", "test/**/*.integration.test.ts", "test/**/*.postgres.test.ts"] : ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...(onPostgres ? ["test/schema-migration.integration.test.ts"] : ["**/*.postgres.test.ts"])],
    environment: "node",
    testTimeout: 30_000,
    // next-auth imports "next/server" without an extension, which only a bundler resolves:
    // let Vite transform it, so integration tests can run the real auth configuration.
    server: { deps: { inline: ["next-auth"] } },
  },
});
