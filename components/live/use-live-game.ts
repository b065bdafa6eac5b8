"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PublicState } from "@/lib/live/state";

// A game's public state in the browser: the stream (Server-Sent Events) first, and the state
// endpoint when the stream can't be trusted to have said it — at the question's deadline (the
// reveal is worked out by the server's clock, so it is asked for if the event is late) and after
// a reconnect (the stream's first event is the current state anyway). Older states (`seq`) are
// dropped, so a late event can never move the screen backwards.

export type LiveGame = {
  state: PublicState | null;
  /** Date.now() when the open question closes, by this browser's clock (from the server's remaining time). */
  deadline: number | null;
  connected: boolean;
  refresh: () => Promise<void>;
};

export function useLiveGame(gameId: string, initial: PublicState | null = null): LiveGame {
  const [state, setState] = useState<PublicState | null>(initial);
  const [deadline, setDeadline] = useState<number | null>(() => (initial?.phase === "question" ? Date.now() + initial.remainingMs : null));
  const [connected, setConnected] = useState(false);
  const seq = useRef(initial?.seq ?? -1);

  const accept = useCallback((next: PublicState) => {
    if (next.seq < seq.current) return;
    const sameQuestion = next.seq === seq.current;
    seq.current = next.seq;
    setState(next);
    if (next.phase === "question") {
      // Of several copies of one state (the page's, the stream's first event), the earliest deadline is the truest: each copy only adds its delivery delay.
      const local = Date.now() + next.remainingMs;
      setDeadline((d) => (sameQuestion && d !== null ? Math.min(d, local) : local));
    } else setDeadline(null);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(`/api/live-games/${gameId}/state`, { cache: "no-store" });
      const body = (await res.json()) as { ok: boolean; state?: PublicState };
      if (body.ok && body.state) accept(body.state);
    } catch {
      // offline: the stream's reconnect will bring it
    }
  }, [accept, gameId]);

  useEffect(() => {
    const source = new EventSource(`/api/live-games/${gameId}/stream`);
    source.addEventListener("state", (event) => {
      try {
        accept(JSON.parse((event as MessageEvent<string>).data) as PublicState);
      } catch {
        // a malformed event: the next one (or the deadline's refresh) brings the state
      }
    });
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [accept, gameId]);

  // At the deadline, ask if the stream hasn't said it closed (another instance's timer, a lost event).
  useEffect(() => {
    if (deadline === null) return;
    const timer = setTimeout(() => void refresh(), Math.max(0, deadline - Date.now()) + 1200);
    return () => clearTimeout(timer);
  }, [deadline, refresh]);

  return { state, deadline, connected, refresh };
}

/** Whole seconds left until `deadline`, ticking. */
export function useSecondsLeft(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}
