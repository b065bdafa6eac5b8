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

export type ExtensionRow = { userId: string; name: string; extraTimeSec: number; extraAttempts: number; dueAt: Date | null };

type Props = {
  assignmentId: string;
  timeZone: string;
  students: { id: string; name: string }[];
  extensions: ExtensionRow[];
  timed: boolean;
  hasDueDate: boolean;
};

/** What one extension gives, in words. */
export function describeExtension(e: Pick<ExtensionRow, "extraTimeSec" | "extraAttempts" | "dueAt">, timeZone: string): string {
  const parts: string[] = [];
  if (e.extraTimeSec > 0) parts.push(`${Math.round(e.extraTimeSec / 60)} extra min`);
  if (e.extraAttempts > 0) parts.push(`${e.extraAttempts} extra ${e.extraAttempts === 1 ? "attempt" : "attempts"}`);
  if (e.dueAt) parts.push(`due ${formatInZone(e.dueAt, timeZone)}`);
  return parts.join(" · ") || "nothing";
}

function RemoveExtension({ assignmentId, userId, name }: { assignmentId: string; userId: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const remove = () =>
    start(async () => {
      const result = await removeExtensionAction({ assignmentId, userId });
      if (!result.ok) setError(result.message);
    });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" onClick={remove} disabled={pending} aria-label={`Remove ${name}'s extension`}>
        {pending ? "Removing…" : "Remove"}
      </Button>
      <InlineError message={error} />
    </div>
  );
}

/** One student's extension: pick the student, then extra minutes, extra attempts or a later due date. */
export function ExtensionsSection({ assignmentId, timeZone, students, extensions, timed, hasDueDate }: Props) {
  const [state, action] = useActionState(setExtensionAction, initialFormState);
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-5">
      {students.length === 0 ? (
        <p className="text-muted">No students in this class yet.</p>
      ) : (
        <form action={action} className="space-y-4" noValidate aria-label="Give a student an extension">
          {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
          {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
          <input type="hidden" name="assignmentId" value={assignmentId} />
          <SelectField name="userId" id="extension-student" label="Student" defaultValue={v?.userId ?? ""} errors={errors.userId} className="max-w-sm">
            <option value="" disabled>
              Choose a student…
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
              label="Extra minutes"
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              disabled={!timed}
              hint={timed ? "Added to the time limit, also on an attempt under way." : "No time limit on this assignment."}
              defaultValue={v?.extraMinutes ?? ""}
              errors={errors.extraMinutes}
            />
            <Field
              name="extraAttempts"
              id="extension-attempts"
              label="Extra attempts"
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              hint="Added to the attempts allowed."
              defaultValue={v?.extraAttempts ?? ""}
              errors={errors.extraAttempts}
            />
            <Field
              name="dueAt"
              id="extension-dueAt"
              label="Their due date"
              type="datetime-local"
              disabled={!hasDueDate}
              hint={hasDueDate ? `${zoneLabel(timeZone)} time, later than the assignment's.` : "No due date on this assignment."}
              defaultValue={v?.dueAt ?? ""}
              errors={errors.dueAt}
            />
          </div>
          <p className="text-sm text-muted">Saving replaces any extension the student already has.</p>
          <SubmitButton pendingLabel="Saving…">Save extension</SubmitButton>
        </form>
      )}
      {extensions.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-base font-semibold">Given</h3>
          <ul className="divide-y divide-line rounded-lg border border-line" data-testid="extensions">
            {extensions.map((e) => (
              <li key={e.userId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">{e.name}</p>
                  <p className="text-sm text-muted">{describeExtension(e, timeZone)}</p>
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
