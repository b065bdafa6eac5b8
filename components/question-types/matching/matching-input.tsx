"use client";
import { useT } from "@/components/i18n/client-messages";
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
  const t = useT("client.inputs");
  const pairs = value && value.length === prompts.length ? value : prompts.map(() => null);
  return (
    <div role="group" aria-labelledby={labelId} className="grid gap-4">
      <p className="text-sm text-muted">{t("matchHint")}</p>
      {prompts.map((prompt, i) => {
        // Choices other items hold are marked in the list (seen and read out), not hidden: picking one swaps.
        const used = usedByOthers(pairs, i);
        return (
          <div key={i} className="grid gap-2 rounded-xl border border-line bg-white p-4 sm:grid-cols-2 sm:items-center">
            <div className="flex items-baseline gap-2">
              <span id={`${id}-${i}-item`} className="shrink-0 rounded-md bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                <span className="sr-only">{t("item")}</span>
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
              <option value="">{t("choose")}</option>
              {options.map((option, j) => {
                const holder = used.get(j);
                return (
                  <option key={j} value={j}>
                    {holder === undefined ? option : t("usedBy", { option, n: holder + 1 })}
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
