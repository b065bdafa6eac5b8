"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type SaveState = { status: "idle" | "saving" | "saved" | "retrying" | "rejected"; message?: string };

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

type SaveReply = { ok: true; savedAt: string } | { ok: false; message: string };

/**
 * PUT /api/attempts/:id/responses/:questionId (lib/attempts/save-route.ts). `keepalive` lets a
 * save started just before the tab closes still complete. A 4xx reply is the server refusing
 * this answer (it says why); anything else throws, and the caller tries again.
 */
async function putAnswer(attemptId: string, questionId: string, response: unknown, timeMs: number | undefined): Promise<SaveReply> {
  const res = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/responses/${encodeURIComponent(questionId)}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ response, timeMs }),
    keepalive: true,
  });
  if (res.status >= 500) throw new Error(`Save failed with ${res.status}`);
  return (await res.json()) as SaveReply; // throws on anything but our JSON (a proxy's error page)
}

/**
 * Saves each answer on the server as it is given. Network failures retry with backoff until
 * the save goes through; a refusal from the server (bad answer, closed attempt) is shown and
 * not retried. Only the latest answer per question is ever sent.
 */
export function useAutosave(attemptId: string) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const latest = useRef(new Map<string, unknown>());
  const spent = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Map<string, Promise<void>>());

  const setState = (questionId: string, state: SaveState) => setStates((s) => ({ ...s, [questionId]: state }));

  const send = useCallback(
    async (questionId: string): Promise<void> => {
      for (let attempt = 0; ; attempt++) {
        const response = latest.current.get(questionId);
        setState(questionId, { status: attempt === 0 ? "saving" : "retrying" });
        try {
          const result = await putAnswer(attemptId, questionId, response, spent.current.get(questionId));
          if (latest.current.get(questionId) !== response) return; // a newer answer is on its way
          setState(questionId, result.ok ? { status: "saved" } : { status: "rejected", message: result.message });
          return;
        } catch {
          const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
          setState(questionId, { status: "retrying", message: "Not saved yet — check your connection. Retrying…" });
          await new Promise((r) => setTimeout(r, delay));
          if (latest.current.get(questionId) !== response) return;
        }
      }
    },
    [attemptId],
  );

  const run = useCallback(
    (questionId: string) => {
      const p = send(questionId).finally(() => {
        if (inFlight.current.get(questionId) === p) inFlight.current.delete(questionId);
      });
      inFlight.current.set(questionId, p);
    },
    [send],
  );

  const save = useCallback(
    (questionId: string, response: unknown, debounceMs = 0, timeMs?: number) => {
      latest.current.set(questionId, response);
      if (timeMs !== undefined) spent.current.set(questionId, Math.min(timeMs, 3_600_000));
      clearTimeout(timers.current.get(questionId));
      if (debounceMs > 0) timers.current.set(questionId, setTimeout(() => run(questionId), debounceMs));
      else run(questionId);
    },
    [run],
  );

  /** Sends any debounced answer now and waits for every save in flight. */
  const flush = useCallback(async () => {
    for (const [questionId, timer] of timers.current) {
      clearTimeout(timer);
      timers.current.delete(questionId);
      run(questionId);
    }
    await Promise.all([...inFlight.current.values()]);
  }, [run]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  return { states, save, flush };
}
