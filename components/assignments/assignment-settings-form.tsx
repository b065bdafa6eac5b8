"use client";
import { useActionState } from "react";
import { updateAssignmentAction } from "@/lib/assignments/actions";
import { initialFormState } from "@/lib/forms";
import { zoneLabel } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/client-messages";
import { FEEDBACK_CHOICES } from "./feedback-choices";

export type SettingsDefaults = {
  opensAt: string;
  dueAt: string;
  timeLimitMinutes: string;
  attemptsAllowed: string;
  feedbackMode: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  oneAtATime: boolean;
};

type Props = {
  assignmentId: string;
  timeZone: string;
  defaults: SettingsDefaults;
  /** Students have started: some settings are fixed and the rest has limits (said in the form). */
  started: boolean;
  /** The fewest attempts allowed can go to, and who has used that many. */
  minAttempts: { count: number; name: string } | null;
  finished: number;
};

/** An assignment's settings, with what may change once students have started said beside each field. */
export function AssignmentSettingsForm({ assignmentId, timeZone, defaults, started, minAttempts, finished }: Props) {
  const t = useT("teacherClient.assignments");
  const [state, action] = useActionState(updateAssignmentAction, initialFormState);
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const zone = zoneLabel(timeZone);
  const checked = (key: "shuffleQuestions" | "shuffleOptions" | "oneAtATime") => (v && !started ? v[key] === "on" : defaults[key]);
  const feedback = v?.feedbackMode ?? defaults.feedbackMode;
  // Which feedback choices stay open once students have started (lib/assignments/manage-policy.ts).
  const feedbackLocked = (value: string): string | null => {
    if (!started || value === defaults.feedbackMode) return null;
    if (value === "immediate" || defaults.feedbackMode === "immediate") return t("lockedImmediate");
    if (value === "after_due" && finished > 0) return t("lockedSeen");
    return null;
  };
  return (
    <form action={action} className="space-y-5" noValidate aria-labelledby="settings-heading">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      {started ? (
        <Alert tone="info">{t("startedNote")}</Alert>
      ) : null}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="opensAt" label={t("opensAt")} type="datetime-local" required hint={t("zoneTime", { zone })} defaultValue={v?.opensAt ?? defaults.opensAt} errors={errors.opensAt} />
        <Field name="dueAt" label={t("dueAt")} type="datetime-local" hint={t("dueHint", { zone })} defaultValue={v?.dueAt ?? defaults.dueAt} errors={errors.dueAt} />
        <Field
          name="timeLimitMinutes"
          label={t("timeLimit")}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          hint={started ? t("noLimitStartedHint") : t("noLimitHint")}
          defaultValue={v?.timeLimitMinutes ?? defaults.timeLimitMinutes}
          errors={errors.timeLimitMinutes}
        />
        <Field
          name="attemptsAllowed"
          label={t("attemptsAllowed")}
          type="number"
          inputMode="numeric"
          min={minAttempts?.count ?? 1}
          max={10}
          required
          hint={minAttempts && minAttempts.count > 1 ? t("attemptsUsedHint", { min: minAttempts.count, name: minAttempts.name }) : t("attemptsHint")}
          defaultValue={v?.attemptsAllowed ?? defaults.attemptsAllowed}
          errors={errors.attemptsAllowed}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t("shufflingAndMoving")}</legend>
        {started ? <p className="text-sm text-muted">{t("lockedHint")}</p> : null}
        {(
          [
            ["shuffleQuestions", t("shuffleQuestions")],
            ["shuffleOptions", t("shuffleOptions")],
            ["oneAtATime", t("oneAtATimeShort")],
          ] as const
        ).map(([name, label]) => (
          <div key={name}>
            <label className="flex items-center gap-3 text-sm">
              {/* A disabled checkbox isn't sent: the hidden input keeps the setting as it is. */}
              <input type="checkbox" name={started ? undefined : name} defaultChecked={checked(name)} disabled={started} className="h-4 w-4 accent-brand-600" />
              {label}
            </label>
            {started && defaults[name] ? <input type="hidden" name={name} value="on" /> : null}
            {errors[name] ? <p className="text-sm font-medium text-red-700">{errors[name]?.join(" ")}</p> : null}
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={errors.feedbackMode ? "edit-feedbackMode-error" : undefined}>
        <legend className="text-sm font-medium text-ink">{t("whenFeedback")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {FEEDBACK_CHOICES.map((c) => {
            const locked = feedbackLocked(c.value);
            return (
              <label
                key={c.value}
                className={`flex gap-3 rounded-lg border border-line p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 ${locked ? "bg-slate-50" : "cursor-pointer bg-white"}`}
              >
                <input type="radio" name="feedbackMode" value={c.value} defaultChecked={feedback === c.value} disabled={locked !== null} className="mt-1 h-4 w-4 shrink-0 accent-brand-600" />
                <span>
                  <span className="block text-sm font-medium">{t(`feedbackTitles.${c.value}`)}</span>
                  <span className="block text-sm text-muted">{locked ?? t(`feedbackTexts.${c.value}`)}</span>
                </span>
              </label>
            );
          })}
        </div>
        {errors.feedbackMode ? (
          <p id="edit-feedbackMode-error" className="text-sm font-medium text-red-700">
            {errors.feedbackMode.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("saveSettings")}</SubmitButton>
    </form>
  );
}
