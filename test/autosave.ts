// Saving answers in integration tests the way the quiz page does: a PUT to the autosave route
// (lib/attempts/save-route.ts) with a real, encrypted next-auth session cookie for the user.
import { encode } from "next-auth/jwt";
import { putResponse } from "@/lib/attempts/save-route";
import { env } from "@/lib/env";
import { signedInUserId } from "./session";

const ORIGIN = "http://localhost:3000";

/** The Cookie header next-auth would have set for this user (an A256CBC-HS512 JWE). */
export async function sessionCookie(userId: string, opts: { maxAge?: number; sv?: number } = {}): Promise<string> {
  const token = await encode({
    token: { uid: userId, role: "student", ...(opts.sv === undefined ? {} : { sv: opts.sv }) },
    secret: env.AUTH_SECRET,
    salt: "authjs.session-token",
    maxAge: opts.maxAge,
  });
  return `authjs.session-token=${token}`;
}

/** Sends one autosave request; `body` is JSON-encoded unless `raw` gives the exact text. */
export async function putAnswer(
  attemptId: string,
  questionId: string,
  opts: { userId?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const userId = opts.userId === undefined ? signedInUserId() : opts.userId;
  const request = new Request(`${ORIGIN}/api/attempts/${encodeURIComponent(attemptId)}/responses/${encodeURIComponent(questionId)}`, {
    method: "PUT",
    headers: {
      "content-type": "application/json",
      origin: ORIGIN,
      "sec-fetch-site": "same-origin",
      ...(userId ? { cookie: await sessionCookie(userId) } : {}),
      ...opts.headers,
    },
    body: opts.raw ?? JSON.stringify(opts.body ?? {}),
  });
  return putResponse(request, attemptId, questionId);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Saves `{ attemptId, questionId, response, timeMs }` as the signed-in test user and returns the
 * route's JSON reply (`{ ok: true, savedAt }` or `{ ok: false, message }`). Anything else as
 * `input` is sent as the body of a request for an unknown attempt.
 */
export async function saveAnswer(input: unknown): Promise<{ ok: true; savedAt: string } | { ok: false; message: string }> {
  const { attemptId, questionId, ...body } = isRecord(input) ? input : {};
  const res = await putAnswer(typeof attemptId === "string" ? attemptId : "unknown", typeof questionId === "string" ? questionId : "unknown", {
    body: isRecord(input) ? body : input,
  });
  const reply = (await res.json()) as { ok: true; savedAt: string } | { ok: false; message: string };
  return reply;
}
