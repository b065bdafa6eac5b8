"use client";
import { useT } from "@/components/i18n/client-messages";
import { cn } from "@/components/ui/cn";

const optionClass =
  "flex w-full cursor-pointer items-start gap-3 rounded-xl border border-line bg-white p-4 text-left text-base transition-colors hover:border-brand-200 hover:bg-brand-50/40 " +
  "has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50";

export function SingleChoiceInput({
  labelId,
  describedBy,
  options,
  value,
  onChange,
  disabled,
}: {
  labelId: string;
  /** An element describing the group (e.g. how to answer), if any. */
  describedBy?: string;
  options: string[];
  value: number | undefined;
  onChange: (choice: number) => void;
  disabled?: boolean;
}) {
  // Native radios (arrow keys move and choose, as in any radio group): radix's RadioGroup did the
  // same for 10 kB of gzipped JavaScript on every quiz page. The labelled element names the group.
  return (
    <div role="radiogroup" aria-labelledby={labelId} aria-describedby={describedBy} className="grid gap-3">
      {options.map((option, i) => (
        <label key={i} className={optionClass}>
          <input
            type="radio"
            name={`${labelId}-choice`}
            value={String(i)}
            className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600"
            checked={value === i}
            disabled={disabled}
            onChange={() => onChange(i)}
          />
          <span>{option}</span>
        </label>
      ))}
    </div>
  );
}

export function TrueFalseInput({
  labelId,
  value,
  onChange,
  disabled,
}: {
  labelId: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
  disabled?: boolean;
}) {
  const t = useT("client.inputs");
  return (
    <SingleChoiceInput
      disabled={disabled}
      labelId={labelId}
      options={[t("true"), t("false")]}
      value={value === undefined ? undefined : value ? 0 : 1}
      onChange={(i) => onChange(i === 0)}
    />
  );
}

export function MultipleSelectInput({
  labelId,
  options,
  value,
  onChange,
  disabled,
}: {
  labelId: string;
  options: string[];
  value: number[];
  onChange: (choices: number[]) => void;
  disabled?: boolean;
}) {
  const t = useT("client.inputs");
  const toggle = (i: number) => onChange(value.includes(i) ? value.filter((v) => v !== i) : [...value, i].sort((a, b) => a - b));
  return (
    <div role="group" aria-labelledby={labelId} className="grid gap-3">
      <p className="text-sm text-muted">{t("selectAll")}</p>
      {options.map((option, i) => (
        <label key={i} className={cn(optionClass)}>
          <input
            type="checkbox"
            className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
            checked={value.includes(i)}
            disabled={disabled}
            onChange={() => toggle(i)}
          />
          <span>{option}</span>
        </label>
      ))}
    </div>
  );
}
