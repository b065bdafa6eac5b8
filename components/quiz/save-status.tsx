"use client";
import type { SaveState } from "./use-autosave";
import { useT } from "@/components/i18n/client-messages";

export function SaveStatus({ state }: { state: SaveState | undefined }) {
  const t = useT("client.save");
  if (!state || state.status === "idle") return <p className="min-h-5 text-sm" aria-hidden />;
  const text =
    state.status === "saving" || state.status === "pending" // pending: sent when typing pauses, or on leaving the box
      ? t("saving")
      : state.status === "saved"
        ? t("saved")
        : state.status === "retrying"
          ? t(state.message ? "offline" : "retrying") // the queue's words (lib/attempts/save-queue.ts) in the page's language
          : (state.message ?? t("retrying"));
  const tone = state.status === "rejected" || state.status === "retrying" ? "text-red-700 font-medium" : "text-muted";
  return (
    <p role="status" className={`min-h-5 text-sm ${tone}`}>
      {text}
    </p>
  );
}
