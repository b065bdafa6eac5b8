"use client";
import { inputClasses } from "@/components/ui/field";
import { pick } from "@/lib/question-types/matching-pairs";

export function MatchingInput({
  id,
  labelId,
  prompts,
  options,
  value,
  onChange,
  disabled,
}: {
  id: string;
  labelId: string;
  prompts: string[];
  options: string[];
  value: (number | null)[] | undefined;
  onChange: (pairs: (number | null)[]) => void;
  disabled?: boolean;
}) {
  const pairs = value && value.length === prompts.length ? value : prompts.map(() => null);
  return (
    <div role="group" aria-labelledby={labelId} className="grid gap-4">
      <p className="text-sm text-muted">Match each item on the left with one choice. Each choice goes with one item: picking one that is used swaps the two.</p>
      {prompts.map((prompt, i) => (
        <div key={i} className="grid gap-2 rounded-xl border border-line bg-white p-4 sm:grid-cols-2 sm:items-center">
          <label htmlFor={`${id}-${i}`} className="text-base">
            {prompt}
          </label>
          <select
            id={`${id}-${i}`}
            className={inputClasses}
            disabled={disabled}
            value={pairs[i] === null || pairs[i] === undefined ? "" : String(pairs[i])}
            onChange={(e) => onChange(pick(pairs, i, e.target.value === "" ? null : Number(e.target.value)))}
          >
            <option value="">Choose…</option>
            {options.map((option, j) => (
              <option key={j} value={j}>
                {option}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
