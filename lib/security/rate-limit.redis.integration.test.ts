// The limiter with REDIS_URL set: counters live in Redis (shared by app processes), not in the
// process. Starts a throwaway redis-server when the machine has one; skipped otherwise.
import "@/test/db"; // first: points the data dir (and the generated secret) at a temp folder
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
// A skipped suite says why.
if (!hasRedis) console.log("Skipped: rate limits in Redis (no redis-server on this machine; the in-process limiter is tested in lib/auth).");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let redisServer: ChildProcess | undefined;
let limits: typeof import("./rate-limit");
let redis: import("ioredis").Redis;

describe.skipIf(!hasRedis)("rate limits in Redis", () => {
  beforeAll(async () => {
    const port = await freePort();
    redisServer = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    const { Redis } = await import("ioredis");
    redis = new Redis(port, "127.0.0.1", { lazyConnect: true, retryStrategy: (n) => (n > 50 ? null : 50) });
    await redis.connect();
    await redis.ping();
    process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
    limits = await import("./rate-limit");
    // The app's client connects in the background; until it is ready the in-process limiter answers.
    await limits.signInWait("warm-up@example.com", "192.0.2.1");
    const appClient = (globalThis as { factdeckRateLimits?: { redis?: { status: string } } }).factdeckRateLimits?.redis;
    for (let i = 0; i < 100 && appClient?.status !== "ready"; i++) await new Promise((r) => setTimeout(r, 50));
    expect(appClient?.status).toBe("ready");
  });

  afterAll(async () => {
    redis?.disconnect();
    (globalThis as { factdeckRateLimits?: { redis?: { disconnect(): void } } }).factdeckRateLimits?.redis?.disconnect();
    redisServer?.kill();
  });

  it("counts sign-in failures in Redis, blocks with the same answer, and a success clears the account", async () => {
    const ip = "203.0.113.70";
    for (let i = 0; i < 5; i++) expect(await limits.beginSignIn("shared@example.com", ip)).toBe(0); // the 5th blocks behind it
    const wait = await limits.beginSignIn("shared@example.com", ip);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);

    const keys = await redis.keys("factdeck:signin-*");
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(keys.join(" ")).not.toContain("shared@example.com"); // emails are hashed into keys

    await limits.recordSignInSuccess("shared@example.com", ip);
    expect(await limits.signInWait("shared@example.com", ip)).toBe(0);
  });

  it("counts a burst of parallel attempts atomically: no more than the limit get through", async () => {
    const waits = await Promise.all(Array.from({ length: 30 }, () => limits.beginSignIn("burst@example.com", "203.0.113.72")));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
  });

  it("doubles the block at the next lockout of the same key", async () => {
    const ip = "203.0.113.71";
    for (let i = 0; i < 5; i++) await limits.beginJoin("user-1", ip);
    expect(await redis.pttl("factdeck:join-acct:user-1")).toBeGreaterThan(14 * 60_000); // the 15-minute window
    for (let i = 0; i < 5; i++) await limits.beginJoin("user-1", ip); // 10 are allowed
    await expect(limits.beginJoin("user-1", ip)).rejects.toThrow("Too many wrong join codes. Try again in 5 minutes.");
    expect(await redis.pttl("factdeck:join-acct:user-1")).toBeLessThanOrEqual(5 * 60_000); // now the block
    await redis.del("factdeck:join-acct:user-1"); // as if the block had run out
    for (let i = 0; i < 10; i++) await limits.beginJoin("user-1", ip);
    await expect(limits.beginJoin("user-1", ip)).rejects.toThrow("Too many wrong join codes. Try again in 10 minutes.");
  });
});
