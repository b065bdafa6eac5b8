#!/usr/bin/env node
// `npm test`: lint and typecheck (gates: a failure fails the run), unit and integration tests
// (Vitest), browser journeys (Playwright), then one closing line that adds the tests up:
// "Total: N passed, N failed, N skipped".
//
// Everything runs on SQLite (the default), and again on PostgreSQL when a server answers — at
// TEST_POSTGRES_URL, or else at postgresql://postgres@127.0.0.1:5432/test: the integration tests
// (each test file in a fresh database of its own, test/db.ts) and the browser journeys (a second
// server on the same build, with a fresh database). With no server, one line says each
// PostgreSQL pass was skipped and why; TEST_POSTGRES_BROWSER=0 skips the browser one by choice.
//
// Order, measured on a 2-core machine, where everything here is bound by CPU (one browser pass
// alone keeps 1.3 cores busy, Chromium most of it, then the server): lint and the typecheck beside
// the build, then the unit and integration tests, then the SQLite browser pass here and, beside it,
// everything on PostgreSQL — its integration tests, its browser pass on a second server of the
// same build, then the two-instance journey behind nginx (when PostgreSQL, Redis at E2E_REDIS_URL
// or redis://127.0.0.1:6379, and nginx are all there; else one line says why it was skipped). The
// PostgreSQL output is printed when the SQLite pass is done. Journeys about the browser
// (BROWSER_JOURNEYS in playwright.config.ts) run in the SQLite pass only; journeys about the page
// itself (PAGE_JOURNEYS) read the same seeded data in either pass, so they are shared out between
// the two passes to even them out, and so are the other journeys' axe checks and screenshots.
// Tried and dropped: lint, the typecheck and the integration tests at a lower priority (nice 10)
// beside the browser passes — starved, an integration test timed out, and the run got longer.
// E2E_SHARDS=N splits each browser pass in N shards by spec file, each with a server and a database
// of its own (so no journey shares demo accounts or rows with one running beside it), run side by
// side: on two cores, everything else running beside two shards a pass made the whole run slower
// (40 minutes against 37 when the integration tests ran at the same priority), so the default is 1.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { redisProblem } from "./prepare.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, "test-results");
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args, extraEnv = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status ?? 1;
}

/**
 * Like run(), without blocking this process: while one browser pass runs here, the other's output
 * must keep being read. Under spawnSync nothing read it, so past 64 KB (a pipe's buffer) the
 * PostgreSQL pass would have stalled on its next line until the SQLite pass ended, and its log
 * file stayed empty until then.
 */
function runAlongside(command, args, extraEnv = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

/**
 * Like run(), without waiting, and with the output kept rather than shown: resolves with the
 * status and the output, for the caller to print when it is done. With `logFile`, the output is
 * written there too as it comes (to follow a long pass while it runs).
 */
function runInBackground(command, args, extraEnv = {}, logFile = null) {
  const log = logFile ? createWriteStream(logFile) : null;
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...env, ...extraEnv } });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      output += chunk;
      log?.write(chunk);
    });
  }
  return new Promise((resolve) =>
    child.on("close", (code) => {
      const done = () => resolve({ status: code ?? 1, output });
      if (log) log.end(done);
      else done();
    }),
  );
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  } catch {
    return null;
  }
}

const SHARDS = Math.max(1, Number(process.env.E2E_SHARDS) || 1);
const shardNumbers = Array.from({ length: SHARDS }, (_, i) => i + 1);
/** The JSON report of shard `n` of a pass whose report is `file` (shard 1 keeps the plain name). */
const shardJson = (file, n) => (n === 1 ? file : file.replace(/\.json$/, `-${n}.json`));
/** Shard `n`'s own port, data folder and (on PostgreSQL) database, beside shard 1's. */
function shardEnv(n, { port, dataDir, databaseUrl }) {
  if (n === 1) return { E2E_PORT: String(port), ...(dataDir ? { E2E_DATA_DIR: dataDir } : {}), ...(databaseUrl ? { E2E_DATABASE_URL: databaseUrl } : {}) };
  const url = databaseUrl ? new URL(databaseUrl) : null;
  if (url) url.pathname = `${url.pathname}_${n}`;
  return {
    E2E_PORT: String(port + 2 * (n - 1)), // 3100, 3102… beside PostgreSQL's 3101, 3103…
    E2E_DATA_DIR: `${dataDir ?? path.join("e2e", ".data")}-${n}`,
    ...(url ? { E2E_DATABASE_URL: url.toString() } : {}),
  };
}
const shardArgs = (n) => (SHARDS > 1 ? [`--shard=${n}/${SHARDS}`] : []);
/** The reports of a pass's shards added up as one ({ expected, flaky, unexpected, skipped }), or null when none reported. */
function passStats(file) {
  const reports = shardNumbers.map((n) => readJson(shardJson(file, n)));
  if (reports.every((r) => !r)) return null;
  const sum = { expected: 0, flaky: 0, unexpected: 0, skipped: 0 };
  for (const r of reports) {
    // A shard that did not report failed to run: count it as one failure.
    if (!r) sum.unexpected += 1;
    else for (const k of Object.keys(sum)) sum[k] += r.stats?.[k] ?? 0;
  }
  return { stats: sum };
}

// Lint and the typecheck gate the run (either failing fails it). They start at once, beside the
// build (each is one process on one core; the build is short since it no longer type-checks), and
// their output is printed after the unit and integration tests. The tests still run after a
// failed gate, so one run shows everything.
const gates = Promise.all([runInBackground(bin("eslint"), ["."]), runInBackground(bin("tsc"), ["--noEmit"])]);

const vitestJson = path.join(out, "vitest.json");

const DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";
const postgresUrl = process.env.TEST_POSTGRES_URL || DEFAULT_POSTGRES_URL;
/** Null when the server answers, else why it can't be used. */
async function postgresProblem(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error.message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}
const postgresJson = path.join(out, "vitest-postgres.json");
const postgresVitestLog = path.join(out, "vitest-postgres.log");
const problem = await postgresProblem(postgresUrl);
let postgresSkipped = null;
let postgresUnanswered = false;
if (problem && process.env.TEST_POSTGRES_URL) {
  // Asked for by name (CI sets it): a server that doesn't answer fails the run rather than skipping.
  console.error(`\n✖ Integration tests on PostgreSQL: TEST_POSTGRES_URL does not answer (${problem}).`);
  postgresUnanswered = true;
} else if (problem) {
  postgresSkipped = `no PostgreSQL server answered at ${DEFAULT_POSTGRES_URL} (${problem}); set TEST_POSTGRES_URL to run it`;
  console.log(`\n▶ Integration tests on PostgreSQL: skipped — ${postgresSkipped}`);
}

// One build for every browser pass, made before any server starts (they would race to make it).
// A failed build fails those passes; the total below still prints.
const buildStatus = run(process.execPath, ["--input-type=module", "-e", "(await import('./scripts/prepare.mjs')).ensureBuild()"]);

const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
const [lint, types] = await gates;
console.log("\n▶ Lint (eslint)");
process.stdout.write(lint.output);
console.log("▶ Typecheck (tsc --noEmit)");
process.stdout.write(types.output);
const lintStatus = lint.status;
const typeStatus = types.status;
const playwrightJson = path.join(out, "playwright.json");
const playwrightPostgresJson = path.join(out, "playwright-postgres.json");
const playwrightPostgresLog = path.join(out, "playwright-postgres.log");
const postgresBrowserWanted = process.env.TEST_POSTGRES_BROWSER !== "0";
const postgresBrowserSkipped = !postgresBrowserWanted
  ? "TEST_POSTGRES_BROWSER=0 is set"
  : postgresSkipped || (problem ? `TEST_POSTGRES_URL does not answer (${problem})` : buildStatus ? "the build failed" : null);

// The two-instance journey (playwright.cluster.config.ts): `npm run cluster` behind nginx, on the
// PostgreSQL server above and Redis, reusing the build above.
const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
const redisUrl = process.env.E2E_REDIS_URL || DEFAULT_REDIS_URL;
const nginxFound = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].some((p) => existsSync(p));
const clusterJson = path.join(out, "playwright-cluster.json");
const clusterLog = path.join(out, "playwright-cluster.log");
const redisWhy = await redisProblem(redisUrl);
const clusterSkipped = problem
  ? `no PostgreSQL server answered (${problem})`
  : redisWhy
    ? `no Redis answered at ${redisUrl} (${redisWhy})`
    : !nginxFound
      ? "nginx is not installed (apt-get install nginx)"
      : null;
// CI installs nginx and runs PostgreSQL and Redis (.ci/run): missing one there is a failure, not a skip.
const clusterMissingOnCi = Boolean(clusterSkipped && process.env.CI);

/**
 * Everything on PostgreSQL, one after the other: the integration tests, the browser journeys, the
 * two-instance journey. This chain runs beside the SQLite browser pass, the run's longest part;
 * its output is kept and printed after that pass, and followed live in test-results/*.log.
 */
async function postgresChain() {
  const notRun = { status: 0, output: "" };
  const vitest = problem
    ? notRun
    : await runInBackground(
        bin("vitest"),
        ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${postgresJson}`],
        { FACTDECK_TEST_DATABASE: "postgresql", TEST_POSTGRES_URL: postgresUrl },
        postgresVitestLog,
      );
  const browser = postgresBrowserSkipped
    ? { ...notRun, status: postgresBrowserWanted && ((problem && process.env.TEST_POSTGRES_URL) || buildStatus) ? 1 : 0 }
    : await Promise.all(
        shardNumbers.map((n) =>
          runInBackground(
            bin("playwright"),
            ["test", "--reporter=list,json", ...shardArgs(n)],
            {
              PLAYWRIGHT_JSON_OUTPUT_NAME: shardJson(playwrightPostgresJson, n),
              ...shardEnv(n, {
                port: 3101,
                dataDir: path.join("e2e", ".data-postgres"),
                databaseUrl: Object.assign(new URL(postgresUrl), { pathname: "/factdeck_e2e" }).toString(),
              }),
              // The pages don't depend on the database: axe and the screenshots, a third of a journey's
              // time, are split between the two passes by spec file (e2e/markup-share.ts).
              E2E_MARKUP_SHARE: "2/2",
              // A journey about the page or the browser runs in one of the two passes (onlyPass in
              // playwright.config.ts).
              E2E_PASS: "postgres",
            },
            n === 1 ? playwrightPostgresLog : path.join(out, `playwright-postgres-${n}.log`),
          ),
        ),
      ).then((runs) => ({ status: runs.some((r) => r.status) ? 1 : 0, output: runs.map((r) => r.output).join("\n") }));
  const cluster = clusterSkipped
    ? { ...notRun, status: clusterMissingOnCi ? 1 : 0 }
    : await runInBackground(
        bin("playwright"),
        ["test", "-c", "playwright.cluster.config.ts", "--reporter=list,json"],
        {
          PLAYWRIGHT_JSON_OUTPUT_NAME: clusterJson,
          E2E_CLUSTER_DATABASE_URL: Object.assign(new URL(postgresUrl), { pathname: "/factdeck_cluster_e2e" }).toString(),
          E2E_REDIS_URL: redisUrl,
        },
        clusterLog,
      );
  return { vitest, browser, cluster };
}

const onPostgres = postgresChain();
console.log(
  `\n▶ Browser journeys on SQLite${SHARDS > 1 ? ` in ${SHARDS} shards side by side, each on a server and database of its own (shard 1 here)` : ""}, here; on PostgreSQL at the same time: the integration tests, the browser journeys, then the two-instance journey behind nginx (their output follows when all are done)` +
    (postgresBrowserSkipped
      ? ""
      : "; the journeys about the browser run on SQLite only, the journeys about the page itself are shared out between the two passes, and so are the other journeys' axe checks and screenshots"),
);
// Shard 1 of the SQLite pass prints as it goes; the other shards' output follows when they are done.
const sqliteShard = (n) => ({ PLAYWRIGHT_JSON_OUTPUT_NAME: shardJson(playwrightJson, n), ...shardEnv(n, { port: 3100 }), ...(postgresBrowserSkipped ? {} : { E2E_MARKUP_SHARE: "1/2", E2E_PASS: "sqlite" }) });
const otherSqliteShards = buildStatus
  ? Promise.resolve([])
  : Promise.all(shardNumbers.slice(1).map((n) => runInBackground(bin("playwright"), ["test", "--reporter=list,json", ...shardArgs(n)], sqliteShard(n), path.join(out, `playwright-${n}.log`))));
const firstShardStatus = buildStatus || (await runAlongside(bin("playwright"), ["test", "--reporter=list,json", ...shardArgs(1)], sqliteShard(1)));
const otherShards = await otherSqliteShards;
for (const [i, r] of otherShards.entries()) {
  console.log(`\n▶ Browser journeys on SQLite, shard ${i + 2} of ${SHARDS} (output)`);
  process.stdout.write(r.output);
}
const e2eStatus = firstShardStatus || (otherShards.some((r) => r.status) ? 1 : 0);
const chain = await onPostgres;
const postgresStatus = postgresUnanswered ? 1 : chain.vitest.status;
if (!problem) {
  console.log(`\n▶ Integration tests on PostgreSQL (${new URL(postgresUrl).host}) (output)`);
  process.stdout.write(chain.vitest.output);
}
const e2ePostgresStatus = chain.browser.status;
const clusterStatus = chain.cluster.status;
console.log(postgresBrowserSkipped ? `\n▶ Browser journeys on PostgreSQL: skipped — ${postgresBrowserSkipped}` : "\n▶ Browser journeys on PostgreSQL (output)");
process.stdout.write(chain.browser.output);
if (clusterMissingOnCi) console.error(`\n✖ Two-instance journey behind nginx: cannot run on CI — ${clusterSkipped}.`);
else if (clusterSkipped) console.log(`\n▶ Two-instance journey behind nginx: skipped — ${clusterSkipped}`);
else console.log("\n▶ Two-instance journey behind nginx (playwright.cluster.config.ts) (output)");
process.stdout.write(chain.cluster.output);

const v = readJson(vitestJson);
const pg = postgresSkipped || problem ? null : readJson(postgresJson);
const p = passStats(playwrightJson);
const pp = postgresBrowserSkipped ? null : passStats(playwrightPostgresJson);
const c = clusterSkipped ? null : readJson(clusterJson);
const passed =
  (v?.numPassedTests ?? 0) + (pg?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0) + (p?.stats?.flaky ?? 0) + (pp?.stats?.expected ?? 0) + (pp?.stats?.flaky ?? 0) + (c?.stats?.expected ?? 0) + (c?.stats?.flaky ?? 0);
/** Test files that failed outside any test (a hook timing out, an import throwing): their tests count as skipped, so each counts as one failure. */
const suiteErrors = (report) => (report?.testResults ?? []).filter((t) => t.status === "failed" && !(t.assertionResults ?? []).some((a) => a.status === "failed")).length;
const failed =
  (v ? v.numFailedTests + suiteErrors(v) : unitStatus ? 1 : 0) +
  (pg ? pg.numFailedTests + suiteErrors(pg) : postgresStatus ? 1 : 0) +
  (p?.stats?.unexpected ?? (e2eStatus ? 1 : 0)) +
  (pp?.stats?.unexpected ?? (e2ePostgresStatus ? 1 : 0)) +
  (c?.stats?.unexpected ?? (clusterStatus ? 1 : 0));
const skipped =
  (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (pg?.numPendingTests ?? 0) + (pg?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0) + (pp?.stats?.skipped ?? 0) + (c?.stats?.skipped ?? 0);

console.log(`\nLint: ${lintStatus ? "FAILED" : "clean"}; typecheck: ${typeStatus ? "FAILED" : "clean"}`);
console.log(`Unit and integration (Vitest): ${v ? `${v.numPassedTests} passed, ${v.numFailedTests + suiteErrors(v)} failed` : "did not report"}`);
console.log(
  `Integration on PostgreSQL (Vitest): ${postgresSkipped ? `skipped — ${postgresSkipped}` : pg ? `${pg.numPassedTests} passed, ${pg.numFailedTests + suiteErrors(pg)} failed, ${pg.numPendingTests} skipped` : "did not report"}`,
);
console.log(`Browser on SQLite (Playwright): ${p ? `${p.stats.expected + p.stats.flaky} passed, ${p.stats.unexpected} failed` : "did not report"}`);
console.log(
  `Browser on PostgreSQL (Playwright): ${postgresBrowserSkipped ? `skipped — ${postgresBrowserSkipped}` : pp ? `${pp.stats.expected + pp.stats.flaky} passed, ${pp.stats.unexpected} failed` : "did not report"}`,
);
console.log(
  `Two instances behind nginx (Playwright): ${clusterSkipped ? `${process.env.CI ? "FAILED, could not run" : "skipped"} — ${clusterSkipped}` : c ? `${c.stats.expected + c.stats.flaky} passed, ${c.stats.unexpected} failed` : "did not report"}`,
);
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(lintStatus || typeStatus || unitStatus || postgresStatus || e2eStatus || e2ePostgresStatus || clusterStatus ? 1 : 0);
