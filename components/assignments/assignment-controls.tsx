"use client";
import { useActionState, useState, useTransition } from "react";
import { closeAssignmentAction, removeAssignmentAction, reopenAssignmentAction } from "@/lib/assignments/actions";
import { initialFormState } from "@/lib/forms";
import { zoneLabel } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { SubmitButton } from "@/components/ui/submit-button";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Close now", two steps: it hands in every attempt under way. */
export function CloseAssignmentButton({ assignmentId, inProgress }: { assignmentId: string; inProgress: number }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const close = () =>
    start(async () => {
      const result = await closeAssignmentAction({ assignmentId });
      if (!result.ok) setError(result.message);
      else setConfirming(false);
    });
  return (
    <div className="space-y-2">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink">
            Close it now?{" "}
            {inProgress > 0
              ? `${plural(inProgress, "attempt under way is", "attempts under way are")} handed in with the answers given so far and graded.`
              : "No one can start it until you reopen it."}
          </span>
          <Button variant="danger" size="sm" onClick={close} disabled={pending} autoFocus>
            {pending ? "Closing…" : "Yes, close now"}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Close now
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}

/** Reopening, with a new due date when the old one has passed (and optionally otherwise). */
export function ReopenAssignmentForm({ assignmentId, timeZone, needsDueDate, archived }: { assignmentId: string; timeZone: string; needsDueDate: boolean; archived: boolean }) {
  const [state, action] = useActionState(reopenAssignmentAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {needsDueDate ? (
        <Field
          name="dueAt"
          id="reopen-dueAt"
          label="New due date"
          type="datetime-local"
          required
          hint={`${zoneLabel(timeZone)} time. The old due date has passed.`}
          defaultValue={state.values?.dueAt ?? ""}
          errors={errors.dueAt}
          className="max-w-xs"
        />
      ) : null}
      <SubmitButton pendingLabel="Reopening…">{archived ? "Restore and reopen" : "Reopen"}</SubmitButton>
    </form>
  );
}

/** Delete (no one started) or archive (someone did), two steps, saying which it will be. */
export function RemoveAssignmentButton({ assignmentId, started, title }: { assignmentId: string; started: boolean; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const verb = started ? "Archive" : "Delete";
  const remove = () =>
    start(async () => {
      // Success goes to the class page; only a refusal comes back.
      const result = await removeAssignmentAction({ assignmentId });
      if (!result.ok) setError(result.message);
    });
  return (
    <div className="space-y-2">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink">
            {started
              ? `Archive “${title}”? Students no longer see it; results and grades are kept.`
              : `Delete “${title}”? No one has started it; this can't be undone.`}
          </span>
          <Button variant="danger" size="sm" onClick={remove} disabled={pending} autoFocus>
            {pending ? `${verb === "Delete" ? "Deleting" : "Archiving"}…` : `Yes, ${verb.toLowerCase()}`}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {verb} assignment
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}
