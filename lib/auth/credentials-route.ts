import "server-only";
import { emailSchema } from "@/lib/validation/auth";
import { RateLimitedError, requestIp, SIGN_IN_ATTEMPTS, signInWait } from "@/lib/security/rate-limit";

// POST /api/auth/callback/credentials is the HTTP way in to `authenticate` (the sign-in form's
// action is the other). Auth.js answers a throttled attempt with a redirect carrying
// `code=rate_limited`; an HTTP client deserves a 429 with Retry-After instead. The wait is read
// from the same limiter `authenticate` consults, and the answer is the same for every email.

const CREDENTIALS_CALLBACK = /\/api\/auth\/callback\/credentials\/?$/;

async function emailOf(request: Request): Promise<string> {
  try {
    const body = await request.clone().formData();
    const parsed = emailSchema.safeParse(body.get("email"));
    return parsed.success ? parsed.data : "";
  } catch {
    return "";
  }
}

function tooMany(waitMs: number): Response {
  const error = new RateLimitedError(waitMs, SIGN_IN_ATTEMPTS);
  return Response.json(
    { error: error.message },
    { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

async function saysRateLimited(response: Response): Promise<boolean> {
  const location = response.headers.get("location") ?? "";
  if (location.includes("code=rate_limited")) return true;
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return false;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === "string" && body.url.includes("code=rate_limited");
}

/** Wraps Auth.js's POST handler: a throttled credentials sign-in answers 429, everything else passes through. */
export function withSignInThrottle(post: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    if (!CREDENTIALS_CALLBACK.test(new URL(request.url).pathname)) return post(request);
    const email = await emailOf(request);
    const ip = requestIp(request.headers);
    const wait = email ? await signInWait(email, ip) : 0;
    if (wait > 0) return tooMany(wait);
    const response = await post(request);
    if (await saysRateLimited(response)) return tooMany(email ? await signInWait(email, ip) : 60_000);
    return response;
  };
}
