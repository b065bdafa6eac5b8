// Runs in the browser before any of the app's code (Next.js's instrumentation-client file).

// zod probes for eval (`new Function("")`) when it builds a schema, to compile fast parsers. The
// Content-Security-Policy (proxy.ts) refuses eval in the browser, and every probe is a reported
// violation: run zod without it there. The server keeps its fast parsers.
// zod keeps its configuration on this global (so that copies of zod share it) and adopts an
// object already there: setting it here, rather than calling `config()` from "zod/v4/core",
// keeps zod out of the JavaScript every page loads (about 5 kB gzipped); only pages that use zod
// in the browser load it. test/zod-jitless.test.ts checks zod still reads it.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;

export {};
