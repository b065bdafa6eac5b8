#!/usr/bin/env node
// `npm start`: prepare the embedded SQLite database, load the demo content, build once
// (again only when the sources change), then serve on $PORT (default 3000).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
delete env.NODE_ENV; // next sets its own; the seed must not see a production it wasn't given

function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const SOURCES = ["app", "components", "lib", "content", "proxy.ts", "instrumentation-client.ts", "next.config.mjs", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
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


// SQLite creates the database file but not its folder.
const dbUrl = process.env.DATABASE_URL || "file:./data/factdeck.db";
if (dbUrl.startsWith("file:")) mkdirSync(path.dirname(path.resolve(root, dbUrl.slice("file:".length))), { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

run("Applying database migrations", bin("tsx"), [path.join(root, "scripts/migrate.ts")]);
run("Loading the demo article and accounts", bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"]);

const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stamp = path.join(distDir, "factdeck-source-hash");
const current = sourceHash();
const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current;
if (built) {
  console.log("\n✔ Production build is up to date.");
} else {
  run("Building the app (first start only; about a minute)", bin("next"), ["build"]);
  writeFileSync(stamp, current);
}

const port = process.env.PORT ?? "3000";
console.log(`\n▶ Serving Factdeck on http://localhost:${port}`);
const server = spawnSync(bin("next"), ["start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])], {
  cwd: root,
  stdio: "inherit",
  env,
});
process.exit(server.status ?? 0);
