// Starts Factdeck for the benchmark exactly as `npm start` does (scripts/start.mjs: migrate,
// seed, build once into its own dist dir, `scripts/serve.mjs`), on a fresh SQLite database, bound to
// 127.0.0.1 only — or, given a PostgreSQL URL, on that database (dropped and created again
// first), and with `instances` > 1 as `npm run cluster` does (scripts/cluster.mjs: that many
// instances behind nginx, sharing Redis). The server runs in its own process group so
// stopping it stops the server, the instances and nginx too.
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A running server; `cpuSeconds` and `rssMb` add up its whole process group (instances, nginx). */
export type BenchServer = { base: string; dataDir: string; distDir: string; databaseUrl: string; stop(): void; cpuSeconds(): number; rssMb(): number };

export type ServerOptions = {
  port: number;
  dataDir: string;
  distDir: string;
  /** A postgresql:// URL; SQLite in `dataDir` when absent. */
  postgresUrl?: string;
  /** More than 1: scripts/cluster.mjs behind nginx (needs `postgresUrl` and `redisUrl`). */
  instances?: number;
  redisUrl?: string;
};

/** Drops and creates the database a postgresql:// URL names (the benchmark's own). */
async function freshPostgres(url: string) {
  const { default: pg } = await import("pg");
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`The benchmark's PostgreSQL database name must be lower-case letters, digits and _ (got "${name}")`);
  const server = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await server.connect();
  try {
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.query(`CREATE DATABASE "${name}"`);
  } finally {
    await server.end();
  }
}

/** The /proc entries of one process group's processes, each with its stat fields from the 3rd (state) on. */
function* groupProcesses(pgid: number): Generator<{ pid: string; fields: string[] }> {
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) yield { pid, fields }; // the 5th field: process group
    } catch {
      // gone meanwhile
    }
  }
}

/**
 * CPU time (user + system, in seconds) used so far by the processes of one process group, read
 * from /proc (Linux): the server's own work, whatever else the machine is running. Per request
 * it is the one figure here that a busy machine doesn't move much.
 */
function groupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const { fields } of groupProcesses(pgid)) ticks += Number(fields[11]) + Number(fields[12]); // the 14th and 15th: utime, stime
  return ticks / 100; // USER_HZ
}

/** Resident memory (MB) of one process group's processes, from /proc. */
function groupRssMb(pgid: number): number {
  let kb = 0;
  for (const { pid } of groupProcesses(pgid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

export async function startServer(opts: ServerOptions): Promise<BenchServer> {
  const dataDir = path.resolve(ROOT, opts.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  const instances = opts.instances ?? 1;
  if (instances > 1 && !(opts.postgresUrl && opts.redisUrl)) throw new Error("Several instances need PostgreSQL and Redis");
  if (opts.postgresUrl) await freshPostgres(opts.postgresUrl);
  const databaseUrl = opts.postgresUrl ?? `file:${path.join(dataDir, "bench.db")}`;
  const base = `http://127.0.0.1:${opts.port}`;
  const cluster =
    instances > 1 ? { CLUSTER_INSTANCES: String(instances), CLUSTER_DIR: path.join(dataDir, "nginx"), REDIS_URL: opts.redisUrl } : opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {};
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts", instances > 1 ? "cluster.mjs" : "start.mjs")], {
    cwd: ROOT,
    detached: true, // its own process group: start.mjs runs scripts/serve.mjs as a child
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      FACTDECK_DATA_DIR: dataDir,
      ...cluster,
      NEXT_DIST_DIR: opts.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server process there (bench/cpu-profile.cjs).
      ...(process.env.BENCH_CPU_PROF
        ? { NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, "bench", "cpu-profile.mjs")).href}`, BENCH_CPU_PROF: path.resolve(process.env.BENCH_CPU_PROF) }
        : {}),
    },
  });
  let log = "";
  // BENCH_SERVER_LOG=<file> keeps the server's whole output there (errors it logged under load).
  const logFile = process.env.BENCH_SERVER_LOG ? path.resolve(process.env.BENCH_SERVER_LOG) : null;
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  child.on("exit", () => void (exited = true));

  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM"); // the group we created, by id
    } catch {
      // already gone
    }
  };
  process.once("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => (stop(), process.exit(130)));

  // A first start builds the app (about a minute on 2 cores); later starts reuse the build.
  // /api/ready: through nginx, it answers only once an instance is up and has the database.
  const deadline = Date.now() + 6 * 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited during start-up:\n${log}`);
    try {
      const res = await fetch(`${base}/api/ready`);
      if (res.ok) return { base, dataDir, distDir: path.resolve(ROOT, opts.distDir), databaseUrl, stop, cpuSeconds: () => groupCpuSeconds(child.pid!), rssMb: () => groupRssMb(child.pid!) };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`The server did not answer /api/ready within 6 minutes:\n${log}`);
}
