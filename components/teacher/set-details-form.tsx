"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { createSetAction, updateSetDetailsAction } from "@/lib/sets/actions";
import { useT } from "@/components/i18n/client-messages";

/** Title and description of a set: creates one, or saves an existing one's. */
export function SetDetailsForm({ set }: { set?: { id: string; title: string; description: string } }) {
  const [state, action] = useActionState(set ? updateSetDetailsAction : createSetAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  const t = useT("teacherClient.setParts");
  const descError = errors.description?.length ? "field-description-error" : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      {set ? <input type="hidden" name="setId" value={set.id} /> : null}
      <Field name="title" label={t("title")} required defaultValue={state.values?.title ?? set?.title} errors={errors.title} />
      <div className="space-y-1.5">
        <label htmlFor="field-description" className="block text-sm font-medium">
          {t("description")}
        </label>
        <textarea
          id="field-description"
          name="description"
          rows={3}
          defaultValue={state.values?.description ?? set?.description}
          aria-invalid={descError ? true : undefined}
          aria-describedby={descError}
          className={inputClasses}
        />
        {descError ? (
          <p id={descError} className="text-sm font-medium text-red-700">
            {errors.description?.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{set ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
