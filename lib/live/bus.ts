import "server-only";
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import { env } from "@/lib/env";

// The live games' fan-out: a message published for a game reaches every stream subscribed to
// that game, on this instance and — when REDIS_URL is set — on every other instance, through one
// Redis pub/sub channel per process (pattern subscription on "factdeck:live:*"). Without Redis
// (the embedded default) it is an in-process EventEmitter and nothing else is needed.
//
// A message is the game's public state already serialised (lib/live/state.ts): built once by
// the instance that changed the game, then written as-is to each stream.

const CHANNEL = "factdeck:live:";

type Bus = { local: EventEmitter; pub: Redis | null; sub: Redis | null };
const shared = globalThis as unknown as { factdeckLiveBus?: Bus };

function bus(): Bus {
  if (shared.factdeckLiveBus) return shared.factdeckLiveBus;
  const local = new EventEmitter();
  local.setMaxListeners(0); // one listener per connected player: thousands is the point
  let pub: Redis | null = null;
  let sub: Redis | null = null;
  if (env.REDIS_URL) {
    pub = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2 });
    sub = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
    for (const [name, client] of [["publisher", pub], ["subscriber", sub]] as const) {
      client.on("error", (error: Error) => console.error(`live games: Redis ${name} error:`, error.message));
    }
    void sub.psubscribe(`${CHANNEL}*`).catch((error: Error) => console.error("live games: Redis subscribe failed:", error.message));
    sub.on("pmessage", (_pattern: string, channel: string, message: string) => {
      local.emit(channel.slice(CHANNEL.length), message);
    });
  }
  shared.factdeckLiveBus = { local, pub, sub };
  return shared.factdeckLiveBus;
}

/** Sends `message` to every subscriber of the game, on every instance. */
export async function publish(gameId: string, message: string): Promise<void> {
  const { local, pub } = bus();
  if (pub) {
    try {
      await pub.publish(`${CHANNEL}${gameId}`, message);
      return;
    } catch (error) {
      // Redis is down: this instance's players still get it; the others catch up on reconnect.
      console.error("live games: Redis publish failed:", error instanceof Error ? error.message : error);
    }
  }
  local.emit(gameId, message);
}

/** Only this instance's subscribers (used for what each instance works out by itself: a question's deadline passing). */
export function publishLocal(gameId: string, message: string): void {
  bus().local.emit(gameId, message);
}

/** Calls `listener` with each message for the game until the returned function is called. */
export function subscribe(gameId: string, listener: (message: string) => void): () => void {
  const { local } = bus();
  local.on(gameId, listener);
  return () => local.off(gameId, listener);
}

/** How many streams of this instance follow the game. */
export function listenerCount(gameId: string): number {
  return bus().local.listenerCount(gameId);
}
