"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { setAccountDisabledAction } from "@/lib/admin/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { useT } from "@/components/i18n/client-messages";

/**
 * Disable (after a confirming second click that says what it does) or re-enable one account.
 * Enabling takes one click: it gives back nothing but the right to sign in.
 */
export function AccountStateButton({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const t = useT("adminClient.account");
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const disableButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Cancel puts the keyboard back where it was.
    if (wasConfirming.current && !confirming) disableButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const run = (disable: boolean) =>
    start(async () => {
      const data = new FormData();
      data.set("userId", userId);
      data.set("disabled", String(disable));
      const result = await setAccountDisabledAction(data);
      setError(result.ok ? null : result.message);
      if (result.ok) setConfirming(false);
    });

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      {disabled ? (
        <Button size="sm" variant="primary" disabled={pending} onClick={() => run(false)} aria-label={t("enableLabel", { name })}>
          {t("enable")}
        </Button>
      ) : confirming ? (
        <div role="group" aria-label={t("confirmLabel", { name })} className="flex flex-col items-start gap-2 sm:items-end">
          <p className="text-sm text-ink">{t("confirmText", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="danger" disabled={pending} autoFocus onClick={() => run(true)}>
              {t("yes", { name })}
            </Button>
            <Button size="sm" variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={disableButton} size="sm" variant="secondary" onClick={() => setConfirming(true)} aria-label={t("disableLabel", { name })}>
          {t("disable")}
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}
