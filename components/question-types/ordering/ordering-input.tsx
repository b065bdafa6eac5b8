"use client";
import { useT } from "@/components/i18n/client-messages";
import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

/** Drag and drop, plus Move up / Move down buttons as the keyboard (and touch) alternative. */
export function OrderingInput({
  labelId,
  options,
  value,
  onChange,
  disabled,
}: {
  labelId: string;
  options: string[];
  value: number[] | undefined;
  onChange: (order: number[]) => void;
  disabled?: boolean;
}) {
  const t = useT("client.inputs");
  const order = value && value.length === options.length ? value : options.map((_, i) => i);
  const [announcement, setAnnouncement] = useState("");
  const [dragging, setDragging] = useState<number | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const move = (from: number, to: number, focusKey?: string) => {
    if (disabled || to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    setAnnouncement(t("moved", { item: options[item!]!, n: to + 1, total: order.length }));
    if (focusKey) requestAnimationFrame(() => buttons.current.get(`${item}-${focusKey}`)?.focus());
  };

  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">{t("orderHint")}</p>
      <ol aria-labelledby={labelId} className="grid gap-2">
        {order.map((optionIndex, position) => (
          <li
            key={optionIndex}
            draggable={!disabled}
            onDragStart={(e) => {
              // Firefox starts a drag only when it carries data.
              e.dataTransfer.setData("text/plain", options[optionIndex]!);
              e.dataTransfer.effectAllowed = "move";
              setDragging(position);
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragging !== null) move(dragging, position);
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
            className={cn(
              "flex items-center gap-3 rounded-xl border border-line bg-white p-3 shadow-sm",
              dragging === position && "opacity-50",
            )}
          >
            <span aria-hidden className="grid h-7 w-7 shrink-0 cursor-grab place-items-center rounded-full bg-slate-100 text-sm font-semibold text-slate-700">
              {position + 1}
            </span>
            <span className="flex-1">{options[optionIndex]}</span>
            <span className="flex shrink-0 gap-1">
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(`${optionIndex}-up`, el);
                }}
                aria-label={t("moveUp", { item: options[optionIndex]! })}
                disabled={disabled || position === 0}
                onClick={() => move(position, position - 1, position - 1 === 0 ? "down" : "up")}
                className="grid h-9 w-9 place-items-center rounded-lg border border-line text-slate-700 hover:bg-slate-50 disabled:opacity-40"
              >
                ↑
              </button>
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(`${optionIndex}-down`, el);
                }}
                aria-label={t("moveDown", { item: options[optionIndex]! })}
                disabled={disabled || position === order.length - 1}
                onClick={() => move(position, position + 1, position + 1 === order.length - 1 ? "up" : "down")}
                className="grid h-9 w-9 place-items-center rounded-lg border border-line text-slate-700 hover:bg-slate-50 disabled:opacity-40"
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
