import createNextIntlPlugin from "next-intl/plugin";

// Powerful features no page of Factdeck uses, denied to it and to anything it might embed.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

// Pages get a per-request nonce policy from proxy.ts. API responses are JSON (and Auth.js's
// small error page, styled inline): nothing in them may run or load.
const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several test servers (different ports) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // A server action's request may carry an article pasted without JavaScript (the form checks the
  // 200 KB bound before sending when it can): room enough that the action itself answers a
  // paste of a few megabytes with its friendly "over 200 KB" message instead of Next's 1 MB error.
  // Turbopack's build cache speeds up the next build of the same tree; Factdeck builds once per
  // install (scripts/prepare.mjs) and on CI from a clean clone, where writing it cost ~40 s a build.
  experimental: { serverActions: { bodySizeLimit: "6mb" }, turbopackFileSystemCacheForBuild: false },
  // `npm run typecheck` (tsc --noEmit, over the whole tree) is the type gate, and npm test runs it;
  // the build checking the same files again added about 80 s to every first start and CI run.
  typescript: { ignoreBuildErrors: true },
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "compromise"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

// next-intl without locale routing (issue 17): i18n/request.ts picks each request's language.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
