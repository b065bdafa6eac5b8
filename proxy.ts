// Next.js proxy (formerly middleware): runs before every page, action and route.
import { NextResponse, type NextRequest } from "next/server";
import { foreignOriginResponse, isForeignWrite } from "@/lib/http/origin";
import { contentSecurityPolicy, newNonce, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  // A server action or form post from another site: 403 here (Next.js itself would answer 500).
  if (isForeignWrite(request)) return foreignOriginResponse();
  // API routes get a fixed policy (next.config.mjs); prefetches render nothing to protect.
  const prefetch = request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
  if (request.nextUrl.pathname.startsWith("/api/") || prefetch) return NextResponse.next();

  // Next.js's documented nonce pattern (node_modules/next/dist/docs/01-app/02-guides/
  // content-security-policy.md): a fresh nonce for every page, in the Content-Security-Policy of the
  // response and of the request, where Next.js reads it and puts it on its own scripts. Pages are
  // rendered per request anyway (the header reads the session cookie).
  const nonce = newNonce();
  const https = servedOverHttps(request.url, request.headers.get("x-forwarded-proto"));
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but static files: writes to API routes need the origin check too.
  matcher: ["/((?!_next/static/|_next/image|favicon.ico).*)"],
};
