// The quiz page's submit: POST /api/attempts/:id/submit (lib/attempts/submit-route.ts). No server
// code: safe in the browser.
import type { SubmitOutcome } from "./submit";

export type SubmitReply = ({ ok: true } & SubmitOutcome) | { ok: false; message: string };

/**
 * Submits the attempt; `timeUp` when the page's timer ran out. Resolves with the server's answer
 * (`ok: false` carries a message for the student); throws when no answer of ours came back (the
 * network, a proxy's error page), so the page can say its answers are saved and to try again.
 * Repeating a submit is safe: the server grades once.
 */
export async function submitAttempt(attemptId: string, timeUp = false): Promise<SubmitReply> {
  const res = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/submit`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(timeUp ? { timeUp: true } : {}),
  });
  const reply = (await res.json()) as unknown; // throws on anything but JSON
  if (typeof reply !== "object" || reply === null || typeof (reply as { ok?: unknown }).ok !== "boolean") {
    throw new Error(`Submit answered ${res.status} without a result`);
  }
  return reply as SubmitReply;
}
