"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { addQuestionsToSetAction } from "@/lib/sets/actions";

/** "Add all": every approved question of the chosen article that isn't in the set yet, in one step. */
export function AddAllButton({ setId, questionIds, articleTitle }: { setId: string; questionIds: string[]; articleTitle: string }) {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
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
        {pending ? "Adding…" : questionIds.length > 0 ? `Add all (${questionIds.length})` : "All in the set"}
        <span className="sr-only"> from {articleTitle}</span>
      </Button>
      {result?.ok === false ? <InlineError message={result.text} /> : null}
      <span role="status" className="sr-only">
        {result?.ok ? result.text : null}
      </span>
    </div>
  );
}
