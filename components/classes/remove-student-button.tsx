"use client";
import { useState, useTransition } from "react";
import { removeStudentAction } from "@/lib/classes/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { useT } from "@/components/i18n/client-messages";

/** Two steps, so a stray click never drops a student from the roster. */
export function RemoveStudentButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const t = useT("teacherClient.classes");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function remove() {
    const data = new FormData();
    data.set("classId", classId);
    data.set("userId", userId);
    start(async () => {
      const result = await removeStudentAction(data);
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      {confirming ? (
        <>
          <span className="text-sm text-ink">{t("removeAsk", { name })}</span>
          <Button variant="danger" size="sm" onClick={remove} disabled={pending} autoFocus>
            {pending ? t("removing") : t("confirmRemove")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={pending}>
            {t("cancel")}
          </Button>
        </>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} aria-label={t("removeLabel", { name })}>
          {t("remove")}
        </Button>
      )}
      <InlineError message={error} />
    </div>
  );
}
