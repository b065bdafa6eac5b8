import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The PostgreSQL pass (scripts/test.mjs): the tests that talk to a database, on PostgreSQL, plus
// the PostgreSQL-only checks (*.postgres.test.ts). The SQLite schema-migration test migrates
// SQLite files of the schema's history, which PostgreSQL databases never had: it stays on SQLite.
const onPostgres = process.env.FACTDECK_TEST_DATABASE === "postgresql";
/** Unit tests that must import their modules afresh (one mocks the request's translator as Korean). */
const FRESH_GRAPH = ["test/zod-jitless.test.ts", "lib/i18n/action-messages.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React Server Components; unit tests run in plain Node.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    ...(onPostgres
      ? {
          include: ["lib/**/*.integration.test.ts", "test/**/*.integration.test.ts", "test/**/*.postgres.test.ts"],
          exclude: ["**/node_modules/**", "test/schema-migration.integration.test.ts"],
          globalSetup: ["test/postgres-template.ts"],
        }
      : {
          // Unit tests are pure: one module graph per worker serves them all (a fresh graph for
          // each of ~100 files spent 85 s importing, against ~6 s shared). Integration tests keep
          // a fresh graph per file, as each file has its own database behind lib/db (test/db.ts),
          // and so does the test of zod's configuration made before zod is first imported.
          projects: [
            {
              extends: true,
              test: {
                name: "unit",
                include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
                exclude: ["**/node_modules/**", "**/*.postgres.test.ts", "**/*.integration.test.ts", ...FRESH_GRAPH],
                isolate: false,
              },
            },
            {
              extends: true,
              test: {
                name: "integration",
                include: ["lib/**/*.integration.test.ts", "scripts/**/*.integration.test.ts", "test/**/*.integration.test.ts", ...FRESH_GRAPH],
                exclude: ["**/node_modules/**"],
              },
            },
          ],
        }),
    environment: "node",
    // Vitest's default for a run is one worker fewer than the cores, which is one on a 2-core
    // machine; a test file spends much of its time importing modules and waiting on its database,
    // so one worker per core keeps both busy (FACTDECK_TEST_WORKERS overrides).
    maxWorkers: Number(process.env.FACTDECK_TEST_WORKERS) || availableParallelism(),
    testTimeout: 30_000,
    // A hook that builds a file's data (a bank of questions, a class) can pass Vitest's 10 s on a
    // 2-core machine running the browser shards beside it: seen once, one suite failed, all else passed.
    hookTimeout: 60_000,
    // next-auth imports "next/server" without an extension, which only a bundler resolves:
    // let Vite transform it, so integration tests can run the real auth configuration.
    server: { deps: { inline: ["next-auth"] } },
  },
});
