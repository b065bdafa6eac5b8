// Runs in the browser before any of the app's code (Next.js's instrumentation-client file).
import { config } from "zod/v4/core";

// zod probes for eval (`new Function("")`) when it builds a schema, to compile fast parsers. The
// Content-Security-Policy (proxy.ts) refuses eval in the browser, and every probe is a reported
// violation: run zod without it there. The server keeps its fast parsers.
config({ jitless: true });
