"use client";
import { useEffect, useMemo, useState } from "react";
import { createSaveQueue, type SaveReply, type SaveState } from "@/lib/attempts/save-queue";

export type { SaveState };

/**
 * PUT /api/attempts/:id/responses/:questionId (lib/attempts/save-route.ts). `keepalive` lets a
 * save started just before the tab closes still complete. A 4xx reply is the server refusing
 * this answer (it says why); anything else throws, and the queue tries again.
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

/** Saves each answer on the server as it is given (lib/attempts/save-queue.ts), with its state per question. */
export function useAutosave(attemptId: string) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const queue = useMemo(
    () =>
      createSaveQueue({
        put: (questionId, response, timeMs) => putAnswer(attemptId, questionId, response, timeMs),
        onState: (questionId, state) => setStates((s) => ({ ...s, [questionId]: state })),
      }),
    [attemptId],
  );
  // Leaving the quiz (another page, a reload, closing the tab) sends an answer still being typed.
  useEffect(() => {
    const leave = () => queue.sendPendingNow();
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [queue]);
  return { states, save: queue.save, flush: queue.flush };
}
