#!/usr/bin/env node
// Factdeck's production server: what `next start` does (Next.js's own request handler, from the
// build in NEXT_DIST_DIR), with two shortcuts. A live game's answers (POST
// /api/live-games/:id/answers) and event streams (GET /api/live-games/:id/stream) go straight to
// the app's handlers when they have registered themselves (lib/http/fast-paths.ts), without
// Next.js's per-request pipeline around them: routing, the proxy, its request and response
// objects and request context cost ~1.5 ms of CPU per request on a 2-core machine, several times
// an answer's own work, and a room of thousands answers within seconds (bench:live); a stream's
// events are written to the socket instead of passing through web streams. The handlers run the
// same code as the route files (lib/live/routes.ts); until a live-game route has loaded in this
// process they aren't registered, and these requests go through Next.js like every other.
//
// Run by scripts/start.mjs (`npm start`) and scripts/cluster.mjs, after the build. PORT
// (default 3000) and HOSTNAME (default: every interface) as `next start -p … -H …` takes them.
import http from "node:http";
import path from "node:path";

// As `next start`: production unless told otherwise, set before Next.js loads.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");
const { default: nextConfig } = await import("../next.config.mjs");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;

// Next.js adds next.config.mjs's headers to every response it serves; the shortcut adds those
// an /api/ route gets (nosniff, frame and referrer rules, the API's content security policy).
const rules = typeof nextConfig.headers === "function" ? await nextConfig.headers() : [];
const apiHeaders = rules.filter((rule) => rule.source === "/:path*" || rule.source === "/api/:path*").flatMap((rule) => rule.headers);

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const FAST_PATHS = Symbol.for("factdeck.fastPaths");
const SHORTCUTS = [
  { method: "POST", path: /^\/api\/live-games\/([a-z0-9]{1,64})\/answers(?:\?.*)?$/i, name: "liveAnswer" },
  { method: "GET", path: /^\/api\/live-games\/([a-z0-9]{1,64})\/stream(?:\?.*)?$/i, name: "liveStream" },
];

const server = http.createServer((req, res) => {
  for (const shortcut of SHORTCUTS) {
    if (req.method !== shortcut.method) continue;
    const handler = globalThis[FAST_PATHS]?.[shortcut.name];
    const match = handler && shortcut.path.exec(req.url ?? "");
    if (!match) continue;
    for (const { key, value } of apiHeaders) res.setHeader(key, value);
    handler(req, res, match[1]);
    return;
  }
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`✔ Ready on http://${hostname ?? "localhost"}:${port}`));

// As `next start`: a stop signal ends the process through its exit handlers (open streams are
// cut; players reconnect to another instance or after a restart).
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
