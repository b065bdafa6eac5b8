// What `npm start` (scripts/start.mjs) and `npm run cluster` (scripts/cluster.mjs) both do before
// serving: apply the migrations, load the demo content, and build once — again only when the
// sources change (a hash of them is stamped into the build folder).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
delete env.NODE_ENV; // next sets its own; the seed must not see a production it wasn't given

export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a step to the end with its output shown; a failed step ends this script with its status. */
export function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const SOURCES = ["app", "components", "lib", "content", "messages", "i18n", "proxy.ts", "instrumentation-client.ts", "next.config.mjs", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
function sourceHash() {
  const hash = createHash("sha256");
  const visit = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      if (p.endsWith(`${path.sep}generated`)) return;
      for (const entry of readdirSync(p).sort()) visit(path.join(p, entry));
    } else {
      hash.update(p).update(readFileSync(p));
    }
  };
  for (const s of SOURCES) visit(path.join(root, s));
  return hash.digest("hex");
}

/** Migrations, then the seed (safe to run any number of times), on DATABASE_URL. */
export function prepareDatabase() {
  // SQLite creates the database file but not its folder.
  const dbUrl = process.env.DATABASE_URL || "file:./data/factdeck.db";
  if (dbUrl.startsWith("file:")) mkdirSync(path.dirname(path.resolve(root, dbUrl.slice("file:".length))), { recursive: true });
  run("Applying database migrations", bin("tsx"), [path.join(root, "scripts/migrate.ts")]);
  run("Loading the demo article and accounts", bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"]);
}

/** Builds into NEXT_DIST_DIR (default .next) unless a build of these very sources is there. */
export function ensureBuild() {
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  const stamp = path.join(distDir, "factdeck-source-hash");
  const current = sourceHash();
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current;
  if (built) {
    console.log("\n✔ Production build is up to date.");
    return;
  }
  run("Building the app (first start only; about a minute)", bin("next"), ["build"]);
  // Hashed again: a build may add its folder's types to tsconfig.json, and the next start must
  // not take that for a change of sources.
  writeFileSync(stamp, sourceHash());
}

/** Null when Redis at `url` answers PING within a few seconds, else why not. */
export async function redisProblem(url) {
  const { Redis } = await import("ioredis");
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  let lastError = null;
  redis.on("error", (error) => (lastError = error));
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return lastError?.message || error.message || String(error);
  } finally {
    redis.disconnect();
  }
}
