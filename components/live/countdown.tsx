"use client";
import { useT } from "@/components/i18n/client-messages";
import { cn } from "@/components/ui/cn";
import { useSecondsLeft } from "./use-live-game";

/**
 * The seconds left on the open question. A timer role: screen readers don't read every tick.
 * `pausedMs`: the host has paused the game with this much time left; the clock shows it, stopped.
 */
export function Countdown({ deadline, total, pausedMs = null, className }: { deadline: number | null; total: number; pausedMs?: number | null; className?: string }) {
  const t = useT("client.live");
  const ticking = useSecondsLeft(pausedMs === null ? deadline : null);
  const paused = pausedMs !== null;
  const left = paused ? Math.ceil(pausedMs / 1000) : ticking;
  const share = total > 0 ? Math.min(1, left / total) : 0;
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div
        role="timer"
        aria-label={paused ? t("pausedLeft", { n: left }) : t("secondsLeft", { n: left })}
        className={cn("grid size-14 shrink-0 place-items-center rounded-full text-xl font-bold text-white tabular-nums", paused ? "bg-slate-600" : "bg-brand-600")}
        data-testid="live-countdown"
        data-paused={paused || undefined}
      >
        {left}
      </div>
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className={cn("h-full rounded-full transition-[width] duration-200", paused ? "bg-slate-500" : "bg-brand-600")} style={{ width: `${share * 100}%` }} />
      </div>
      {paused ? <span className="font-semibold text-slate-700">{t("paused")}</span> : null}
    </div>
  );
}
