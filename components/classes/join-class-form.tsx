"use client";
import { useActionState } from "react";
import { joinClassAction } from "@/lib/classes/actions";
import { initialFormState } from "@/lib/forms";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/client-messages";

/** `linkedCode`: the code from a class's join link, filled in for the student to confirm. */
export function JoinClassForm({ linkedCode }: { linkedCode?: string }) {
  const [state, action] = useActionState(joinClassAction, initialFormState);
  const t = useT("client.join");
  const fromLink = Boolean(linkedCode) && !state.ok && state.values === undefined && !state.formError;
  return (
    <form action={action} className="space-y-3" noValidate>
      {fromLink ? (
        <p className="text-sm font-medium text-brand-700" data-testid="join-from-link">
          {t("fromLink")}
        </p>
      ) : null}
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field
          name="code"
          label={t("code")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          className="sm:w-64"
          hint={t("codeHint")}
          // A successful join clears the field; a failed one keeps what was typed.
          key={state.ok ? "joined" : "typing"}
          defaultValue={state.ok ? "" : (state.values?.code ?? linkedCode)}
          errors={state.fieldErrors?.code}
        />
        <SubmitButton className="sm:mt-7" pendingLabel={t("joining")}>
          {t("join")}
        </SubmitButton>
      </div>
    </form>
  );
}
