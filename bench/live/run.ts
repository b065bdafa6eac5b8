// Load benchmark for live games (issue 16): simulated players join one game by PIN, hold a
// Server-Sent Events stream open, and answer a question, against `next start` on SQLite (the
// default install), on 127.0.0.1 only. For each player count it reports the join time, the
// question broadcast's latency to every player (from the host's "start" being sent to each
// player's stream delivering the open question, p50/p99), the answer acknowledgement p99, the
// answers lost (acknowledged but not stored, or refused), the reveal broadcast, and the server's
// memory and CPU. Every phase is bounded in time; the server is stopped at the end.
//
// The simulated players run in this one process, on the same 2 cores as the server: the
// figures include that competition, so they are pessimistic for a real room of phones.
//
// `--instances 2` runs the same game over two app instances behind nginx (npm run cluster:
// round-robin, no sticky sessions), on PostgreSQL (a fresh database, factdeck_bench_live) and
// Redis: each player's join, stream and answer land on whichever instance nginx picks, and the
// game's events reach the other instance's streams through Redis pub/sub (lib/live/bus.ts).
// `--database postgresql` alone runs one instance on PostgreSQL.
//   npm run bench:live [-- --players 1000,5000,10000 --answer-spread 4 --port 3420]
//   npm run bench:live -- --instances 2
import http from "node:http";
import { startServer, type BenchServer } from "../attempts/server";
import { openDb, signIn } from "../attempts/setup";

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const PORT = Number(arg("port", "3420"));
const TIERS = arg("players", "1000,5000,10000").split(",").map(Number).filter((n) => n > 0);
const ANSWER_SPREAD_MS = Number(arg("answer-spread", "4")) * 1000;
const DIST_DIR = arg("dist-dir", ".next-live-bench");
const INSTANCES = Number(arg("instances", "1"));
const DATABASE = arg("database", INSTANCES > 1 ? "postgresql" : "sqlite");
if (!["sqlite", "postgresql"].includes(DATABASE)) throw new Error("--database must be sqlite or postgresql");
if (INSTANCES > 1 && DATABASE !== "postgresql") throw new Error("Several instances share one PostgreSQL database: drop --database sqlite");
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/factdeck_bench_live";
const REDIS_URL = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379";
const TIER_LIMIT_MS = 240_000;
const QUESTION_SECONDS = 120;
const PASSWORD = "bench-student-password";

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let base = "";

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(`${base}${path}`, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data), ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.setTimeout(60_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(data);
  });
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : "—");

/** Runs `work` over `items` with at most `limit` at once. */
async function pool<T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!, i);
      }
    }),
  );
  return out;
}

type Player = { token: string; ip: string; stream?: http.ClientRequest; seen: Map<string, number>; connected: boolean };

/** Opens a player's stream; records when it first sees each phase (by seq). Resolves on the first event. */
function openStream(gameId: string, p: Player): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/live-games/${gameId}/stream`, { headers: { accept: "text/event-stream", "x-forwarded-for": p.ip } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const phase = /"phase":"(\w+)"/.exec(frame)?.[1];
          const seq = /"seq":(\d+)/.exec(frame)?.[1];
          if (phase && seq) {
            const key = `${phase}:${seq}`;
            if (!p.seen.has(key)) p.seen.set(key, performance.now());
            if (!p.connected) {
              p.connected = true;
              resolve();
            }
          }
        }
      });
    });
    req.on("error", (e) => (p.connected ? undefined : reject(e)));
    p.stream = req;
  });
}

const CONSONANTS = "bcdfghjklmnpqrstvwxz";
/**
 * 0 → "b", 19 → "z", 20 → "cb" …: letters only, since nicknames are unique by a key that reads
 * digits as letters and drops the rest ("Player 1x" and "Player ix" are one name); consonants
 * only, so no name spells a word the insult filter refuses.
 */
function letters(n: number): string {
  let out = "";
  do {
    out = CONSONANTS[n % CONSONANTS.length]! + out;
    n = Math.floor(n / CONSONANTS.length);
  } while (n > 0);
  return out;
}

/** Why requests failed: "429: Too many joins…" → how many (status 0: no reply). */
type Failures = Map<string, number>;

function countFailure(failures: Failures, res: { status: number; body: string }): void {
  const why = `${res.status}: ${(/"message":"([^"]*)"/.exec(res.body)?.[1] ?? res.body).slice(0, 60)}`;
  failures.set(why, (failures.get(why) ?? 0) + 1);
}

const totalOf = (failures: Failures): number => [...failures.values()].reduce((sum, n) => sum + n, 0);

async function waitFor(check: () => boolean, limitMs: number): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

async function tier(server: BenchServer, db: Awaited<ReturnType<typeof openDb>>, hostCookie: string, hostId: string, questionsJson: object, n: number) {
  const started = Date.now();
  const pin = String(100000 + Math.floor(Math.random() * 899999));
  // A long question, so a slow tier's answers are measured as slow rather than refused as late.
  const game = await db.liveGame.create({ data: { pin, hostId, title: `Bench ${n}`, questionsJson: questionsJson as never, questionSeconds: QUESTION_SECONDS } });
  const cpu0 = server.cpuSeconds();
  const rss0 = server.rssMb();

  // Join: distinct addresses (as behind a proxy with TRUST_PROXY=1), 100 at a time.
  const players: Player[] = [];
  const joinLatencies: number[] = [];
  const joinFailures: Failures = new Map();
  const j0 = performance.now();
  await pool(
    Array.from({ length: n }, (_, i) => i),
    100,
    async (i) => {
      const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const t = performance.now();
      const res = await post("/api/live-games/join", { pin, nickname: `Player ${letters(i)}` }, { "x-forwarded-for": ip }).catch(() => ({ status: 0, body: "" }));
      joinLatencies.push(performance.now() - t);
      if (res.status !== 200) return countFailure(joinFailures, res);
      players.push({ token: (JSON.parse(res.body) as { token: string }).token, ip, seen: new Map(), connected: false });
    },
  );
  const joinSeconds = (performance.now() - j0) / 1000;

  // Streams: 200 opening at a time, each waits for its first event.
  const s0 = performance.now();
  let streamErrors = 0;
  await pool(players, 200, (p) => openStream(game.id, p).catch(() => void streamErrors++));
  const streamSeconds = (performance.now() - s0) / 1000;
  const rssConnected = server.rssMb();

  // The host opens question 1: broadcast latency from sending "start" to each stream delivering it.
  const open0 = performance.now();
  const started1 = await post(`/api/live-games/${game.id}/host`, { action: "start" }, { cookie: hostCookie });
  if (started1.status !== 200) throw new Error(`start failed: ${started1.status} ${started1.body}`);
  const openSeq = (JSON.parse(started1.body) as { state: { seq: number } }).state.seq;
  const key = `question:${openSeq}`;
  await waitFor(() => players.every((p) => p.seen.has(key)), 30_000);
  const broadcast = players.filter((p) => p.seen.has(key)).map((p) => p.seen.get(key)! - open0);

  // Answers: each player answers a random time within ANSWER_SPREAD_MS of seeing the question.
  const ackLatencies: number[] = [];
  const refusals: Failures = new Map();
  await Promise.all(
    players
      .filter((p) => p.seen.has(key))
      .map(
        (p) =>
          new Promise<void>((resolve) => {
            setTimeout(async () => {
              const t = performance.now();
              const res = await post(`/api/live-games/${game.id}/answers`, { questionIndex: 0, response: { choice: Math.floor(Math.random() * 2) } }, { "x-live-token": p.token, "x-forwarded-for": p.ip }).catch(() => ({ status: 0, body: "" }));
              ackLatencies.push(performance.now() - t);
              if (res.status !== 200) countFailure(refusals, res);
              resolve();
            }, Math.random() * ANSWER_SPREAD_MS);
          }),
      ),
  );
  const stored = await db.liveAnswer.count({ where: { gameId: game.id, questionIndex: 0 } });
  const refused = totalOf(refusals);
  const acked = ackLatencies.length - refused;
  const lost = players.length - stored + Math.max(0, acked - stored);

  // Reveal: the host closes the question; latency to every stream (the distribution of n answers is built once).
  const close0 = performance.now();
  const closed = await post(`/api/live-games/${game.id}/host`, { action: "close" }, { cookie: hostCookie });
  if (closed.status !== 200) throw new Error(`close failed: ${closed.status} ${closed.body}`);
  const revealSeq = (JSON.parse(closed.body) as { state: { seq: number } }).state.seq;
  await waitFor(() => players.every((p) => p.seen.has(`reveal:${revealSeq}`)), 30_000);
  const reveal = players.filter((p) => p.seen.has(`reveal:${revealSeq}`)).map((p) => p.seen.get(`reveal:${revealSeq}`)! - close0);

  const cpu = server.cpuSeconds() - cpu0;
  const rssPeak = server.rssMb();
  for (const p of players) p.stream?.destroy();
  await post(`/api/live-games/${game.id}/host`, { action: "end" }, { cookie: hostCookie });
  if (Date.now() - started > TIER_LIMIT_MS) console.log(`  (tier took longer than ${TIER_LIMIT_MS / 1000} s)`);

  return {
    players: n,
    joined: players.length,
    joinErrors: totalOf(joinFailures),
    joinFailures: Object.fromEntries(joinFailures),
    joinSeconds,
    joinP50: pct(joinLatencies, 50),
    joinP99: pct(joinLatencies, 99),
    streamSeconds,
    streamErrors,
    broadcastReached: broadcast.length,
    broadcastP50: pct(broadcast, 50),
    broadcastP99: pct(broadcast, 99),
    ackP50: pct(ackLatencies, 50),
    ackP99: pct(ackLatencies, 99),
    answers: ackLatencies.length,
    refused,
    refusals: Object.fromEntries(refusals),
    lost,
    revealP50: pct(reveal, 50),
    revealP99: pct(reveal, 99),
    rssBeforeMb: rss0,
    rssConnectedMb: rssConnected,
    rssPeakMb: rssPeak,
    cpuSeconds: cpu,
  };
}

async function main() {
  // Behind a proxy as far as the app knows, so each simulated player has an address of its own
  // (the join limit is per address); the demo accounts and content are seeded.
  // Behind nginx the benchmark is one more proxy in front of it: the player's address is then
  // the second-last hop.
  process.env.TRUST_PROXY = INSTANCES > 1 ? "2" : "1";
  process.env.FACTDECK_DEMO = "1";
  const where = DATABASE === "postgresql" ? "PostgreSQL" : "SQLite";
  console.log(
    INSTANCES > 1
      ? `▶ Starting ${INSTANCES} instances behind nginx (npm run cluster; ${where}, Redis; dist ${DIST_DIR}, port ${PORT}; a first start builds the app)…`
      : `▶ Starting the server (${where}; dist ${DIST_DIR}, port ${PORT}; a first start builds the app)…`,
  );
  const server = await startServer({
    port: PORT,
    dataDir: "bench/.data-live",
    distDir: DIST_DIR,
    ...(DATABASE === "postgresql" ? { postgresUrl: POSTGRES_URL } : {}),
    ...(INSTANCES > 1 ? { instances: INSTANCES, redisUrl: REDIS_URL } : {}),
  });
  base = server.base;
  try {
    const db = await openDb(server.databaseUrl, server.dataDir);
    const { hashPassword } = await import("@/lib/auth/password");
    const { loadQuestion } = await import("@/lib/questions/store");
    const email = `bench-live-host-${Date.now().toString(36)}@factdeck.test`;
    const host = await db.user.create({ data: { email, name: "Bench host", role: "teacher", passwordHash: await hashPassword(PASSWORD) } });
    const hostCookie = await signIn(base, email);
    const rows = await db.question.findMany({ where: { status: "approved", type: "single_choice" }, take: 4, include: { article: { select: { slug: true, title: true } } } });
    const questionsJson = rows.map((row) => ({ question: loadQuestion(row), article: row.article }));
    const results = [];
    for (const n of TIERS) {
      console.log(`▶ ${n.toLocaleString("en")} players…`);
      const r = await tier(server, db, hostCookie, host.id, questionsJson, n);
      results.push(r);
      console.log(
        `  joined ${r.joined}/${r.players} in ${r.joinSeconds.toFixed(1)} s (p50 ${ms(r.joinP50)}, p99 ${ms(r.joinP99)}, errors ${r.joinErrors}${r.joinErrors ? `: ${JSON.stringify(r.joinFailures)}` : ""}); streams open in ${r.streamSeconds.toFixed(1)} s (errors ${r.streamErrors})\n` +
          `  question broadcast to ${r.broadcastReached}: p50 ${ms(r.broadcastP50)}, p99 ${ms(r.broadcastP99)} · answers ${r.answers}: ack p50 ${ms(r.ackP50)}, p99 ${ms(r.ackP99)}, refused ${r.refused}${r.refused ? ` ${JSON.stringify(r.refusals)}` : ""}, lost ${r.lost}\n` +
          `  reveal broadcast p50 ${ms(r.revealP50)}, p99 ${ms(r.revealP99)} · server RSS ${r.rssBeforeMb.toFixed(0)} → ${r.rssConnectedMb.toFixed(0)} → ${r.rssPeakMb.toFixed(0)} MB · CPU ${r.cpuSeconds.toFixed(1)} s`,
      );
    }
    console.log(`\nConfiguration: ${where}, ${INSTANCES > 1 ? `${INSTANCES} instances behind nginx, events through Redis` : "one instance"}.`);
    console.log(JSON.stringify(results, null, 2));
    await db.$disconnect();
  } finally {
    server.stop();
    agent.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
