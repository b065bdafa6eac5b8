// Load benchmark for quiz-taking: saving an answer and submitting an attempt, through the same
// server actions the browser calls, against `next start` on SQLite, beside a baseline route
// handler that returns constant JSON — same server, same run, so the ratios don't depend on the
// machine. Everything goes to 127.0.0.1, every phase is bounded in time, the server is stopped
// at the end.   npm run bench:attempts [-- --connections 50 --duration 10 --students 50]
import autocannon, { type Request, type Result } from "autocannon";
import { actionId, createFixture, openDb } from "./setup";
import { startServer } from "./server";

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
const PORT = arg("port", 3300);
const CONNECTIONS = arg("connections", 50);
const DURATION = arg("duration", 10);
const STUDENTS = arg("students", 50);
const SUBMITS_EACH = arg("submits-each", 12);
const ROUNDS = arg("rounds", 2);
const DUPLICATE_SHARE = 0.2;
const GOAL = { throughput: 0.4, p99: 2 };


/** What one phase measured; latencies (ms) are kept so rounds can be merged exactly. */
type Sample = { latencies: number[]; seconds: number; errors: number };

/** Runs autocannon, recording each response's latency, and stops it after `hardLimit` seconds. */
function load(opts: autocannon.Options, hardLimit: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const started = performance.now();
    const instance = autocannon({ ...opts, timeout: 30 }, (error, result: Result) => {
      clearTimeout(timer);
      if (error) return reject(error);
      resolve({ latencies, seconds: (performance.now() - started) / 1000, errors: result.errors + result.timeouts + result.non2xx });
    });
    instance.on("response", (_client, _status, _bytes, ms: number) => void latencies.push(ms));
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

/** A server action call exactly as React sends it: POST to the page, Next-Action header, JSON args. */
function actionRequest(
  base: string,
  id: string,
  next: () => { path: string; cookie: string; body: string },
  count: { appErrors: number },
  answered?: Set<string>,
): Request {
  return {
    method: "POST",
    setupRequest: (req, context) => {
      const { path, cookie, body } = next();
      (context as { path?: string }).path = path; // per connection: tells onResponse which attempt this reply is for
      return {
        ...req,
        path,
        body,
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base, cookie },
      };
    },
    // Actions answer 200 with {ok:false} on a refused input: count those as errors too.
    onResponse: (status, body, context) => {
      if (status === 200 && !String(body).includes('"ok":true')) count.appErrors++;
      else if (status === 200) answered?.add(String((context as { path?: string }).path).split("/").pop() ?? "");
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
  console.log(`Starting next start on 127.0.0.1:${PORT} (fresh SQLite database; builds into .next-bench if needed)…`);
  const server = await startServer({ port: PORT, dataDir: "bench/.data-attempts", distDir: ".next-bench" });
  try {
    const db = await openDb(server.dbFile, server.dataDir);
    const saveId = actionId(server.distDir, "lib/attempts/actions.ts", "saveResponseAction");
    const submitId = actionId(server.distDir, "lib/attempts/actions.ts", "submitAttemptAction");
    console.log(`Signing in ${STUDENTS} students and opening their attempts…`);
    const fx = await createFixture(db, server.base, { students: STUDENTS, submitsEach: SUBMITS_EACH });

    // One save by hand first: a benchmark of refusals would measure nothing.
    const probe = fx.saveTargets[0]!;
    const probeRes = await fetch(`${server.base}/attempts/${probe.attemptId}`, {
      method: "POST",
      headers: { "next-action": saveId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: server.base, cookie: probe.cookie },
      body: probe.bodies[0],
    });
    const probeText = await probeRes.text();
    if (!probeText.includes('"ok":true')) throw new Error(`A single save failed (${probeRes.status}): ${probeText.slice(0, 300)}`);

    let n = 0;
    const nextSave = () => {
      // Spread across every student's attempt and every question, right and wrong answers.
      const t = fx.saveTargets[n % fx.saveTargets.length]!;
      const body = t.bodies[Math.floor(n / fx.saveTargets.length) % t.bodies.length]!;
      n++;
      return { path: `/attempts/${t.attemptId}`, cookie: t.cookie, body };
    };
    const baselineOpts = { url: `${server.base}/api/bench/baseline`, connections: CONNECTIONS };
    const saveCount = { appErrors: 0 };
    const saveOpts = { url: server.base, connections: CONNECTIONS, requests: [actionRequest(server.base, saveId, nextSave, saveCount)] };

    console.log("Warming up (3 s each)…");
    await load({ ...baselineOpts, duration: 3 }, 10);
    await load({ ...saveOpts, duration: 3 }, 10);
    saveCount.appErrors = 0;

    // Alternate short rounds so both see the same machine load: this machine is shared and
    // its load drifts. Latencies of all rounds are merged before taking percentiles.
    const slice = Math.max(1, Math.round(DURATION / ROUNDS));
    console.log(`Measuring: ${CONNECTIONS} connections, ${ROUNDS} × ${slice} s per endpoint, alternating…`);
    const baselineRuns: Sample[] = [];
    const saveRuns: Sample[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      baselineRuns.push(await load({ ...baselineOpts, duration: slice }, slice + 10));
      saveRuns.push(await load({ ...saveOpts, duration: slice }, slice + 10));
    }
    const baseline = merge(baselineRuns);
    const save = merge(saveRuns);

    // Every attempt submitted once, plus duplicates: some right beside the first (a double
    // click racing it), some at the end (a retry after the grade exists).
    const queue: { attemptId: string; cookie: string }[] = [];
    for (const [i, t] of fx.submitTargets.entries()) {
      queue.push(t);
      if (i % Math.round(1 / DUPLICATE_SHARE) === 0) queue.push(t);
    }
    queue.push(...fx.submitTargets.filter((_, i) => i % 10 === 5));
    let q = 0;
    const answered = new Set<string>();
    const submitCount = { appErrors: 0 };
    const nextSubmit = () => {
      const t = queue[q++ % queue.length]!;
      return { path: `/attempts/${t.attemptId}`, cookie: t.cookie, body: JSON.stringify([{ attemptId: t.attemptId }]) };
    };
    const submit = await load({ url: server.base, connections: CONNECTIONS, amount: queue.length, requests: [actionRequest(server.base, submitId, nextSubmit, submitCount, answered)] }, 60);

    // Exactly once: every attempt whose submit was answered ok is graded, with one points entry
    // each (a hard stop can leave calls in flight, so unanswered ones aren't counted).
    const ids = [...answered];
    const graded = await db.attempt.count({ where: { id: { in: ids }, status: "submitted", score: { not: null } } });
    const points = await db.pointsEntry.count({ where: { attemptId: { in: ids } } });

    const header = ["req/s", "p50 ms", "p99 ms", "requests", "errors", "req/s vs", "p99 vs"];
    console.log(`\n${"".padEnd(24)}${header.map((h, i) => h.padStart(i === 3 || i === 5 ? 9 : i === 6 ? 10 : 8)).join("")}`);
    console.log(row("baseline GET (constant)", baseline, 0));
    console.log(row("save answer (action)", save, saveCount.appErrors, baseline));
    console.log(row(`submit (${submit.latencies.length} calls)`, submit, submitCount.appErrors, baseline));
    console.log(`\nSubmits: ${fx.submitTargets.length} attempts + ${queue.length - fx.submitTargets.length} duplicate calls queued; ${ids.length} answered ok, graded ${graded}, points entries ${points}.`);

    const b = stats(baseline);
    const sv = stats(save);
    const throughput = sv.rps / b.rps;
    const tail = sv.p99 / b.p99;
    const clean = save.errors + saveCount.appErrors === 0 && submit.errors + submitCount.appErrors === 0 && graded === ids.length && points === ids.length;
    const pass = throughput >= GOAL.throughput && tail <= GOAL.p99 && clean;
    console.log(
      `Goal at ${CONNECTIONS} connections: save ≥ ${GOAL.throughput * 100}% of baseline req/s (${(throughput * 100).toFixed(0)}%), ` +
        `p99 ≤ ${GOAL.p99}× baseline (${tail.toFixed(2)}×), no errors, each submit graded once (${clean ? "yes" : "no"}) → ${pass ? "PASS" : "FAIL"}`,
    );
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
