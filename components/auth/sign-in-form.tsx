"use client";
import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/client-messages";

/** `email` prefills the field (the step after sign-up); `autoFocusPassword` puts the cursor where typing goes next. */
export function SignInForm({ callbackUrl, email, autoFocusPassword }: { callbackUrl?: string; email?: string; autoFocusPassword?: boolean }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  const t = useT("client.auth");
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={state.values?.email ?? email} errors={state.fieldErrors?.email} />
      <Field name="password" label={t("password")} type="password" autoComplete="current-password" required autoFocus={autoFocusPassword} errors={state.fieldErrors?.password} />
      <SubmitButton className="w-full" pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
