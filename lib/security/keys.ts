// Pure helpers for the rate limiter (lib/security/rate-limit.ts): who a request comes from,
// and the keys counters are kept under. No I/O here, so they are unit-tested directly.
import { createHash } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/**
 * The client address a request came from, as a limiter key part.
 *
 * `next start` has no other way to hand the socket address to a route or an action than the
 * X-Forwarded-For header: it sets it to the socket's address when the request has none, and keeps
 * one the request brought. So:
 * - `trustProxy = 0` (served directly, the default): the last hop, which is the socket address
 *   for any ordinary client. A client that forges the header can pick its own "address" here,
 *   which is why the per-account limits never depend on the address.
 * - `trustProxy = N` (N reverse proxies that each append the address they saw, like nginx's
 *   `$proxy_add_x_forwarded_for`): the N-th hop from the right, the one our outermost proxy
 *   wrote. Not the first hop: a client writes that one itself.
 * IPv6 clients get a whole /64 (one customer's usual allocation), so hopping addresses inside it
 * doesn't buy fresh limits.
 */
export function clientIp(headers: Headers, trustProxy: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const picked = trustProxy > 0 ? hops[Math.max(0, hops.length - trustProxy)] : hops[hops.length - 1];
  return normalizeIp(picked ?? headers.get("x-real-ip") ?? "");
}

export function normalizeIp(raw: string): string {
  let ip = raw.trim().toLowerCase();
  if (ip.startsWith("[")) ip = ip.slice(1, ip.indexOf("]") > 0 ? ip.indexOf("]") : undefined); // "[::1]:443"
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":")); // "1.2.3.4:5678"
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped?.[1]) ip = mapped[1];
  if (isIPv4(ip)) return ip;
  if (isIPv6(ip)) return `${expandIPv6(ip).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function expandIPv6(ip: string): string[] {
  const [head = "", tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => "0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((g) => g.replace(/^0+(?=.)/, ""));
}

/** An email (or any identifier) as a key: case and spaces don't make a new counter, and the store never holds the address itself. */
export function accountKey(identifier: string): string {
  return createHash("sha256").update(identifier.trim().toLowerCase()).digest("base64url").slice(0, 22);
}

/** "Try again in 1 minute." / "Try again in 12 minutes." — always at least one minute. */
export function retryPhrase(msBeforeNext: number): string {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return `Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
