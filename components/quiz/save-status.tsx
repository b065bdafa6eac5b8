"use client";
import type { SaveState } from "./use-autosave";

export function SaveStatus({ state }: { state: SaveState | undefined }) {
  if (!state || state.status === "idle") return <p className="min-h-5 text-sm" aria-hidden />;
  const text =
    state.status === "saving" || state.status === "pending" // pending: sent when typing pauses, or on leaving the box
      ? "Saving…"
      : state.status === "saved"
        ? "Answer saved"
        : (state.message ?? "Not saved yet. Retrying…");
  const tone = state.status === "rejected" || state.status === "retrying" ? "text-red-700 font-medium" : "text-muted";
  return (
    <p role="status" className={`min-h-5 text-sm ${tone}`}>
      {text}
    </p>
  );
}
