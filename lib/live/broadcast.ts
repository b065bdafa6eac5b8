import "server-only";
import { publish, publishLocal, subscribe } from "./bus";
import { publicState, type PublicState } from "./state";
import { gameById } from "./store";

// Sending a game's state to its streams (Server-Sent Events, lib/live/stream.ts).
//
// - After a host's move: `announce` builds the public state once and publishes it (every instance).
// - While players join: `announceSoon` coalesces a lobby's joins into one message per
//   LOBBY_COALESCE_MS per instance, so 10,000 joins are not 10,000 broadcasts to 10,000 players.
// - When a question's time is up, nobody acts: each instance that has a stream of the game keeps
//   a timer for the open question's deadline and tells its own streams (publishLocal) when it
//   passes. The database decides what "closed" means (lib/live/phase.ts), so instances agree.

const LOBBY_COALESCE_MS = 500;
const encoder = new TextEncoder();

export async function announce(gameId: string): Promise<PublicState> {
  const state = await publicState(await gameById(gameId));
  await publish(gameId, JSON.stringify(state));
  return state;
}

const pending = new Map<string, ReturnType<typeof setTimeout>>();
export function announceSoon(gameId: string): void {
  if (pending.has(gameId)) return;
  pending.set(
    gameId,
    setTimeout(() => {
      pending.delete(gameId);
      announce(gameId).catch((error: unknown) => console.error("live games: announce failed:", error));
    }, LOBBY_COALESCE_MS),
  );
}

// ── This instance's streams, per game ─────────────────────────────────────────────────────────

type Sink = { send(bytes: Uint8Array): void };
type Room = { sinks: Set<Sink>; unsubscribe: () => void; deadline: ReturnType<typeof setTimeout> | null; deadlineSeq: number };
const shared = globalThis as unknown as { factdeckLiveRooms?: Map<string, Room> };
const rooms = (shared.factdeckLiveRooms ??= new Map<string, Room>());

/** An SSE message: one event, the state as its data (JSON has no raw newlines). */
export function sseFrame(json: string): Uint8Array {
  return encoder.encode(`event: state\ndata: ${json}\n\n`);
}

function deliver(gameId: string, room: Room, json: string): void {
  const bytes = sseFrame(json); // encoded once for every stream of the game
  for (const sink of room.sinks) sink.send(bytes);
  watchDeadline(gameId, room, json);
}

function watchDeadline(gameId: string, room: Room, json: string): void {
  let state: Pick<PublicState, "phase" | "remainingMs" | "seq">;
  try {
    state = JSON.parse(json) as PublicState;
  } catch {
    return;
  }
  if (state.seq < room.deadlineSeq) return;
  if (room.deadline) clearTimeout(room.deadline);
  room.deadline = null;
  room.deadlineSeq = state.seq;
  if (state.phase !== "question") return;
  room.deadline = setTimeout(() => {
    room.deadline = null;
    gameById(gameId)
      .then((game) => publicState(game))
      .then((next) => {
        if (next.phase !== "question") publishLocal(gameId, JSON.stringify(next));
      })
      .catch((error: unknown) => console.error("live games: deadline announce failed:", error));
  }, state.remainingMs + 20);
}

/** Adds a stream to the game's room on this instance; the returned function removes it. */
export function join(gameId: string, sink: Sink, current: PublicState): () => void {
  let room = rooms.get(gameId);
  if (!room) {
    const created: Room = { sinks: new Set(), unsubscribe: () => undefined, deadline: null, deadlineSeq: -1 };
    created.unsubscribe = subscribe(gameId, (json) => deliver(gameId, created, json));
    rooms.set(gameId, created);
    room = created;
  }
  room.sinks.add(sink);
  if (current.phase === "question" && current.seq > room.deadlineSeq) watchDeadline(gameId, room, JSON.stringify(current));
  const joined = room;
  return () => {
    joined.sinks.delete(sink);
    if (joined.sinks.size === 0 && rooms.get(gameId) === joined) {
      joined.unsubscribe();
      if (joined.deadline) clearTimeout(joined.deadline);
      rooms.delete(gameId);
    }
  };
}

/** Streams of this instance (for the benchmark's report). */
export function streamCount(): number {
  let n = 0;
  for (const room of rooms.values()) n += room.sinks.size;
  return n;
}
