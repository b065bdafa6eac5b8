import "server-only";
import { AppError, ValidationError } from "@/lib/errors";

// Small pieces shared by the app's route handlers (layouts don't guard those: each checks for itself).

const STATUS: Record<AppError["code"], number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, CONFLICT: 409 };

/** The HTTP status for an error: its kind for expected ones, 500 for anything else. */
export function httpStatus(error: unknown): number {
  return error instanceof AppError ? STATUS[error.code] : 500;
}

/**
 * Whether a request comes from one of our own pages. Browsers send Sec-Fetch-Site and Origin
 * with every fetch that writes; a page on another site gets neither "same-origin" nor our host.
 * (The session cookie is SameSite=Lax as well; this is the second lock.) Clients without those
 * headers aren't browsers and can't carry a visitor's cookies, so they pass.
 */
export function isSameOrigin(request: Request): boolean {
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

/** Reads a JSON body of at most `maxBytes`, or throws a ValidationError with a clear message. */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) throw new ValidationError("Send the answer as JSON.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new ValidationError("That answer is too long to save.");
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ValidationError("That answer is too long to save.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError("That answer couldn't be read. Please try again.");
  }
}
