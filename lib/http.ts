import "server-only";
import { AppError } from "@/lib/errors";
import { PayloadTooLargeError } from "@/lib/http/body";

// Small pieces shared by the app's route handlers (layouts don't guard those: each checks for itself).

const STATUS: Record<AppError["code"], number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409, RATE_LIMITED: 429 };

/** The HTTP status for an error: its kind for expected ones, 500 for anything else. */
export function httpStatus(error: unknown): number {
  if (error instanceof PayloadTooLargeError) return error.status;
  return error instanceof AppError ? STATUS[error.code] : 500;
}

/**
 * Whether a request comes from one of our own pages. Browsers send Sec-Fetch-Site and Origin
 * with every fetch that writes; a page on another site gets neither "same-origin" nor our host.
 * (The session cookie is SameSite=Lax as well; this is the second lock.) Clients without those
 * headers aren't browsers and can't carry a visitor's cookies, so they pass.
 */
export function isSameOrigin(request: { url: string; headers: { get(name: string): string | null } }): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
