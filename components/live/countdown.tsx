"use client";
import { useT } from "@/components/i18n/client-messages";
import { cn } from "@/components/ui/cn";
import { useSecondsLeft } from "./use-live-game";

/** The seconds left on the open question. A timer role: screen readers don't read every tick. */
export function Countdown({ deadline, total, className }: { deadline: number | null; total: number; className?: string }) {
  const t = useT("client.live");
  const left = useSecondsLeft(deadline);
  const share = total > 0 ? Math.min(1, left / total) : 0;
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div role="timer" aria-label={t("secondsLeft", { n: left })} className="grid size-14 shrink-0 place-items-center rounded-full bg-brand-600 text-xl font-bold text-white tabular-nums" data-testid="live-countdown">
        {left}
      </div>
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-200" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
