import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";

// Handlers the production server (scripts/serve.mjs) may call without Next.js's per-request
// pipeline, for the one request a crowd sends at once: a live game's answer. The app registers
// them when their module loads; the server looks them up by name on each request and, until
// one is registered, hands the request to Next.js as usual. Both run the same route code: the
// handler turns the Node request into a web Request and writes the web Response back.

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, param: string) => void;
type FastPaths = { liveAnswer?: NodeHandler; liveStream?: NodeHandler };

const KEY = Symbol.for("factdeck.fastPaths");
const registry = ((globalThis as Record<symbol, FastPaths>)[KEY] ??= {});

/** The Node request as a web Request (its body streamed, not read here: the route bounds it). */
export function webRequestOf(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

/** Writes a web Response to the Node response (headers set before, such as the security headers, stay). */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Registers a handler that writes the Node response itself. */
export function registerNodeFastPath(name: keyof FastPaths, handler: NodeHandler): void {
  registry[name] = handler;
}

/** Registers a route for the server's shortcut; `route` answers every request itself (errors included). */
export function registerFastPath(name: keyof FastPaths, route: (request: Request, param: string) => Promise<Response>): void {
  registry[name] = (req, res, param) => {
    route(webRequestOf(req), param)
      .then((response) => sendWebResponse(res, response))
      .catch((error: unknown) => {
        console.error(`fast path ${name} failed:`, error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, message: "Something went wrong on our side. Try again." }));
      });
  };
}
