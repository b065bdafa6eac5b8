"use client";
import { useT } from "@/components/i18n/client-messages";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms";
import { setHideFromGlobalAction } from "@/lib/leaderboard/actions";

/** The student's choice to appear on the global board; a plain form, so it works without JS too. */
export function HideToggle({ hidden }: { hidden: boolean }) {
  const [state, action] = useActionState(setHideFromGlobalAction, initialFormState);
  const t = useT("client.hide");
  return (
    <form action={action} className="space-y-3">
      <div className="flex items-start gap-3">
        <input
          id="hide-from-global"
          name="hideFromGlobal"
          type="checkbox"
          defaultChecked={hidden}
          aria-describedby="hide-from-global-hint"
          className="mt-1 h-4 w-4 rounded border-slate-400 accent-brand-600"
        />
        <div>
          <label htmlFor="hide-from-global" className="font-medium">
            {t("label")}
          </label>
          <p id="hide-from-global-hint" className="text-sm text-muted">
            {t("hint")}
          </p>
        </div>
      </div>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      {state.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
    </form>
  );
}
