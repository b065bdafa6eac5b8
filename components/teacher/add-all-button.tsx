"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { addQuestionsToSetAction } from "@/lib/sets/actions";
import { useT } from "@/components/i18n/client-messages";

/** "Add all": every approved question of the chosen article that isn't in the set yet and gives no
 *  other away (`leftOut` are the rest), in one step. */
export function AddAllButton({ setId, questionIds, articleTitle, leftOut = 0 }: { setId: string; questionIds: string[]; articleTitle: string; leftOut?: number }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const t = useT("teacherClient.bank");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        disabled={pending || questionIds.length === 0}
        onClick={() =>
          start(async () => {
            const outcome = await addQuestionsToSetAction({ setId, questionIds });
            setResult(outcome.ok ? { ok: true, text: outcome.message } : { ok: false, text: outcome.message });
          })
        }
      >
        {pending ? t("adding") : questionIds.length > 0 ? t("addAll", { n: questionIds.length }) : leftOut > 0 ? t("noneToAddAll") : t("allInSet")}
        <span className="sr-only">{t("fromTitle", { title: articleTitle })}</span>
      </Button>
      {result?.ok === false ? <InlineError message={result.text} /> : null}
      <span role="status" className="sr-only">
        {result?.ok ? result.text : null}
      </span>
    </div>
  );
}
