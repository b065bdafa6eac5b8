"use client";
import { useEffect, useMemo, useState } from "react";
import { createSaveQueue, type SaveReply, type SaveState } from "@/lib/attempts/save-queue";
import { unsentAnswers } from "@/lib/attempts/unsent-answers";

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

/** The tab's sessionStorage, or null where the browser refuses it (storage switched off). */
function tabStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Saves each answer on the server as it is given (lib/attempts/save-queue.ts), with its state per
 * question. Until the server replies, each answer is also kept in the tab
 * (lib/attempts/unsent-answers.ts): `unsent` gives a reloaded page what to show and send again.
 */
export function useAutosave(attemptId: string) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const unsent = useMemo(() => unsentAnswers(tabStorage(), attemptId), [attemptId]);
  const queue = useMemo(
    () =>
      createSaveQueue({
        put: (questionId, response, timeMs) => putAnswer(attemptId, questionId, response, timeMs),
        onState: (questionId, state) => setStates((s) => ({ ...s, [questionId]: state })),
        onSettled: unsent.settled,
      }),
    [attemptId, unsent],
  );
  const save = useMemo(
    () =>
      (questionId: string, response: unknown, debounceMs = 0, timeMs?: number) => {
        unsent.keep(questionId, response, timeMs);
        queue.save(questionId, response, debounceMs, timeMs);
      },
    [queue, unsent],
  );
  useEffect(() => {
    // Leaving the quiz (another page, a reload, closing the tab) or the tab going to the
    // background (a phone switching apps may never come back to fire pagehide) sends an answer
    // still being typed, at once.
    const leave = () => queue.sendPendingNow();
    const hidden = () => {
      if (document.visibilityState === "hidden") queue.sendPendingNow();
    };
    // A reload or a closed tab while an answer isn't stored yet: start sending it, and ask the
    // student to stay until it is. Never when everything is saved.
    const warn = (event: BeforeUnloadEvent) => {
      queue.sendPendingNow();
      if (!queue.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to show the prompt
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", hidden);
      leave(); // a link to another page of the app: the quiz unmounts, its answers still go
    };
  }, [queue]);
  return { states, save, flush: queue.flush, sendPendingNow: queue.sendPendingNow, unsent };
}
