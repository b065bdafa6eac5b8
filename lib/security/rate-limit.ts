import "server-only";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { accountKey, clientIp, retryPhrase } from "./keys";

// The one rate limiter every guessable door goes through: sign-in (the form action and the
// next-auth credentials endpoint both reach `authenticate`), sign-up, and class join codes.
//
// Counters live in Redis when REDIS_URL is set (shared by every app process; if Redis is down the
// in-process limiter takes over), in this process otherwise (the embedded default: one process).
//
// Only failures count toward sign-in and join limits: each attempt is counted up-front and a
// right password or a right code gives its point back. Crossing a limit blocks that key for a while, and each further lockout of the same key
// within a day doubles the block (backoff), up to a cap: guessing gets slower and slower, while a
// real user locked out by someone else is back in minutes, not days.

type Policy = {
  /** Prefix of the keys in the store. */
  name: string;
  /** How many failures are allowed within `windowSec`… */
  points: number;
  windowSec: number;
  /** …before the key is blocked for `blockSec`, doubled per lockout in the last day, at most `maxBlockSec`. */
  blockSec: number;
  maxBlockSec: number;
};

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

export const POLICIES = {
  /** One account from one address: the everyday "I forgot my password" case locks only briefly. */
  signInAccountIp: { name: "signin-acct-ip", points: 5, windowSec: 15 * MINUTE, blockSec: MINUTE, maxBlockSec: 30 * MINUTE },
  /** One account from anywhere: many addresses guessing one password. One address alone, slowed by
   * the backoff above, can't reach this (≈35 failures an hour), so it can't lock a user out. */
  signInAccount: { name: "signin-acct", points: 50, windowSec: 60 * MINUTE, blockSec: 15 * MINUTE, maxBlockSec: 60 * MINUTE },
  /** One address trying many accounts (password spraying). Generous for a school behind one NAT. */
  signInIp: { name: "signin-ip", points: 100, windowSec: 15 * MINUTE, blockSec: 15 * MINUTE, maxBlockSec: 60 * MINUTE },
  /** Wrong join codes by one account: a class mistyping is a few, guessing 887 million codes is not. */
  joinAccount: { name: "join-acct", points: 10, windowSec: 15 * MINUTE, blockSec: 5 * MINUTE, maxBlockSec: 60 * MINUTE },
  /** Wrong join codes from one address (many throwaway accounts). */
  joinIp: { name: "join-ip", points: 60, windowSec: 15 * MINUTE, blockSec: 15 * MINUTE, maxBlockSec: 60 * MINUTE },
  /** Sign-ups from one address: a whole class signing up together fits. */
  signUpIp: { name: "signup-ip", points: 100, windowSec: 15 * MINUTE, blockSec: 15 * MINUTE, maxBlockSec: 60 * MINUTE },
  /** Wrong live-game PINs from one address: a room mistypes a few; 900,000 PINs can't be walked. */
  livePinIp: { name: "live-pin-ip", points: 30, windowSec: 15 * MINUTE, blockSec: 5 * MINUTE, maxBlockSec: 60 * MINUTE },
  /** Live-game joins from one address, right PIN or not: a whole school behind one NAT joins in a minute; a script filling a lobby doesn't. */
  liveJoinIp: { name: "live-join-ip", points: 600, windowSec: 5 * MINUTE, blockSec: 5 * MINUTE, maxBlockSec: 30 * MINUTE },
} as const satisfies Record<string, Policy>;

type Store = { redis: Redis | null; limiters: Map<string, RateLimiterAbstract> };
const globalStore = globalThis as unknown as { factdeckRateLimits?: Store };

// Module instances can differ between route bundles: keep one store per process.
function store(): Store {
  if (!globalStore.factdeckRateLimits) {
    const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    redis?.on("error", (error: Error) => console.error("rate limiter: Redis error, counting in-process meanwhile:", error.message));
    globalStore.factdeckRateLimits = { redis, limiters: new Map() };
  }
  return globalStore.factdeckRateLimits;
}

function limiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const { redis, limiters } = store();
  let found = limiters.get(keyPrefix);
  if (!found) {
    const options = { keyPrefix: `factdeck:${keyPrefix}`, points, duration };
    found = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    limiters.set(keyPrefix, found);
  }
  return found;
}

const failures = (p: Policy) => limiter(p.name, p.points, p.windowSec);
const lockouts = (p: Policy) => limiter(`${p.name}-lockouts`, 1_000, DAY);

/** Milliseconds until `key` may try again under `policy`; 0 when it may now. */
async function blockedFor(policy: Policy, key: string): Promise<number> {
  const res = await failures(policy).get(key);
  return res && res.consumedPoints >= policy.points ? Math.max(1, res.msBeforeNext) : 0;
}

/**
 * Counts one attempt against `key` and answers how long it must wait (0: go ahead). Counting
 * comes first, atomically in the store, so a burst of parallel guesses can't all pass a check
 * made before any of them was counted. The attempt that reaches the limit still goes ahead and
 * blocks the key behind it, longer at each lockout; attempts while blocked are refused.
 */
async function countAttempt(policy: Policy, key: string): Promise<number> {
  const res = await failures(policy)
    .consume(key)
    .catch((rejected: unknown) => {
      if (rejected instanceof RateLimiterRes) return rejected;
      throw rejected;
    });
  if (res.consumedPoints > policy.points) return Math.max(1, res.msBeforeNext);
  if (res.consumedPoints === policy.points) {
    const lockout = await lockouts(policy).penalty(key, 1);
    const seconds = Math.min(policy.maxBlockSec, policy.blockSec * 2 ** Math.max(0, lockout.consumedPoints - 1));
    await failures(policy).block(key, seconds);
  }
  return 0;
}

/** Gives back the point an attempt took up-front, when it turned out not to be a failure. */
async function refund(policy: Policy, key: string): Promise<void> {
  const res = await failures(policy).get(key);
  if (res && res.consumedPoints > 0 && res.consumedPoints < policy.points) await failures(policy).reward(key, 1);
}

async function reset(policy: Policy, key: string): Promise<void> {
  await Promise.all([failures(policy).delete(key), lockouts(policy).delete(key)]);
}

/** The longest wait among `checks` (0 when none blocks). */
async function longestWait(checks: [Policy, string][]): Promise<number> {
  const waits = await Promise.all(checks.map(([policy, key]) => blockedFor(policy, key)));
  return Math.max(0, ...waits);
}

/** The client address of a request, by the TRUST_PROXY rule (see lib/security/keys.ts). */
export function requestIp(headers: Headers): string {
  return clientIp(headers, env.TRUST_PROXY);
}

/**
 * An answer meant for whoever is being slowed down; it names no account and says nothing of one.
 * An expected error: an action's guard (lib/actions/define-action.ts) shows its message.
 */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterMs: number,
    what: string,
  ) {
    super(`Too many ${what}. ${retryPhrase(retryAfterMs)}`, "RATE_LIMITED");
    this.name = "RateLimitedError";
  }
  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.retryAfterMs / 1000));
  }
}

export const SIGN_IN_ATTEMPTS = "sign-in attempts";

// --- sign-in -------------------------------------------------------------------------------
// Keys depend only on what was typed (the email, registered or not) and the address, so a
// throttled unknown email reads exactly like a throttled registered one.

function signInKeys(email: string, ip: string): [Policy, string][] {
  const account = accountKey(email);
  return [
    [POLICIES.signInAccountIp, `${account}:${ip}`],
    [POLICIES.signInAccount, account],
    [POLICIES.signInIp, ip],
  ];
}

/** Milliseconds before this email may be tried again from this address; 0 when it may now. Counts nothing. */
export function signInWait(email: string, ip: string): Promise<number> {
  return longestWait(signInKeys(email, ip));
}

/**
 * Counts a sign-in attempt before the password is checked; answers the wait when it must be
 * refused (0: check the password). Every attempt counts as a failure until `recordSignInSuccess`.
 */
export async function beginSignIn(email: string, ip: string): Promise<number> {
  const waits = await Promise.all(signInKeys(email, ip).map(([policy, key]) => countAttempt(policy, key)));
  return Math.max(0, ...waits);
}

/**
 * The right password clears the account's counters, and gives the address back its point (its
 * other failures stay: one's own account mustn't launder guesses at others).
 */
export async function recordSignInSuccess(email: string, ip: string): Promise<void> {
  const [accountIp, account, address] = signInKeys(email, ip);
  await Promise.all([accountIp && reset(...accountIp), account && reset(...account), address && refund(...address)]);
}

// --- join codes ----------------------------------------------------------------------------

function joinKeys(userId: string, ip: string): [Policy, string][] {
  return [
    [POLICIES.joinAccount, userId],
    [POLICIES.joinIp, ip],
  ];
}

export const JOIN_ATTEMPTS = "wrong join codes";

/** Counts a join attempt before the code is looked up; throws RateLimitedError when it must be refused. */
export async function beginJoin(userId: string, ip: string): Promise<void> {
  const waits = await Promise.all(joinKeys(userId, ip).map(([policy, key]) => countAttempt(policy, key)));
  const wait = Math.max(0, ...waits);
  if (wait > 0) throw new RateLimitedError(wait, JOIN_ATTEMPTS);
}

/** A right code: the account starts afresh and the address gets its point back. */
export async function recordJoinSuccess(userId: string, ip: string): Promise<void> {
  await Promise.all([reset(POLICIES.joinAccount, userId), refund(POLICIES.joinIp, ip)]);
}

// --- sign-up -------------------------------------------------------------------------------

export const SIGN_UP_ATTEMPTS = "sign-ups from your network";

/** Counts one sign-up from this address; throws RateLimitedError once the address is over its limit. */
export async function consumeSignUp(ip: string): Promise<void> {
  const wait = await countAttempt(POLICIES.signUpIp, ip);
  if (wait > 0) throw new RateLimitedError(wait, SIGN_UP_ATTEMPTS);
}

// --- password checks by a signed-in user -----------------------------------------------------
// Changing a password asks for the current one, which makes the form a password oracle for
// anyone holding a session (a borrowed laptop, a stolen cookie). It counts against the same
// counters as sign-in, so guesses there and at the sign-in form share one budget.

export const PASSWORD_ATTEMPTS = "wrong passwords";

/** Counts a current-password check before it is made; throws RateLimitedError when it must be refused. */
export async function beginPasswordCheck(email: string, ip: string): Promise<void> {
  const wait = await beginSignIn(email, ip);
  if (wait > 0) throw new RateLimitedError(wait, PASSWORD_ATTEMPTS);
}

/** The right current password: as a right sign-in password. */
export const recordPasswordCheckSuccess = recordSignInSuccess;

// --- live-game joins (lib/live/store.ts) ------------------------------------------------------

export const LIVE_PIN_ATTEMPTS = "wrong game PINs";
export const LIVE_JOINS = "joins from your network";

/**
 * Counts a join before the PIN is looked up; throws RateLimitedError when the address is over
 * either limit. Every join counts toward `liveJoinIp`; only a wrong PIN keeps its point of
 * `livePinIp` (recordLivePinSuccess gives it back).
 */
export async function beginLiveJoin(ip: string): Promise<void> {
  const pinWait = await countAttempt(POLICIES.livePinIp, ip);
  if (pinWait > 0) throw new RateLimitedError(pinWait, LIVE_PIN_ATTEMPTS);
  const joinWait = await countAttempt(POLICIES.liveJoinIp, ip);
  if (joinWait > 0) throw new RateLimitedError(joinWait, LIVE_JOINS);
}

/** A right PIN: the address gets its wrong-PIN point back. */
export async function recordLivePinSuccess(ip: string): Promise<void> {
  await refund(POLICIES.livePinIp, ip);
}
