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
import { useT } from "@/components/i18n/client-messages";

/** "Close now", two steps: it hands in every attempt under way. */
export function CloseAssignmentButton({ assignmentId, inProgress }: { assignmentId: string; inProgress: number }) {
  const t = useT("teacherClient.assignments");
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
            {t("closeAsk")}
            {inProgress > 0 ? t(inProgress === 1 ? "closeUnderWayOne" : "closeUnderWayMany", { n: inProgress }) : t("closeNoOne")}
          </span>
          <Button variant="danger" size="sm" onClick={close} disabled={pending} autoFocus>
            {pending ? t("closing") : t("confirmClose")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("closeNow")}
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}

/** Reopening, with a new due date when the old one has passed (and optionally otherwise). */
export function ReopenAssignmentForm({ assignmentId, timeZone, needsDueDate, archived }: { assignmentId: string; timeZone: string; needsDueDate: boolean; archived: boolean }) {
  const t = useT("teacherClient.assignments");
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
          label={t("newDueDate")}
          type="datetime-local"
          required
          hint={t("newDueHint", { zone: zoneLabel(timeZone) })}
          defaultValue={state.values?.dueAt ?? ""}
          errors={errors.dueAt}
          className="max-w-xs"
        />
      ) : null}
      <SubmitButton pendingLabel={t("reopening")}>{archived ? t("restoreReopen") : t("reopen")}</SubmitButton>
    </form>
  );
}

/** Delete (no one started) or archive (someone did), two steps, saying which it will be. */
export function RemoveAssignmentButton({ assignmentId, started, title }: { assignmentId: string; started: boolean; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const t = useT("teacherClient.assignments");
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
            {t(started ? "archiveAsk" : "deleteAsk", { title })}
          </span>
          <Button variant="danger" size="sm" onClick={remove} disabled={pending} autoFocus>
            {pending ? t(started ? "archiving" : "deleting") : t(started ? "confirmArchive" : "confirmDelete")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            {t("cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t(started ? "archiveAssignment" : "deleteAssignment")}
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}
