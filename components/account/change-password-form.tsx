"use client";
import { useT } from "@/components/i18n/client-messages";
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/account/actions";
import { initialFormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** Current password, new password twice. On success the action ends every session and sends this browser to sign in. */
export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const t = useT("client.password");
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Field name="currentPassword" label={t("current")} type="password" autoComplete="current-password" required errors={state.fieldErrors?.currentPassword} />
      <Field
        name="newPassword"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("hint")}
        errors={state.fieldErrors?.newPassword}
      />
      <Field name="confirmPassword" label={t("again")} type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <SubmitButton pendingLabel={t("changing")}>{t("change")}</SubmitButton>
    </form>
  );
}
