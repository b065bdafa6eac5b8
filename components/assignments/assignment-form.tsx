"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { createAssignmentAction } from "@/lib/assignments/actions";
import { initialFormState } from "@/lib/forms";
import { zoneLabel } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/client-messages";
import { FEEDBACK_CHOICES } from "./feedback-choices";

/** A class the form assigns to, with datetime-local defaults in its zone, computed on the server. */
export type AssignTarget = { id: string; name: string; timeZone: string; defaults: { opensAt: string; dueAt: string } };

type Props = {
  /** One class (from its page), or several to pick from (from a set's page), each read in its own zone. */
  classes: AssignTarget[];
  sets: { id: string; title: string; approvedCount: number }[];
  /** The set chosen at first (from a set's page). */
  setId?: string;
};

export function AssignmentForm({ classes, sets, setId }: Props) {
  const t = useT("teacherClient.assignments");
  const [state, action] = useActionState(createAssignmentAction, initialFormState);
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const [classId, setClassId] = useState(classes[0]?.id ?? "");
  const target = classes.find((c) => c.id === classId) ?? classes[0]!;
  const { defaults } = target;
  const zone = zoneLabel(target.timeZone);
  const checked = (key: string, fallback: boolean) => (v ? v[key] === "on" : fallback);
  const feedback = v?.feedbackMode ?? "after_submit";
  return (
    <form action={action} className="space-y-5" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {classes.length === 1 ? (
        <input type="hidden" name="classId" value={target.id} />
      ) : (
        <SelectField name="classId" label={t("class")} value={target.id} onChange={(e) => setClassId(e.target.value)} errors={errors.classId} hint={t("classHint")}>
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({zoneLabel(c.timeZone)})
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        // Remounted with the echoed choice after a refused submit: React's form reset would otherwise
        // put the select back on its first default, and the next submit would assign another set.
        key={`set-${v?.setId ?? setId ?? ""}`}
        name="setId"
        label={t("set")}
        defaultValue={v?.setId ?? setId ?? sets[0]?.id}
        errors={errors.setId}
        hint={
          <>
            {t("setHint")}
            <Link href="/teacher" className="text-brand-700 underline underline-offset-2">
              {t("reviewBanks")}
            </Link>
          </>
        }
      >
        {sets.map((s) => (
          <option key={s.id} value={s.id}>
            {t(s.approvedCount === 1 ? "setOptionOne" : "setOptionMany", { title: s.title, n: s.approvedCount })}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field key={`opens-${target.id}`} name="opensAt" label={t("opensAt")} type="datetime-local" required hint={t("zoneTime", { zone })} defaultValue={v?.opensAt ?? defaults.opensAt} errors={errors.opensAt} />
        <Field key={`due-${target.id}`} name="dueAt" label={t("dueAt")} type="datetime-local" hint={t("dueHint", { zone })} defaultValue={v?.dueAt ?? defaults.dueAt} errors={errors.dueAt} />
        <Field name="timeLimitMinutes" label={t("timeLimit")} type="number" inputMode="numeric" min={1} max={600} hint={t("noLimitHint")} defaultValue={v?.timeLimitMinutes ?? ""} errors={errors.timeLimitMinutes} />
        <Field name="attemptsAllowed" label={t("attemptsAllowed")} type="number" inputMode="numeric" min={1} max={10} required hint={t("attemptsHint")} defaultValue={v?.attemptsAllowed ?? "1"} errors={errors.attemptsAllowed} />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t("shuffling")}</legend>
        <label className="flex items-center gap-3 text-sm">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={checked("shuffleQuestions", true)} className="h-4 w-4 accent-brand-600" />
          {t("shuffleQuestions")}
        </label>
        <label className="flex items-center gap-3 text-sm">
          <input type="checkbox" name="shuffleOptions" defaultChecked={checked("shuffleOptions", true)} className="h-4 w-4 accent-brand-600" />
          {t("shuffleOptions")}
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t("moving")}</legend>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="oneAtATime" defaultChecked={checked("oneAtATime", false)} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
          <span>
            {t("oneAtATime")}
            <span className="block text-muted">{t("oneAtATimeText")}</span>
          </span>
        </label>
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={errors.feedbackMode ? "feedbackMode-error" : undefined}>
        <legend className="text-sm font-medium text-ink">{t("whenFeedback")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {FEEDBACK_CHOICES.map((c) => (
            <label key={c.value} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
              <input type="radio" name="feedbackMode" value={c.value} defaultChecked={feedback === c.value} className="mt-1 h-4 w-4 shrink-0 accent-brand-600" />
              <span>
                <span className="block text-sm font-medium">{t(`feedbackTitles.${c.value}`)}</span>
                <span className="block text-sm text-muted">{t(`feedbackTexts.${c.value}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.feedbackMode ? (
          <p id="feedbackMode-error" className="text-sm font-medium text-red-700">
            {errors.feedbackMode.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={t("assigning")}>{t("assign")}</SubmitButton>
    </form>
  );
}
