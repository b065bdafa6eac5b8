"use client";
import { useActionState } from "react";
import { createInviteAction } from "@/lib/admin/actions";
import { initialFormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateInviteForm() {
  const [state, action] = useActionState(createInviteAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? (
        <Alert tone="success">
          <span data-testid="new-invite-code">{state.message}</span>. Give it to the teachers it is for; each use makes one teacher account.
        </Alert>
      ) : null}
      <Field name="label" label="Who it is for (optional)" maxLength={80} hint="Only admins see this, e.g. “Lincoln High, science”." defaultValue={state.values?.label} errors={state.fieldErrors?.label} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="maxUses" label="Teachers who may use it" type="number" inputMode="numeric" min={1} max={500} required defaultValue={state.values?.maxUses ?? "1"} errors={state.fieldErrors?.maxUses} />
        <Field name="expiresInDays" label="Valid for (days)" type="number" inputMode="numeric" min={1} max={365} required defaultValue={state.values?.expiresInDays ?? "14"} errors={state.fieldErrors?.expiresInDays} />
      </div>
      <SubmitButton pendingLabel="Creating…">Create invitation code</SubmitButton>
    </form>
  );
}
