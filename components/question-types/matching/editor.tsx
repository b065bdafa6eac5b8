"use client";
import { FieldError, ListEditor } from "@/components/teacher/editor-parts";
import type { EditorProps } from "../types";

export function MatchingEditor({ draft, patch, errors }: EditorProps) {
  return (
    <>
      <fieldset className="space-y-2" aria-describedby={errors.pairs ? "q-pairs-error" : undefined}>
        <legend className="text-sm font-medium">Pairs (e.g. quote → speaker)</legend>
        <ol className="space-y-2">
          {draft.pairs.map((p, i) => (
            <li key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
              {(["left", "right"] as const).map((side) => (
                <div key={side}>
                  <label htmlFor={`q-pair-${i}-${side}`} className="sr-only">
                    Pair {i + 1}, {side === "left" ? "item" : "its match"}
                  </label>
                  <input
                    id={`q-pair-${i}-${side}`}
                    value={p[side]}
                    placeholder={side === "left" ? `Item ${i + 1}` : `Match for item ${i + 1}`}
                    onChange={(e) => patch({ pairs: draft.pairs.map((x, k) => (k === i ? { ...x, [side]: e.target.value } : x)) })}
                    className="block w-full rounded-lg border border-slate-300 px-3 py-2"
                  />
                </div>
              ))}
              <button type="button" disabled={draft.pairs.length <= 2} onClick={() => patch({ pairs: draft.pairs.filter((_, k) => k !== i) })} className="rounded-lg px-3 text-sm hover:bg-slate-100 disabled:opacity-50" aria-label={`Remove pair ${i + 1}`}>
                Remove
              </button>
            </li>
          ))}
        </ol>
        {draft.pairs.length < 8 ? (
          <button type="button" onClick={() => patch({ pairs: [...draft.pairs, { left: "", right: "" }] })} className="rounded-lg border border-line px-3 py-1.5 text-sm">
            Add a pair
          </button>
        ) : null}
        <FieldError id="q-pairs-error" errors={errors.pairs} />
      </fieldset>
      <ListEditor
        id="q-extras"
        legend="Extra choices (optional)"
        hint="Right-hand choices that match nothing, to make guessing harder."
        itemLabel={(i) => `Extra choice ${i + 1}`}
        addLabel="Add an extra choice"
        items={draft.extras}
        min={0}
        max={4}
        onChange={(extras) => patch({ extras })}
        errors={errors.extras}
      />
    </>
  );
}
