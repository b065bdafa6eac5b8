// The same-origin rule for requests that change something, in one place for the proxy (server
// actions and forms) and the route handlers (lib/http.ts isSameOrigin applies the same idea).
// No database, no Node-only APIs: it runs in the proxy too.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host the browser addressed: the first X-Forwarded-Host behind a proxy, else Host. */
function addressedHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/**
 * The origin the browser addressed, for links a page hands on (a class's join link): the
 * forwarded scheme and host behind a proxy, else Host over http. Null when the host isn't a
 * plain host[:port], so no odd header ends up in a link.
 */
export function addressedOrigin(headers: Headers): string | null {
  const host = addressedHost(headers);
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/**
 * Whether a request that writes comes from another site. Browsers send Origin (and
 * Sec-Fetch-Site) with every POST; a page elsewhere can't make them name our host. Requests
 * without either aren't from a browser and carry no visitor's cookies, so they pass (Next.js
 * lets those through to server actions as well). Next.js refuses a foreign-origin server action
 * itself, but answers 500; the proxy answers 403 first (see foreignOriginResponse).
 */
export function isForeignWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  const host = addressedHost(request.headers);
  if (!host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * The origin the browser addressed, for absolute links written into a file (the CSV source
 * links): behind a proxy the first X-Forwarded-Proto and -Host, else the Host header. A Next.js
 * route handler's request.url names the address the server listens on (http://localhost:3000),
 * not the one the teacher typed, so links built from it pointed at localhost (issue 14).
 */
export function requestOrigin(request: Request): string {
  return addressedOrigin(request.headers) ?? new URL(request.url).origin;
}

export const FOREIGN_ORIGIN_MESSAGE = "This request came from another site. Changes can only be made from Factdeck's own pages.";

/** The 403 a foreign write gets: JSON for a script, the same words either way. */
export function foreignOriginResponse(): Response {
  return Response.json({ ok: false, message: FOREIGN_ORIGIN_MESSAGE }, { status: 403, headers: { "Cache-Control": "no-store" } });
}
