"use client";
import { useActionState, useState, useSyncExternalStore } from "react";
import { createClassAction } from "@/lib/classes/actions";
import { initialFormState } from "@/lib/forms";
import { zoneLabel } from "@/lib/time/zones";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

const noSubscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function CreateClassForm({ timeZones }: { timeZones: string[] }) {
  const [state, action] = useActionState(createClassAction, initialFormState);
  // The browser's zone is only known on the client: the server renders UTC, hydration swaps it in.
  const detected = useSyncExternalStore(noSubscribe, browserZone, () => null);
  const [chosen, setChosen] = useState<string | null>(null);
  const fallback = detected && timeZones.includes(detected) ? detected : "UTC";
  const timeZone = chosen ?? state.values?.timeZone ?? fallback;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <Field name="name" label="Class name" required maxLength={80} hint="Students see this name when they join." defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <SelectField
        name="timeZone"
        label="Time zone"
        hint="Opening and due times are shown in this zone."
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
      <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
    </form>
  );
}
