// The Content-Security-Policy and Strict-Transport-Security the proxy (proxy.ts) puts on every
// page. Pure: no framework, no I/O. (Headers that never change, Permissions-Policy and the API
// routes' policy among them, are in next.config.mjs.)

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The pages' policy. Scripts run only with this response's nonce (Next.js puts it on its own
 * scripts) or when loaded by such a script ('strict-dynamic'); no eval outside `next dev`.
 * Style elements and stylesheets need the nonce or our own origin too; style *attributes* are
 * allowed ('unsafe-inline' for style-src-attr only): React renders the widths of progress bars and
 * recharts' charts as style attributes, which a nonce can't cover, and an attribute can neither run
 * script nor load anything (images and fonts stay 'self').
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // next dev injects its own style elements without the nonce
    `style-src 'self' ${opts.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, as the HSTS preload list asks; sent only on responses served over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Whether the visitor reached us over HTTPS (directly, or through a proxy that says so). */
export function servedOverHttps(url: string, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto === "https" || (!proto && url.startsWith("https:"));
}
