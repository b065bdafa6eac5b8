import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { PayloadTooLargeError } from "./body";

// Handlers the production server (scripts/serve.mjs) may call without Next.js's per-request
// pipeline, for the requests a crowd sends at once: a live game's answers and event streams. The
// app registers them when their module loads; the server looks them up by name on each request
// and, until one is registered, hands the request to Next.js as usual. Each runs the same code
// as its route file, reading the Node request and writing the Node response directly (no web
// Request, Response or stream objects in between: they were a sixth of an answer's CPU).

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, param: string) => void;
type FastPaths = { liveAnswer?: NodeHandler; liveStream?: NodeHandler };

const KEY = Symbol.for("factdeck.fastPaths");
const registry = ((globalThis as Record<symbol, FastPaths>)[KEY] ??= {});

export function registerFastPath(name: keyof FastPaths, handler: NodeHandler): void {
  registry[name] = handler;
}

/** A request as a route reads it, whichever server received it: its address, headers and body. */
export type RequestLike = {
  url: string;
  headers: { get(name: string): string | null };
  /** The body as UTF-8 text, refused (PayloadTooLargeError) past `maxBytes` without reading on. */
  text(maxBytes: number, message?: string): Promise<string>;
};

/** The Node request as a RequestLike. */
export function nodeRequest(req: IncomingMessage): RequestLike {
  const get = (name: string): string | null => {
    const value = req.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return {
    url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
    headers: { get },
    text: (maxBytes, message) =>
      new Promise((resolve, reject) => {
        const declared = get("content-length");
        if (declared !== null && Number(declared) > maxBytes) return reject(new PayloadTooLargeError(message));
        const chunks: Buffer[] = [];
        let total = 0;
        req.on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > maxBytes) {
            req.removeAllListeners("data");
            req.resume(); // read on to the end, discarding: the reply can then be sent on this connection
            return reject(new PayloadTooLargeError(message));
          }
          chunks.push(chunk);
        });
        req.on("end", () => resolve(Buffer.concat(chunks, total).toString("utf8")));
        req.on("error", reject);
      }),
  };
}

/** Sends a JSON reply (headers set before, such as the security headers, stay). */
export function sendJson(res: ServerResponse, status: number, headers: Record<string, string>, body: object): void {
  res.writeHead(status, { ...headers, "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}
