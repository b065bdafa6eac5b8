import "server-only";
import { NextRequest } from "next/server";
import { safeCallbackUrl } from "./callback-url";
import { handlers } from "./config";

// /api/auth/*: Auth.js checks a callbackUrl query parameter or callback-url cookie before any
// callback of ours runs, and answers a malformed one ("javascript:…", "not a url") with a 500.
// Here a callbackUrl parameter that isn't a page of this site gets a 400 that says so, and such a
// cookie (only a forger sets one: Auth.js writes what our redirect callback returned) is dropped.
const CALLBACK_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"];
const NOT_OURS = "callbackUrl must be a page of this site.";

function siteOrigin(request: NextRequest): string {
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return proto && host ? `${proto}://${host}` : request.nextUrl.origin;
}

// A path or an absolute URL (what Auth.js accepts) that is a page of this site.
const isOurs = (raw: string, origin: string) => (raw.startsWith("/") || URL.canParse(raw)) && safeCallbackUrl(raw, "", origin) !== "";

function guarded(handler: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    const origin = siteOrigin(request);
    const param = request.nextUrl.searchParams.get("callbackUrl");
    if (param !== null && !isOurs(param, origin)) return Response.json({ message: NOT_OURS }, { status: 400 });
    const forged = CALLBACK_COOKIES.filter((name) => {
      const value = request.cookies.get(name)?.value;
      return value !== undefined && !isOurs(value, origin);
    });
    if (forged.length === 0) return handler(request);
    const cleaned = new NextRequest(request);
    for (const name of forged) cleaned.cookies.delete(name);
    return handler(cleaned);
  };
}

export const GET = guarded(handlers.GET);
export const POST = guarded(handlers.POST);
