"use client";
import { Field } from "@/components/ui/field";
import type { QuestionDraft } from "@/lib/questions/draft";
import { FieldError, ListEditor } from "./editor-parts";

type Props = { draft: QuestionDraft; patch: (p: Partial<QuestionDraft>) => void; errors: Record<string, string[] | undefined> };

/** The answer part of the editor, one layout per question type. */
export function AnswerFields({ draft, patch, errors }: Props) {
  const correctErrors = errors.correct;
  switch (draft.type) {
    case "single_choice":
    case "multiple_select": {
      const single = draft.type === "single_choice";
      const toggle = (i: number) => patch({ correct: single ? [i] : draft.correct.includes(i) ? draft.correct.filter((c) => c !== i) : [...draft.correct, i] });
      // Removing an option shifts the ones after it: keep "correct" pointing at the same options.
      const onRemove = (i: number) => patch({ correct: draft.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)) });
      return (
        <>
          <ListEditor
            id="q-options"
            legend="Options"
            hint={single ? "Select the correct option with the round button." : "Tick every correct option."}
            itemLabel={(i) => `Option ${i + 1}`}
            addLabel="Add an option"
            items={draft.options}
            min={single ? 2 : 3}
            max={single ? 8 : 10}
            onChange={(options) => patch({ options })}
            onRemove={onRemove}
            errors={[...(errors.options ?? []), ...(correctErrors ?? [])]}
            marker={(i) => (
              <label className="flex items-center gap-1 text-sm">
                <input type={single ? "radio" : "checkbox"} name="q-correct" checked={draft.correct.includes(i)} onChange={() => toggle(i)} className="h-4 w-4 accent-brand-600" />
                <span className="sr-only">Option {i + 1} is correct</span>
              </label>
            )}
          />
        </>
      );
    }
    case "true_false":
      return (
        <fieldset className="space-y-2" aria-describedby={errors.truth ? "q-truth-error" : undefined}>
          <legend className="text-sm font-medium">The statement is…</legend>
          <div className="flex gap-4">
            {[true, false].map((v) => (
              <label key={String(v)} className="flex items-center gap-2 text-sm">
                <input type="radio" name="q-truth" checked={draft.truth === v} onChange={() => patch({ truth: v })} className="h-4 w-4 accent-brand-600" />
                {v ? "True" : "False"}
              </label>
            ))}
          </div>
          <FieldError id="q-truth-error" errors={errors.truth} />
        </fieldset>
      );
    case "numeric":
      return (
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="value" id="q-value" label="Correct number" inputMode="decimal" value={draft.value} onChange={(e) => patch({ value: e.target.value })} errors={errors.value} />
          <Field name="tolerance" id="q-tolerance" label="Tolerance (±)" inputMode="decimal" hint="0 means exact." value={draft.tolerance} onChange={(e) => patch({ tolerance: e.target.value })} errors={errors.tolerance} />
          <Field name="unit" id="q-unit" label="Unit (optional)" hint="e.g. %, billion USD" value={draft.unit} onChange={(e) => patch({ unit: e.target.value })} errors={errors.unit} />
        </div>
      );
    case "fill_blank":
      return (
        <ListEditor
          id="q-accepted"
          legend="Accepted answers"
          hint="Any of these counts as right (case and extra spaces are ignored)."
          itemLabel={(i) => `Accepted answer ${i + 1}`}
          addLabel="Add an accepted answer"
          items={draft.accepted}
          min={1}
          max={10}
          onChange={(accepted) => patch({ accepted })}
          errors={errors.accepted}
        />
      );
    case "ordering":
      return (
        <ListEditor
          id="q-options"
          legend="Items, in the correct order"
          hint="Students see them shuffled and put them back in this order."
          itemLabel={(i) => `Item ${i + 1}`}
          addLabel="Add an item"
          items={draft.options}
          min={3}
          max={8}
          movable
          onChange={(options) => patch({ options })}
          errors={errors.options}
        />
      );
    case "matching":
      return (
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
      );
  }
}
