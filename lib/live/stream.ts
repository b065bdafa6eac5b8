import "server-only";
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

export async function streamResponse(request: Request, gameId: string): Promise<Response> {
  const game = await gameById(gameId);
  const current = await publicState(game);
  let cleanup = () => undefined as void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (bytes: Uint8Array) => {
        if (!open) return;
        try {
          controller.enqueue(bytes);
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
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      cleanup = close;
      request.signal.addEventListener("abort", close);
      send(RETRY);
      send(sseFrame(JSON.stringify(current)));
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-store, no-transform",
      Connection: "keep-alive",
      // nginx: don't buffer this response (scripts/cluster.mjs turns buffering off for all, too).
      "X-Accel-Buffering": "no",
    },
  });
}
