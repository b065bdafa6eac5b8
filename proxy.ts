import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

// Next.js's documented nonce pattern (node_modules/next/dist/docs/01-app/02-guides/
// content-security-policy.md): a fresh nonce for every page, in the Content-Security-Policy of the
// response and of the request, where Next.js reads it and puts it on its own scripts. Pages are
// rendered per request anyway (the header reads the session cookie).
export function proxy(request: NextRequest) {
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
  matcher: [
    {
      // Pages only: API routes get a fixed policy (next.config.mjs); static files need none.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
