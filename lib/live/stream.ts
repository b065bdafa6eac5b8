import "server-only";
import type { ServerResponse } from "node:http";
import { join, sseFrame } from "./broadcast";
import { publicState } from "./state";
import { gameById } from "./store";

// GET /api/live-games/:id/stream: the game's public state as Server-Sent Events. The first
// event is the current state (so a reconnect — the browser's EventSource retries by itself —
// always starts from the truth, mid-question included); then one event per change. A comment
// line every HEARTBEAT_MS keeps proxies from closing an idle stream. No answer key is ever in
// it before the question closes (lib/live/state.ts).

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();
const PING = encoder.encode(": ping\n\n");
const RETRY = encoder.encode("retry: 1500\n\n");

/** Where a stream's bytes go: a web Response's body (through Next.js) or a Node response (scripts/serve.mjs). */
type StreamTarget = { write(bytes: Uint8Array): void; end(): void };

const STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-store, no-transform",
  Connection: "keep-alive",
  // nginx: don't buffer this response (scripts/cluster.mjs turns buffering off for all, too).
  "X-Accel-Buffering": "no",
};

/**
 * Joins the game's room with `target` and sends the current state; returns the function that
 * leaves (the client went away). Throws, having sent nothing, when there is no such game.
 */
async function startStream(gameId: string, target: StreamTarget): Promise<() => void> {
  const game = await gameById(gameId);
  const current = await publicState(game);
  let open = true;
  const send = (bytes: Uint8Array) => {
    if (!open) return;
    try {
      target.write(bytes);
    } catch {
      close();
    }
  };
  const leave = join(gameId, { send }, current);
  const ping = setInterval(() => send(PING), HEARTBEAT_MS);
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(ping);
    leave();
    try {
      target.end();
    } catch {
      // already closed by the client going away
    }
  };
  send(RETRY);
  send(sseFrame(JSON.stringify(current)));
  return close;
}

/** The stream as a web Response (the route handler's, through Next.js). */
export async function streamResponse(request: Request, gameId: string): Promise<Response> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let close = () => undefined as void;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c; // called at once, by the constructor
    },
    cancel() {
      close();
    },
  });
  close = await startStream(gameId, { write: (bytes) => controller.enqueue(bytes), end: () => controller.close() });
  request.signal.addEventListener("abort", close);
  return new Response(body, { headers: STREAM_HEADERS });
}

/** The stream straight on a Node response (scripts/serve.mjs's shortcut): each event is one socket write, not a trip through web streams. */
export async function streamToNode(res: ServerResponse, gameId: string): Promise<void> {
  const close = await startStream(gameId, {
    write: (bytes) => {
      if (!res.headersSent) res.writeHead(200, STREAM_HEADERS);
      res.write(bytes);
    },
    end: () => res.end(),
  });
  res.on("close", close);
  if (res.destroyed) close();
}
