"use client";
import { useActionState } from "react";
import { createInviteAction } from "@/lib/admin/actions";
import { initialFormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/client-messages";

export function CreateInviteForm() {
  const t = useT("adminClient.invite");
  const [state, action] = useActionState(createInviteAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? (
        <Alert tone="success">
          <span data-testid="new-invite-code">{state.message}</span>. {t("madeNote")}
        </Alert>
      ) : null}
      <Field name="label" label={t("label")} maxLength={80} hint={t("labelHint")} defaultValue={state.values?.label} errors={state.fieldErrors?.label} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="maxUses" label={t("maxUses")} type="number" inputMode="numeric" min={1} max={500} required defaultValue={state.values?.maxUses ?? "1"} errors={state.fieldErrors?.maxUses} />
        <Field name="expiresInDays" label={t("expires")} type="number" inputMode="numeric" min={1} max={365} required defaultValue={state.values?.expiresInDays ?? "14"} errors={state.fieldErrors?.expiresInDays} />
      </div>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
