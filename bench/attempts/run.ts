// Load benchmark for quiz-taking: saving an answer and submitting an attempt, through the same
// calls the quiz page makes (the autosave route, the submit route), against the production server (`npm start`)
// on SQLite, beside a baseline route handler that returns constant JSON — same server, same run,
// so the ratios don't depend on the machine. Everything goes to 127.0.0.1, every phase is
// bounded in time, the server is stopped at the end.
// Submitting is measured twice in the same run: through the submit route the quiz page uses now,
// and through the server action it used before (still in the app), so the two compare under the
// same machine load.
// The database and the number of instances are options: `--database postgresql` runs the same
// measurements on PostgreSQL (BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/
// factdeck_bench, dropped and created again), `--instances 2` on two instances behind nginx as
// `npm run cluster` starts them (PostgreSQL and Redis, BENCH_REDIS_URL, default
// redis://127.0.0.1:6379), the baseline then going through nginx too.
//   npm run bench:attempts [-- --connections 50 --duration 20 --rounds 4 --warmup 3 --students 50 --submits-each 12 --route-submits-each 40]
//   npm run bench:attempts -- --database postgresql [--instances 2]
import { loadavg } from "node:os";
import autocannon, { type Request, type Result } from "autocannon";
import { actionId, createFixture, openDb, type SubmitTarget } from "./setup";
import { startServer } from "./server";

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
function textArg<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = process.argv[at + 1] as T;
  if (!allowed.includes(value)) throw new Error(`--${name} must be one of ${allowed.join(", ")}`);
  return value;
}
const PORT = arg("port", 3300);
const CONNECTIONS = arg("connections", 50);
const DURATION = arg("duration", 20);
const STUDENTS = arg("students", 50);
/** Attempts per student submitted through the action (as before the route) and through the route. */
const SUBMITS_EACH = arg("submits-each", 12);
const ROUTE_SUBMITS_EACH = arg("route-submits-each", 40);
const ROUNDS = arg("rounds", 4);
const WARMUP = arg("warmup", 3);
const DUPLICATE_SHARE = 0.2;
const INSTANCES = arg("instances", 1);
const DATABASE = textArg("database", INSTANCES > 1 ? "postgresql" : "sqlite", ["sqlite", "postgresql"]);
if (INSTANCES > 1 && DATABASE !== "postgresql") throw new Error("Several instances share one PostgreSQL database: drop --database sqlite");
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/factdeck_bench";
const REDIS_URL = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379";
const GOAL = { throughput: 0.4, p99: 2 };
/** Issue 15 for the submit route: at least 3× the action's 4% (12%), ideally 25% with a p99 at most 5× the baseline's. */
const SUBMIT_GOAL = { floor: 0.12, throughput: 0.25, p99: 5 };


/** What one phase measured; latencies (ms) are kept so rounds can be merged exactly. */
type Sample = { latencies: number[]; seconds: number; errors: number };

/**
 * Runs autocannon and records each response's latency, counting only requests sent after
 * `warmup` seconds: by then every connection is open and has been served. (Under full load
 * Node accepts one new connection per turn of its event loop, so the first request of each of
 * the 50 connections waits for every connection before it — seconds, not milliseconds, for
 * the busiest endpoint. That is start-up, not the steady state this measures; the baseline's
 * rounds are treated the same way.) Stops after `hardLimit` seconds whatever happens.
 */
function load(opts: autocannon.Options, warmup: number, hardLimit: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const steadyFrom = performance.now() + warmup * 1000;
    let errors = 0;
    const instance = autocannon({ ...opts, duration: (opts.duration as number) + warmup, timeout: 30 }, (error, result: Result) => {
      clearTimeout(timer);
      if (error) return reject(error);
      const seconds = Math.max(0.001, (performance.now() - steadyFrom) / 1000);
      resolve({ latencies, seconds, errors: warmup > 0 ? errors : result.errors + result.timeouts + result.non2xx });
    });
    instance.on("response", (_client, status: number, _bytes, ms: number) => {
      if (performance.now() - ms < steadyFrom) return;
      latencies.push(ms);
      if (status >= 300) errors++;
    });
    instance.on("reqError", () => void errors++);
    const timer = setTimeout(() => instance.stop(), hardLimit * 1000);
  });
}

/**
 * A fixed number of calls (`amount`), measured two ways from one run: every call, from the first
 * sent to the last answered (how submits were measured before), and only the calls sent after
 * `warmup` seconds (as `load` measures), over the time from then to the last answer.
 */
function loadSplit(opts: autocannon.Options, warmup: number, hardLimit: number): Promise<{ all: Sample; steady: Sample; unanswered: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const steadyFrom = started + warmup * 1000;
    const all: number[] = [];
    const steady: number[] = [];
    let steadyErrors = 0;
    let lastAnswer = started;
    const instance = autocannon({ ...opts, timeout: 30 }, (error, result: Result) => {
      clearTimeout(timer);
      if (error) return reject(error);
      const total = result.errors + result.timeouts + result.non2xx;
      resolve({
        all: { latencies: all, seconds: Math.max(0.001, (lastAnswer - started) / 1000), errors: total },
        steady: { latencies: steady, seconds: Math.max(0.001, (lastAnswer - steadyFrom) / 1000), errors: steadyErrors },
        unanswered: result.timeouts,
      });
    });
    instance.on("response", (_client, status: number, _bytes, ms: number) => {
      const now = performance.now();
      lastAnswer = now;
      all.push(ms);
      if (now - ms < steadyFrom) return;
      steady.push(ms);
      if (status >= 300) steadyErrors++;
    });
    const timer = setTimeout(() => instance.stop(), hardLimit * 1000);
  });
}

function merge(samples: Sample[]): Sample {
  return {
    latencies: samples.flatMap((x) => x.latencies),
    seconds: samples.reduce((t, x) => t + x.seconds, 0),
    errors: samples.reduce((t, x) => t + x.errors, 0),
  };
}

function stats(x: Sample) {
  const sorted = [...x.latencies].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { rps: sorted.length / x.seconds, p50: at(0.5), p99: at(0.99), total: sorted.length };
}

/** A request per connection turn; its reply must be 200 with `"ok":true` or it counts as an error. */
function checkedRequest(
  next: () => { method: "PUT" | "POST"; path: string; cookie: string; body: string; headers: Record<string, string> },
  count: { appErrors: number },
  answered?: Set<string>,
): Request {
  return {
    setupRequest: (req, context) => {
      const { method, path, cookie, body, headers } = next();
      (context as { path?: string }).path = path; // per connection: tells onResponse which attempt this reply is for
      return { ...req, method, path, body, headers: { ...headers, cookie } };
    },
    // Refusals answer with {ok:false} (actions with 200, the route with 4xx): count those too.
    onResponse: (status, body, context) => {
      if (status !== 200 || !String(body).includes('"ok":true')) count.appErrors++;
      else answered?.add(String((context as { path?: string }).path).match(/\/attempts\/([^/?]+)/)?.[1] ?? "");
    },
  };
}

function row(name: string, x: Sample, appErrors: number, base?: Sample) {
  const r = stats(x);
  const b = base ? stats(base) : null;
  const ratio = b ? `${((r.rps / b.rps) * 100).toFixed(0)}%`.padStart(9) + `${(r.p99 / b.p99).toFixed(2)}×`.padStart(10) : "";
  const cells = [r.rps.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), String(r.total), String(x.errors + appErrors)];
  return name.padEnd(24) + cells.map((c, i) => c.padStart(i === 3 ? 9 : 8)).join("") + ratio;
}

async function main() {
  const where = DATABASE === "postgresql" ? `fresh PostgreSQL database ${new URL(POSTGRES_URL).pathname.slice(1)}` : "fresh SQLite database";
  console.log(
    INSTANCES > 1
      ? `Starting ${INSTANCES} instances behind nginx on 127.0.0.1:${PORT} (npm run cluster; ${where}, Redis; builds into .next-bench if needed)…`
      : `Starting the server on 127.0.0.1:${PORT} (${where}; builds into .next-bench if needed)…`,
  );
  const server = await startServer({
    port: PORT,
    dataDir: "bench/.data-attempts",
    distDir: ".next-bench",
    ...(DATABASE === "postgresql" ? { postgresUrl: POSTGRES_URL } : {}),
    ...(INSTANCES > 1 ? { instances: INSTANCES, redisUrl: REDIS_URL } : {}),
  });
  try {
    const db = await openDb(server.databaseUrl, server.dataDir);
    const submitId = actionId(server.distDir, "lib/attempts/actions.ts", "submitAttemptAction");
    console.log(`Signing in ${STUDENTS} students and opening their attempts…`);
    const fx = await createFixture(db, server.base, { students: STUDENTS, submitsEach: SUBMITS_EACH + ROUTE_SUBMITS_EACH });

    // One save by hand first: a benchmark of refusals would measure nothing.
    const probe = fx.saveTargets[0]!;
    const probeRes = await fetch(`${server.base}${probe.saves[0]!.path}`, {
      method: "PUT",
      headers: { "content-type": "application/json", origin: server.base, cookie: probe.cookie },
      body: probe.saves[0]!.body,
    });
    const probeText = await probeRes.text();
    if (!probeText.includes('"ok":true')) throw new Error(`A single save failed (${probeRes.status}): ${probeText.slice(0, 300)}`);

    let n = 0;
    const json = { "content-type": "application/json", origin: server.base };
    const nextSave = () => {
      // Spread across every student's attempt and every question, right and wrong answers.
      const t = fx.saveTargets[n % fx.saveTargets.length]!;
      const save = t.saves[Math.floor(n / fx.saveTargets.length) % t.saves.length]!;
      n++;
      return { method: "PUT" as const, path: save.path, cookie: t.cookie, body: save.body, headers: json };
    };
    const baselineOpts = { url: `${server.base}/api/bench/baseline`, connections: CONNECTIONS };
    const saveCount = { appErrors: 0 };
    const saveOpts = { url: server.base, connections: CONNECTIONS, requests: [checkedRequest(nextSave, saveCount)] };

    // Alternate rounds so both see the same machine load: this machine is shared and its load
    // drifts. Each round warms its own connections first; latencies of all rounds are merged
    // before taking percentiles.
    const slice = Math.max(1, Math.round(DURATION / ROUNDS));
    console.log(`Measuring: ${CONNECTIONS} connections, ${ROUNDS} × (${WARMUP} s warm-up + ${slice} s) per endpoint, alternating…`);
    const loadAtStart = loadavg()[0]!;
    const baselineRuns: Sample[] = [];
    const saveRuns: Sample[] = [];
    // Server CPU per request, warm-up included (CPU time can't be split by when a request was sent).
    const cpu: Record<string, { seconds: number; requests: number }> = {};
    const metered = async (name: string, run: () => Promise<Sample & { requests?: number }>, requests: (x: Sample) => number) => {
      const before = server.cpuSeconds();
      const sample = await run();
      const c = (cpu[name] ??= { seconds: 0, requests: 0 });
      c.seconds += server.cpuSeconds() - before;
      c.requests += requests(sample);
      return sample;
    };
    for (let r = 0; r < ROUNDS; r++) {
      baselineRuns.push(await metered("baseline", () => load({ ...baselineOpts, duration: slice }, WARMUP, WARMUP + slice + 10), (x) => x.latencies.length * ((WARMUP + slice) / slice)));
      saveRuns.push(await metered("save", () => load({ ...saveOpts, duration: slice }, WARMUP, WARMUP + slice + 10), (x) => x.latencies.length * ((WARMUP + slice) / slice)));
    }
    const baseline = merge(baselineRuns);
    const save = merge(saveRuns);

    // Submits, through the route (what the quiz page sends now) and through the server action
    // (what it sent before), each over its own attempts and in the same way: every attempt once,
    // plus duplicates — some right beside the first (a double click racing it), some at the end
    // (a retry after the grade exists). Route first, then the action, then the route again with
    // the rest of its attempts, so a drift in the machine's load shows as two route rows apart.
    const viaRoute = (t: SubmitTarget) => ({ method: "POST" as const, path: `/api/attempts/${t.attemptId}/submit`, cookie: t.cookie, body: "{}", headers: json });
    // A server action call exactly as React sends it: POST to the page, Next-Action header, JSON args.
    const action = { "next-action": submitId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: server.base };
    const viaAction = (t: SubmitTarget) => ({ method: "POST" as const, path: `/attempts/${t.attemptId}`, cookie: t.cookie, body: JSON.stringify([{ attemptId: t.attemptId }]), headers: action });
    const routeTargets = fx.submitTargets.filter((t) => t.k >= SUBMITS_EACH);
    const half = Math.ceil(ROUTE_SUBMITS_EACH / 2);
    const phases = [
      { name: "submit route", targets: routeTargets.filter((t) => t.k < SUBMITS_EACH + half), via: viaRoute },
      { name: "submit action (before)", targets: fx.submitTargets.filter((t) => t.k < SUBMITS_EACH), via: viaAction },
      { name: "submit route", targets: routeTargets.filter((t) => t.k >= SUBMITS_EACH + half), via: viaRoute },
    ];
    console.log(`Submitting: ${phases.map((p) => `${p.name} ${p.targets.length}`).join(", ")} attempts (+ duplicates)…`);
    const answered = new Set<string>();
    const results: Record<string, { all: Sample[]; steady: Sample[]; appErrors: number; attempts: number; calls: number; unanswered: number }> = {};
    // A baseline round before each submit phase: the load on this shared machine drifts within a
    // run, so the submit rows are compared with the baseline measured beside them.
    const submitBaselines: Sample[] = [];
    for (const phase of phases) {
      submitBaselines.push(await load({ ...baselineOpts, duration: slice }, WARMUP, WARMUP + slice + 10));
      const queue: SubmitTarget[] = [];
      for (const [i, t] of phase.targets.entries()) {
        queue.push(t);
        if (i % Math.round(1 / DUPLICATE_SHARE) === 0) queue.push(t);
      }
      queue.push(...phase.targets.filter((_, i) => i % 10 === 5));
      let q = 0;
      const count = { appErrors: 0 };
      const next = () => phase.via(queue[q++ % queue.length]!);
      const opts = { url: server.base, connections: CONNECTIONS, amount: queue.length, duration: 120, requests: [checkedRequest(next, count, answered)] };
      const cpuBefore = server.cpuSeconds();
      const sample = await loadSplit(opts, WARMUP, 150);
      const c = (cpu[phase.name] ??= { seconds: 0, requests: 0 });
      c.seconds += server.cpuSeconds() - cpuBefore;
      c.requests += sample.all.latencies.length;
      const r = (results[phase.name] ??= { all: [], steady: [], appErrors: 0, attempts: 0, calls: 0, unanswered: 0 });
      r.unanswered += sample.unanswered;
      r.all.push(sample.all);
      r.steady.push(sample.steady);
      r.appErrors += count.appErrors;
      r.attempts += phase.targets.length;
      r.calls += queue.length;
    }

    // Exactly once: every attempt whose submit was answered ok is graded, with one points entry
    // each (a hard stop can leave calls in flight, so unanswered ones aren't counted).
    const ids = [...answered];
    let graded = 0;
    let points = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const some = ids.slice(i, i + 500); // Prisma caps the parameters of one SQLite query
      graded += await db.attempt.count({ where: { id: { in: some }, status: "submitted", score: { not: null } } });
      points += await db.pointsEntry.count({ where: { attemptId: { in: some } } });
    }

    const header = ["req/s", "p50 ms", "p99 ms", "requests", "errors", "req/s vs", "p99 vs"];
    console.log(`\nConfiguration: ${DATABASE === "postgresql" ? "PostgreSQL" : "SQLite"}, ${INSTANCES > 1 ? `${INSTANCES} instances behind nginx` : "one instance"}.`);
    console.log(`\n${"".padEnd(24)}${header.map((h, i) => h.padStart(i === 3 || i === 5 ? 9 : i === 6 ? 10 : 8)).join("")}`);
    console.log(row("baseline GET (constant)", baseline, 0));
    console.log(row("save answer (PUT route)", save, saveCount.appErrors, baseline));
    const submitErrors = Object.values(results).reduce((t, r) => t + r.appErrors + merge(r.all).errors, 0);
    const besideSubmits = merge(submitBaselines);
    console.log(row("baseline beside submits", besideSubmits, 0));
    for (const [name, r] of Object.entries(results)) {
      // After the warm-up, as for the rows above; then every call, as this benchmark measured submits before.
      console.log(row(`${name.replace(" (before)", "")} (steady)`, merge(r.steady), r.appErrors, besideSubmits));
      console.log(row(`  (all ${r.calls} calls)`, merge(r.all), 0, besideSubmits));
    }
    const submitted = Object.values(results).reduce((t, r) => t + r.attempts, 0);
    const calls = Object.values(results).reduce((t, r) => t + r.calls, 0);
    const unanswered = Object.entries(results).filter(([, r]) => r.unanswered > 0).map(([name, r]) => `${r.unanswered} ${name} calls`);
    console.log(`\nSubmits: ${submitted} attempts + ${calls - submitted} duplicate calls queued; ${ids.length} answered ok, graded ${graded}, points entries ${points}.`);
    if (unanswered.length > 0) {
      // Their attempts may or may not have been graded by the time the call gave up: never twice.
      const all = fx.submitTargets.map((t) => t.attemptId);
      let gradedAll = 0;
      let pointsAll = 0;
      for (let i = 0; i < all.length; i += 500) {
        const some = all.slice(i, i + 500);
        gradedAll += await db.attempt.count({ where: { id: { in: some }, status: "submitted", score: { not: null } } });
        pointsAll += await db.pointsEntry.count({ where: { attemptId: { in: some } } });
      }
      console.log(`No answer within autocannon's 30 s timeout (counted as errors): ${unanswered.join(", ")}. Of all ${all.length} attempts: graded ${gradedAll}, points entries ${pointsAll}.`);
    }
    console.log(
      `Server CPU per request (user + system, /proc; load-independent, unlike req/s): ` +
        Object.entries(cpu).map(([name, c]) => `${name} ${((c.seconds / Math.max(1, c.requests)) * 1000).toFixed(2)} ms`).join(", ") +
        " (baseline and save: estimated from the measured part of each round, warm-up included in the CPU).",
    );
    console.log(`Load average (1 min) at the start of measuring ${loadAtStart.toFixed(1)}, at the end ${loadavg()[0]!.toFixed(1)} (2 cores; other work on the machine moves every figure).`);
    console.log(`"steady": calls sent after each phase's first ${WARMUP} s (connections opening), as for the baseline and save rounds.`);

    const b = stats(baseline);
    const sv = stats(save);
    const throughput = sv.rps / b.rps;
    const tail = sv.p99 / b.p99;
    const clean = save.errors + saveCount.appErrors === 0 && submitErrors === 0 && graded === ids.length && points === ids.length;
    const pass = throughput >= GOAL.throughput && tail <= GOAL.p99 && clean;
    console.log(
      `Goal at ${CONNECTIONS} connections: save ≥ ${GOAL.throughput * 100}% of baseline req/s (${(throughput * 100).toFixed(0)}%), ` +
        `p99 ≤ ${GOAL.p99}× baseline (${tail.toFixed(2)}×), no errors, each submit graded once (${clean ? "yes" : "no"}) → ${pass ? "PASS" : "FAIL"}`,
    );
    const route = results["submit route"];
    if (route) {
      const sr = stats(merge(route.steady));
      const sb = stats(besideSubmits);
      const share = sr.rps / sb.rps;
      const met = share >= SUBMIT_GOAL.throughput && sr.p99 / sb.p99 <= SUBMIT_GOAL.p99;
      console.log(
        `Submit route (issue 15): ${(share * 100).toFixed(0)}% of the baseline beside it in req/s (floor ${SUBMIT_GOAL.floor * 100}%, goal ${SUBMIT_GOAL.throughput * 100}%), ` +
          `p99 ${(sr.p99 / sb.p99).toFixed(2)}× baseline (goal ≤ ${SUBMIT_GOAL.p99}×) → ${met ? "goal met" : share >= SUBMIT_GOAL.floor ? "floor met" : "below the floor"}`,
      );
    }
    await db.$disconnect();
    process.exitCode = pass ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
