"use client";
import { inputClasses } from "@/components/ui/field";
import { pick, usedByOthers } from "@/lib/question-types/matching-pairs";

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
      <p className="text-sm text-muted">Match each item with one choice. Each choice goes with one item: a choice marked “used by item …” is taken, and picking it swaps the two.</p>
      {prompts.map((prompt, i) => {
        // Choices other items hold are marked in the list (seen and read out), not hidden: picking one swaps.
        const used = usedByOthers(pairs, i);
        return (
          <div key={i} className="grid gap-2 rounded-xl border border-line bg-white p-4 sm:grid-cols-2 sm:items-center">
            <div className="flex items-baseline gap-2">
              <span id={`${id}-${i}-item`} className="shrink-0 rounded-md bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                <span className="sr-only">Item </span>
                {i + 1}
              </span>
              <label htmlFor={`${id}-${i}`} className="text-base">
                {prompt}
              </label>
            </div>
            <select
              id={`${id}-${i}`}
              aria-describedby={`${id}-${i}-item`}
              className={inputClasses}
              disabled={disabled}
              value={pairs[i] === null || pairs[i] === undefined ? "" : String(pairs[i])}
              onChange={(e) => onChange(pick(pairs, i, e.target.value === "" ? null : Number(e.target.value)))}
            >
              <option value="">Choose…</option>
              {options.map((option, j) => {
                const holder = used.get(j);
                return (
                  <option key={j} value={j}>
                    {holder === undefined ? option : `${option} (used by item ${holder + 1})`}
                  </option>
                );
              })}
            </select>
          </div>
        );
      })}
    </div>
  );
}
