"use client";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell, inputClasses } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import type { FieldErrors } from "@/lib/actions/result";
import { overrideAnswerAction } from "@/lib/results/actions";
import { useT } from "@/components/i18n/client-messages";

/** As lib/validation/results.ts (not imported: it would bring zod into the page's JavaScript). */
const OVERRIDE_REASON_MAX = 500;
const points = (x: number) => String(Math.round(x * 100) / 100);

/**
 * The teacher's change of one answer's mark, folded away until asked for. The reason is required
 * (the student reads it with the answer); the page shows the new mark and total once saved.
 */
export function OverrideForm({ responseId, label, score }: { responseId: string; label: string; score: number }) {
  const t = useT("teacherClient.results");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = `override-${responseId}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    data.set("responseId", responseId);
    setSaved(null);
    start(async () => {
      const result = await overrideAnswerAction(data);
      if (!result.ok) {
        setError(result.fieldErrors ? null : result.message);
        setFieldErrors(result.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      form.reset();
      setSaved(t("saved", { label, score: points(result.newScore), total: points(result.attemptScore) }));
    });
  }

  return (
    <details className="rounded-lg border border-line p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{t("change", { label })}</summary>
      <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-[10rem_1fr]" noValidate>
        <FieldShell id={`${id}-score`} label={t("newPoints", { label })} hint={t("nowHint", { score: points(score) })} errors={fieldErrors.score}>
          {(wiring) => <input {...wiring} name="score" inputMode="decimal" autoComplete="off" required className={inputClasses} />}
        </FieldShell>
        <FieldShell id={`${id}-reason`} label={t("why", { label })} hint={t("whyHint")} errors={fieldErrors.reason}>
          {(wiring) => <textarea {...wiring} name="reason" rows={2} maxLength={OVERRIDE_REASON_MAX} required className={inputClasses} />}
        </FieldShell>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" size="sm" disabled={pending}>
            {pending ? t("saving") : t("save", { label })}
          </Button>
          <InlineError message={error} />
          {saved ? (
            <span role="status" className="text-emerald-800">
              {saved}
            </span>
          ) : null}
        </div>
      </form>
    </details>
  );
}
