"use client";
import { Field } from "@/components/ui/field";
import type { EditorProps } from "../types";
import { useT } from "@/components/i18n/client-messages";

export function NumericEditor({ draft, patch, errors }: EditorProps) {
  const t = useT("teacherClient.editor");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field name="value" id="q-value" label={t("correctNumber")} inputMode="decimal" value={draft.value} onChange={(e) => patch({ value: e.target.value })} errors={errors.value} />
      <Field name="tolerance" id="q-tolerance" label={t("tolerance")} inputMode="decimal" hint={t("toleranceHint")} value={draft.tolerance} onChange={(e) => patch({ tolerance: e.target.value })} errors={errors.tolerance} />
      <Field name="unit" id="q-unit" label={t("unit")} hint={t("unitHint")} value={draft.unit} onChange={(e) => patch({ unit: e.target.value })} errors={errors.unit} />
    </div>
  );
}
