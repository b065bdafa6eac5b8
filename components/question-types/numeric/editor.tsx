"use client";
import { Field } from "@/components/ui/field";
import type { EditorProps } from "../types";

export function NumericEditor({ draft, patch, errors }: EditorProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field name="value" id="q-value" label="Correct number" inputMode="decimal" value={draft.value} onChange={(e) => patch({ value: e.target.value })} errors={errors.value} />
      <Field name="tolerance" id="q-tolerance" label="Tolerance (±)" inputMode="decimal" hint="0 means exact." value={draft.tolerance} onChange={(e) => patch({ tolerance: e.target.value })} errors={errors.tolerance} />
      <Field name="unit" id="q-unit" label="Unit (optional)" hint="e.g. %, billion USD" value={draft.unit} onChange={(e) => patch({ unit: e.target.value })} errors={errors.unit} />
    </div>
  );
}
