"use client";
import { RadioGroup } from "radix-ui";
import { cn } from "@/components/ui/cn";

const optionClass =
  "flex w-full cursor-pointer items-start gap-3 rounded-xl border border-line bg-white p-4 text-left text-base transition-colors hover:border-brand-200 hover:bg-brand-50/40 " +
  "has-[[data-state=checked]]:border-brand-500 has-[[data-state=checked]]:bg-brand-50 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50";

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
  return (
    <RadioGroup.Root
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      disabled={disabled}
      value={value === undefined ? "" : String(value)}
      onValueChange={(v) => onChange(Number(v))}
      className="grid gap-3"
    >
      {options.map((option, i) => (
        <label key={i} className={optionClass}>
          <RadioGroup.Item
            value={String(i)}
            className="mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full border-2 border-slate-400 bg-white data-[state=checked]:border-brand-600"
          >
            <RadioGroup.Indicator className="h-2.5 w-2.5 rounded-full bg-brand-600" />
          </RadioGroup.Item>
          <span>{option}</span>
        </label>
      ))}
    </RadioGroup.Root>
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
  return (
    <SingleChoiceInput
      disabled={disabled}
      labelId={labelId}
      options={["True", "False"]}
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
  const toggle = (i: number) => onChange(value.includes(i) ? value.filter((v) => v !== i) : [...value, i].sort((a, b) => a - b));
  return (
    <div role="group" aria-labelledby={labelId} className="grid gap-3">
      <p className="text-sm text-muted">Select every answer that applies.</p>
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
