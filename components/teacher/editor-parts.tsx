"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell, inputClasses } from "@/components/ui/field";
import { useT } from "@/components/i18n/client-messages";

/** Errors for one editor field, tied to its control by id. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export function TextArea({ id, label, value, onChange, errors, hint, rows = 3 }: { id: string; label: string; value: string; onChange: (v: string) => void; errors?: string[]; hint?: string; rows?: number }) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {(wiring) => <textarea {...wiring} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} className={inputClasses} />}
    </FieldShell>
  );
}

type ListProps = {
  id: string;
  legend: string;
  itemLabel: (i: number) => string;
  addLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
  errors?: string[];
  hint?: string;
  min?: number;
  max?: number;
  /** Extra control per row (a "correct" radio or checkbox). */
  marker?: (i: number) => ReactNode;
  /** Called with the removed index so the caller can fix indices that point past it. */
  onRemove?: (i: number) => void;
  /** Ordering lists get up/down buttons. */
  movable?: boolean;
};

/** A list of text inputs with add/remove (and optionally move) buttons; every control is labelled. */
export function ListEditor({ id, legend, itemLabel, addLabel, items, onChange, errors, hint, min = 1, max = 10, marker, onRemove, movable }: ListProps) {
  const t = useT("teacherClient.editor");
  const set = (i: number, v: string) => onChange(items.map((x, k) => (k === i ? v : x)));
  const move = (i: number, by: number) => {
    const next = [...items];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item ?? "");
    onChange(next);
  };
  const describedBy = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy} aria-invalid={errors?.length ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <ol className="space-y-2">
        {items.map((item, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
            {marker?.(i)}
            <label htmlFor={`${id}-${i}`} className="sr-only">
              {itemLabel(i)}
            </label>
            <input id={`${id}-${i}`} value={item} onChange={(e) => set(i, e.target.value)} placeholder={itemLabel(i)} className={`${inputClasses} min-w-0 flex-1`} />
            {movable ? (
              <>
                <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("moveUp", { item: itemLabel(i) })}>
                  ↑
                </Button>
                <Button size="sm" variant="ghost" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={t("moveDown", { item: itemLabel(i) })}>
                  ↓
                </Button>
              </>
            ) : null}
            <Button
              size="sm"
              variant="ghost"
              disabled={items.length <= min}
              onClick={() => {
                onChange(items.filter((_, k) => k !== i));
                onRemove?.(i);
              }}
              aria-label={t("removeLabel", { item: itemLabel(i) })}
            >
              {t("remove")}
            </Button>
          </li>
        ))}
      </ol>
      {items.length < max ? (
        <Button size="sm" variant="secondary" onClick={() => onChange([...items, ""])}>
          {addLabel}
        </Button>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
