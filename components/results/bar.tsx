import { cn } from "@/components/ui/cn";

/** A plain CSS bar next to its value; the bar is decoration, the text carries the figure. */
export function Bar({ percent, label, tone = "brand", className }: { percent: number | null; label: string; tone?: "brand" | "success" | "muted"; className?: string }) {
  const width = percent === null ? 0 : Math.max(0, Math.min(100, percent));
  const fill = { brand: "bg-brand-600", success: "bg-emerald-600", muted: "bg-slate-400" }[tone];
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div className="h-2 w-16 shrink-0 overflow-hidden rounded-full bg-slate-100 sm:w-24" aria-hidden="true">
        <div className={cn("h-full rounded-full", fill)} style={{ width: `${width}%` }} />
      </div>
      <span className="text-sm tabular-nums">{label}</span>
    </div>
  );
}

export function percentLabel(percent: number | null): string {
  return percent === null ? "—" : `${percent}%`;
}
