"use client";
import { RadioGroup } from "radix-ui";
import { useActionState, useState } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { initialFormState, type FormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SignInForm } from "./sign-in-form";
import { useT } from "@/components/i18n/client-messages";

const ROLE_CHOICES = ["student", "teacher"] as const;

/** `callbackUrl`: where to go once signed in (a class's join link); else the role's home. */
export function SignUpForm({ callbackUrl }: { callbackUrl?: string } = {}) {
  const [state, action] = useActionState(signUpAction, initialFormState);
  const t = useT("client.auth");
  const roleErrors = state.fieldErrors?.role;
  // The role picked since the last submit; after one, the role that was sent. The radio group is
  // remounted per answer: on a refused submit React resets the form, and Radix would reset it to
  // the role it first mounted with (Student), hiding the invitation code field.
  const [picked, setPicked] = useState<{ after: FormState; role: string } | null>(null);
  const chosenRole = picked?.after === state ? picked.role : (state.values?.role ?? "student");
  // The same next step whether the email was free or not (see signUpAction): sign in.
  if (state.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{state.message}</Alert>
        <SignInForm email={state.values?.email} callbackUrl={callbackUrl ?? (state.values?.role === "teacher" ? "/teacher" : "/dashboard")} autoFocusPassword />
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Field name="name" label={t("displayName")} autoComplete="nickname" required hint={t("displayNameHint")} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field name="password" label={t("password")} type="password" autoComplete="new-password" required hint={t("passwordHint")} errors={state.fieldErrors?.password} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">{t("iAmA")}</legend>
        <RadioGroup.Root key={JSON.stringify(state)} name="role" value={chosenRole} onValueChange={(role) => setPicked({ after: state, role })} className="grid gap-2 sm:grid-cols-2" aria-describedby={roleErrors ? "role-error" : undefined}>
          {ROLE_CHOICES.map((r) => (
            <label key={r} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-white p-3 has-[[data-state=checked]]:border-brand-500 has-[[data-state=checked]]:bg-brand-50">
              <RadioGroup.Item value={r} className="mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full border border-slate-400 bg-white data-[state=checked]:border-brand-600">
                <RadioGroup.Indicator className="h-2.5 w-2.5 rounded-full bg-brand-600" />
              </RadioGroup.Item>
              <span>
                <span className="block text-sm font-medium">{t(r)}</span>
                <span className="block text-sm text-muted">{t(`${r}Text`)}</span>
              </span>
            </label>
          ))}
        </RadioGroup.Root>
        {roleErrors ? (
          <p id="role-error" className="text-sm font-medium text-red-700">
            {roleErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {chosenRole === "teacher" ? (
        <Field
          name="inviteCode"
          label={t("inviteCode")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint={t("inviteHint")}
          defaultValue={state.values?.inviteCode}
          errors={state.fieldErrors?.inviteCode}
        />
      ) : null}
      <SubmitButton className="w-full" pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
