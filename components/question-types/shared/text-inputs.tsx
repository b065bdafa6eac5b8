"use client";
import { useT } from "@/components/i18n/client-messages";
import { inputClasses } from "@/components/ui/field";

export function NumericInput({
  id,
  labelId,
  unit,
  value,
  onChange,
  disabled,
}: {
  id: string;
  labelId: string;
  unit?: string;
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
}) {
  const hintId = `${id}-hint`;
  const t = useT("client.inputs");
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
          disabled={disabled}
          className={inputClasses}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit ? <span className="shrink-0 text-sm font-medium text-muted">{unit}</span> : null}
      </div>
      <p id={hintId} className="text-sm text-muted">
        {unit ? t("numberHintUnit", { example: "62.4", unit }) : t("numberHint", { example: "62.4" })}
      </p>
    </div>
  );
}

export function FillBlankInput({
  id,
  labelId,
  value,
  onChange,
  disabled,
}: {
  id: string;
  labelId: string;
  value: string;
  onChange: (v: string) => void;
  disabled?: boolean;
}) {
  const t = useT("client.inputs");
  return (
    <div className="space-y-2">
      <input
        id={id}
        aria-labelledby={labelId}
        autoComplete="off"
        maxLength={200}
        disabled={disabled}
        className={`${inputClasses} max-w-md`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="text-sm text-muted">{t("blankHint")}</p>
    </div>
  );
}
