"use client";
import { inputClasses } from "@/components/ui/field";

export function NumericInput({
  id,
  labelId,
  unit,
  value,
  onChange,
}: {
  id: string;
  labelId: string;
  unit?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const hintId = `${id}-hint`;
  return (
    <div className="space-y-2">
      <div className="flex max-w-xs items-center gap-2">
        <input
          id={id}
          aria-labelledby={labelId}
          aria-describedby={hintId}
          inputMode="decimal"
          autoComplete="off"
          maxLength={40}
          className={inputClasses}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit ? <span className="shrink-0 text-sm font-medium text-muted">{unit}</span> : null}
      </div>
      <p id={hintId} className="text-sm text-muted">
        Enter a number such as 62.4{unit ? ` (in ${unit})` : ""}. A decimal comma (62,4) works too.
      </p>
    </div>
  );
}

export function FillBlankInput({ id, labelId, value, onChange }: { id: string; labelId: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="space-y-2">
      <input
        id={id}
        aria-labelledby={labelId}
        autoComplete="off"
        maxLength={200}
        className={`${inputClasses} max-w-md`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="text-sm text-muted">Type the missing words. Capitals and punctuation don&apos;t matter.</p>
    </div>
  );
}
