"use client";
import { useActionState, useState, useTransition } from "react";
import { removeExtensionAction, setExtensionAction } from "@/lib/assignments/actions";
import { initialFormState } from "@/lib/forms";
import { formatInZone, zoneLabel } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useLocale, useT } from "@/components/i18n/client-messages";
import { intlLocale } from "@/lib/i18n/format";

export type ExtensionRow = { userId: string; name: string; extraTimeSec: number; extraAttempts: number; dueAt: Date | null };

type Props = {
  assignmentId: string;
  timeZone: string;
  students: { id: string; name: string }[];
  extensions: ExtensionRow[];
  timed: boolean;
  hasDueDate: boolean;
};

/** What one extension gives, in words (`t`: the teacherClient.assignments messages). */
export function describeExtension(e: Pick<ExtensionRow, "extraTimeSec" | "extraAttempts" | "dueAt">, timeZone: string, t: (key: string, values?: Record<string, string | number>) => string, locale = "en"): string {
  const parts: string[] = [];
  if (e.extraTimeSec > 0) parts.push(t("extraMin", { n: Math.round(e.extraTimeSec / 60) }));
  if (e.extraAttempts > 0) parts.push(t(e.extraAttempts === 1 ? "extraAttemptOne" : "extraAttemptMany", { n: e.extraAttempts }));
  if (e.dueAt) parts.push(t("extDue", { date: formatInZone(e.dueAt, timeZone, intlLocale(locale)) }));
  return parts.join(" · ") || t("nothing");
}

function RemoveExtension({ assignmentId, userId, name }: { assignmentId: string; userId: string; name: string }) {
  const t = useT("teacherClient.assignments");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const remove = () =>
    start(async () => {
      const result = await removeExtensionAction({ assignmentId, userId });
      if (!result.ok) setError(result.message);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" onClick={remove} disabled={pending} aria-label={t("removeExtLabel", { name })}>
        {pending ? t("removing") : t("remove")}
      </Button>
      <InlineError message={error} />
    </div>
  );
}

/** One student's extension: pick the student, then extra minutes, extra attempts or a later due date. */
export function ExtensionsSection({ assignmentId, timeZone, students, extensions, timed, hasDueDate }: Props) {
  const t = useT("teacherClient.assignments");
  const locale = useLocale();
  const [state, action] = useActionState(setExtensionAction, initialFormState);
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-5">
      {students.length === 0 ? (
        <p className="text-muted">{t("noStudents")}</p>
      ) : (
        <form action={action} className="space-y-4" noValidate aria-label={t("giveExtension")}>
          {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
          {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <SelectField name="userId" id="extension-student" label={t("student")} defaultValue={v?.userId ?? ""} errors={errors.userId} className="max-w-sm">
            <option value="" disabled>
              {t("chooseStudent")}
            </option>
            {students.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field
              name="extraMinutes"
              id="extension-minutes"
              label={t("extraMinutes")}
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              disabled={!timed}
              hint={timed ? t("extraMinutesHint") : t("noTimeLimit")}
              defaultValue={v?.extraMinutes ?? ""}
              errors={errors.extraMinutes}
            />
            <Field
              name="extraAttempts"
              id="extension-attempts"
              label={t("extraAttempts")}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              hint={t("extraAttemptsHint")}
              defaultValue={v?.extraAttempts ?? ""}
              errors={errors.extraAttempts}
            />
            <Field
              name="dueAt"
              id="extension-dueAt"
              label={t("theirDue")}
              type="datetime-local"
              disabled={!hasDueDate}
              hint={hasDueDate ? t("theirDueHint", { zone: zoneLabel(timeZone) }) : t("noDueDate")}
              defaultValue={v?.dueAt ?? ""}
              errors={errors.dueAt}
            />
          </div>
          <p className="text-sm text-muted">{t("replaces")}</p>
          <SubmitButton pendingLabel={t("saving")}>{t("saveExtension")}</SubmitButton>
        </form>
      )}
      {extensions.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-base font-semibold">{t("given")}</h3>
          <ul className="divide-y divide-line rounded-lg border border-line" data-testid="extensions">
            {extensions.map((e) => (
              <li key={e.userId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">{e.name}</p>
                  <p className="text-sm text-muted">{describeExtension(e, timeZone, t, locale)}</p>
                </div>
                <RemoveExtension assignmentId={assignmentId} userId={e.userId} name={e.name} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
