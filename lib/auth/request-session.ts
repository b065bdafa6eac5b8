import "server-only";
import { LRUCache } from "lru-cache";
import { getToken } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLiveSession } from "./session-version";

// Who sent this request, for the hot API route (autosave: one call per answer given).
//
// Why not next-auth's `auth()`: it runs Auth.js's whole session endpoint on every call — builds
// a request, derives the key (HKDF), decrypts the JWT, re-encrypts it to roll its expiry — about
// 2 ms of CPU, more than the rest of a save. Here Auth.js's own `getToken` reads the same cookie
// (chunked or not, `__Secure-` prefixed or not) and decrypts it, once per token: a token that
// decrypted is authentic (A256CBC-HS512 authenticates), so its user id is remembered until the
// token expires. Nothing new is trusted: the same token was valid before the cache saw it.
// What can change after that, the user's session version (sign-out everywhere, a new password, a
// disabled account), is read on every call: one primary-key lookup (lib/auth/session-version.ts).
const SESSION_COOKIE = "authjs.session-token";

type Verified = { userId: string; expiresAt: number; sv: unknown };
const verified = new LRUCache<string, Verified>({ max: 10_000 });

/** The signed-in user's id, or null when there is no valid, unexpired, not-ended session cookie. */
export async function sessionUserId(request: Request): Promise<string | null> {
  const secureCookie = (request.headers.get("cookie") ?? "").includes(`__Secure-${SESSION_COOKIE}`);
  const raw = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie, raw: true });
  if (!raw) return null;
  const hit = verified.get(raw) ?? (await verify(request, raw, secureCookie));
  if (!hit || hit.expiresAt <= Date.now()) return null;
  const row = await db.user.findUnique({ where: { id: hit.userId }, select: { sessionVersion: true, disabledAt: true } });
  return isLiveSession(row, hit.sv) ? hit.userId : null;
}

async function verify(request: Request, raw: string, secureCookie: boolean): Promise<Verified | null> {
  const token = await getToken({ req: request, secret: env.AUTH_SECRET, secureCookie });
  if (typeof token?.uid !== "string" || typeof token.exp !== "number") return null;
  const entry = { userId: token.uid, expiresAt: token.exp * 1000, sv: token.sv };
  verified.set(raw, entry);
  return entry;
}
