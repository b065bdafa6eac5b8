// Starts Factdeck for the browser tests exactly as `npm start` does, on a fresh database: a
// SQLite file by default, or — with E2E_DATABASE_URL=postgresql://… — that PostgreSQL database,
// dropped and created again first. With --cluster (playwright.cluster.config.ts): as
// `npm run cluster` does instead — two instances behind nginx on E2E_DATABASE_URL and
// E2E_REDIS_URL, nginx naming the instance that answered in an X-Upstream header.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dataDir = path.resolve(root, process.env.E2E_DATA_DIR || path.join("e2e", ".data"));
rmSync(dataDir, { recursive: true, force: true });

const cluster = process.argv.includes("--cluster");
const postgresUrl = process.env.E2E_DATABASE_URL;
if (cluster && !postgresUrl) throw new Error("e2e/serve.mjs --cluster needs E2E_DATABASE_URL=postgresql://…");
if (postgresUrl) {
  const { default: pg } = await import("pg");
  const name = new URL(postgresUrl).pathname.slice(1);
  const server = new pg.Client({ connectionString: Object.assign(new URL(postgresUrl), { pathname: "/postgres" }).toString() });
  await server.connect();
  await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await server.query(`CREATE DATABASE "${name}"`);
  await server.end();
}

const clusterEnv = cluster
  ? { REDIS_URL: process.env.E2E_REDIS_URL || "redis://127.0.0.1:6379", CLUSTER_INSTANCES: "2", CLUSTER_UPSTREAM_HEADER: "1", CLUSTER_DIR: path.join(dataDir, "nginx") }
  : {};
const child = spawn(process.execPath, [path.join(root, "scripts", cluster ? "cluster.mjs" : "start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? "3100",
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: postgresUrl || `file:${path.join(dataDir, "e2e.db")}`,
    FACTDECK_DATA_DIR: dataDir,
    ...clusterEnv,
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
