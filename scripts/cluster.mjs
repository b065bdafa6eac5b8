#!/usr/bin/env node
// `npm run cluster`: several instances (scripts/serve.mjs, `next start` with a shortcut) of Factdeck on one PostgreSQL database,
// behind nginx (round-robin, no sticky sessions), for a school that outgrows one process.
//
//   DATABASE_URL=postgresql://…  REDIS_URL=redis://127.0.0.1:6379  npm run cluster
//
// Migrates, seeds and builds once (scripts/prepare.mjs, as `npm start` does), starts
// CLUSTER_INSTANCES (default 2) instances on 127.0.0.1 at consecutive ports from
// CLUSTER_BASE_PORT (default PORT + 1), waits until each is ready (GET /api/ready), then runs
// nginx in the foreground on PORT (default 3000) with a config written to CLUSTER_DIR (default
// <FACTDECK_DATA_DIR>/cluster), which also holds its pid, logs and temporary files. Ctrl-C (or
// SIGTERM) stops nginx and every instance; so does any of them exiting by itself.
//
// Why PostgreSQL and Redis are required: SQLite takes one writer on one machine, and several
// processes on one file is not supported; rate limits counted in each process's memory would let
// each instance grant its own allowance of password guesses, so the counters must be shared.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { ensureBuild, env, prepareDatabase, redisProblem, root } from "./prepare.mjs";

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function wholeNumber(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return n;
}

// ── Checks first: nothing is started or changed unless all of them pass. ──
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  fail(
    "npm run cluster needs DATABASE_URL=postgresql://user@host:5432/factdeck. Several app processes on one SQLite file is " +
      "not supported (SQLite is for one process on one machine: use `npm start`).",
  );
}
if (!/^rediss?:\/\//.test(process.env.REDIS_URL ?? "")) {
  fail(
    "npm run cluster needs REDIS_URL=redis://host:6379: rate limits (sign-in, sign-up, join codes) must be counted in one " +
      "place for all instances. Counting in each process instead would give every instance its own allowance of guesses, " +
      "so the cluster doesn't fall back to it.",
  );
}
const redisWhy = await redisProblem(process.env.REDIS_URL);
if (redisWhy) fail(`Redis at REDIS_URL does not answer (${redisWhy}): start it, or point REDIS_URL at one that runs.`);
const instances = wholeNumber("CLUSTER_INSTANCES", 2, 1, 32);
const port = wholeNumber("PORT", 3000, 1, 65535);
const basePort = wholeNumber("CLUSTER_BASE_PORT", port + 1, 1, 65535 - instances + 1);
const ports = Array.from({ length: instances }, (_, i) => basePort + i);
if (ports.includes(port)) fail(`The instances' ports (${ports.join(", ")}) overlap nginx's PORT ${port}: set CLUSTER_BASE_PORT.`);
// One proxy (nginx) appends to X-Forwarded-For; set TRUST_PROXY higher when another sits in front of it.
const trustProxy = wholeNumber("TRUST_PROXY", 1, 1, 10);
const nginx = process.env.CLUSTER_NGINX || ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
if (!nginx || !existsSync(nginx)) fail("nginx is not installed: install Debian's package (`apt-get install nginx`) or set CLUSTER_NGINX to its path.");
const dataDir = path.resolve(root, process.env.FACTDECK_DATA_DIR || "data");
const prefix = path.resolve(root, process.env.CLUSTER_DIR || path.join(dataDir, "cluster"));
const listenHost = process.env.HOSTNAME || "0.0.0.0";

prepareDatabase();
ensureBuild();

// ── nginx's config: everything it writes stays under the prefix (no root paths). ──
rmSync(path.join(prefix, "temp"), { recursive: true, force: true });
for (const dir of ["logs", "temp"]) mkdirSync(path.join(prefix, dir), { recursive: true });
// Which instance answered each request, stream or not (CLUSTER_UPSTREAM_HEADER=1, for the two-instance journey).
const upstreamHeader = process.env.CLUSTER_UPSTREAM_HEADER === "1" ? "      add_header X-Upstream $upstream_addr always;\n" : "";

const configFile = path.join(prefix, "nginx.conf");
writeFileSync(configFile, nginxConfig());

function nginxConfig() {
  const temp = (name) => `${name}_temp_path ${path.join(prefix, "temp", name)};`;
  return `# Written by scripts/cluster.mjs on each start; edits are overwritten.
worker_processes auto;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "logs", "error.log")} warn;
# Each live-game player holds a stream open (Server-Sent Events), and a proxied stream takes two
# connections (browser and instance): room for thousands of players per worker.
worker_rlimit_nofile 65535;
events { worker_connections 32768; }
http {
  access_log ${path.join(prefix, "logs", "access.log")};
  ${temp("client_body")}
  ${temp("proxy")}
  ${temp("fastcgi")}
  ${temp("uwsgi")}
  ${temp("scgi")}
  # A pasted article goes to a server action of up to 6 MB (next.config.mjs).
  client_max_body_size 8m;

  upstream factdeck {
    # Round-robin, no sticky sessions: any instance serves any request. The zone shares the
    # rotation (and which instance is down) among nginx's worker processes.
    zone factdeck 64k;
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
    # Idle kept-alive connections are closed by nginx before the instance would close them
    # (Node's keepAliveTimeout, 5 s): otherwise a request nginx sends on a connection the instance
    # is closing at that moment is reset, and the player gets a 502 (bench:live, 10,000 joins).
    keepalive_timeout 4s;
  }

  server {
    listen ${listenHost}:${port};
    # A live game's stream (Server-Sent Events, lib/live/stream.ts): each event must reach the
    # player at once (no buffering, no gzip holding bytes back), and the stream lives as long as
    # the game; the app sends a comment line every 15 s, so a dead peer is still noticed.
    location ~ ^/api/live-games/[^/]+/stream$ {
      proxy_pass http://factdeck;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_buffering off;
      proxy_cache off;
      gzip off;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout;
${upstreamHeader}    }
    location / {
      proxy_pass http://factdeck;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The host and scheme the browser addressed: Auth.js, the same-origin checks and links use them.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      # The client's address, appended: the app reads it by TRUST_PROXY=${trustProxy} (lib/security/keys.ts).
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # Pages stream (React Server Components): pass each part on as it comes.
      proxy_buffering off;
      proxy_read_timeout 120s;
      # A request that fails to reach an instance is retried on another, but never a POST or PUT
      # (nginx's default): a submit must not be sent twice.
      proxy_next_upstream error timeout;
${upstreamHeader}    }
  }
}
`;
}

const test = spawnSync(nginx, ["-t", "-q", "-p", prefix, "-e", path.join(prefix, "logs", "error.log"), "-c", configFile], { encoding: "utf8" });
if (test.status !== 0) fail(`nginx refused the config written to ${configFile}:\n${test.stderr}`);

// ── The instances, then nginx; each one's output is prefixed with its name. ──
const children = [];
let stopping = false;

function start(name, command, args, extraEnv = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    readline.createInterface({ input: stream }).on("line", (line) => out.write(`[${name}] ${line}\n`));
  }
  child.on("exit", (code, signal) => {
    child.exited = true;
    if (stopping) return;
    console.error(`✖ ${name} stopped by itself (${signal ?? `exit ${code}`}); stopping the cluster.`);
    void stop(1);
  });
  children.push(child);
  return child;
}

async function stop(status) {
  if (stopping) return;
  stopping = true;
  console.log("\n▶ Stopping nginx and the instances");
  const running = children.filter((c) => !c.exited);
  await Promise.all(
    running.map(
      (child) =>
        new Promise((resolve) => {
          const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
          child.once("exit", () => {
            clearTimeout(force);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
  process.exit(status);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(0));

/** Waits until GET url answers 200 (an instance is ready once its database answers and is migrated). */
async function waitReady(url, label, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < until && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
      last = `${res.status} ${(await res.text()).slice(0, 200)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!stopping) {
    console.error(`✖ ${label} did not become ready at ${url} within ${timeoutMs / 1000} s (${last}).`);
    await stop(1);
  }
}

console.log(`\n▶ Starting ${instances} instance(s) on 127.0.0.1:${ports.join(", ")}`);
ports.forEach((p, i) =>
  start(`app${i + 1}`, process.execPath, [path.join(root, "scripts", "serve.mjs")], { PORT: String(p), HOSTNAME: "127.0.0.1", TRUST_PROXY: String(trustProxy) }),
);
await Promise.all(ports.map((p, i) => waitReady(`http://127.0.0.1:${p}/api/ready`, `app${i + 1}`)));

start("nginx", nginx, ["-p", prefix, "-e", path.join(prefix, "logs", "error.log"), "-c", configFile, "-g", "daemon off;"]);
const shownHost = listenHost === "0.0.0.0" ? "localhost" : listenHost;
await waitReady(`http://${shownHost}:${port}/api/ready`, "nginx");
if (!stopping) console.log(`\n✔ Factdeck: ${instances} instance(s) behind nginx on http://${shownHost}:${port} (config: ${configFile})`);
