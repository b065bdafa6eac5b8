"use client";
import { useActionState, useState, useSyncExternalStore } from "react";
import { createClassAction } from "@/lib/classes/actions";
import { initialFormState } from "@/lib/forms";
import { zoneLabel } from "@/lib/time/zones";
import { useT } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function CreateClassForm({ timeZones }: { timeZones: string[] }) {
  const t = useT("teacherClient.classes");
  const [state, action] = useActionState(createClassAction, initialFormState);
  // The browser's zone is only known on the client: the server renders UTC, hydration swaps it in.
  const detected = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const [chosen, setChosen] = useState<string | null>(null);
  const fallback = detected && timeZones.includes(detected) ? detected : "UTC";
  const timeZone = chosen ?? state.values?.timeZone ?? fallback;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Field name="name" label={t("name")} required maxLength={80} hint={t("nameHint")} defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <SelectField
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        value={timeZone}
        onChange={(e) => setChosen(e.target.value)}
        errors={state.fieldErrors?.timeZone}
      >
        {timeZones.map((tz) => (
          <option key={tz} value={tz}>
            {zoneLabel(tz)}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
