"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { discardJobAction } from "@/lib/articles/actions";
import { useT } from "@/components/i18n/client-messages";

/** Throws a failed paste away; a refusal (already gone) is said next to the button. */
export function DiscardJobButton({ jobId }: { jobId: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const t = useT("teacherClient.bank");
  return (
    <form
      className="inline-flex flex-wrap items-center gap-2"
      action={(formData) => start(async () => setMessage((await discardJobAction(formData)).message))}
    >
      <input type="hidden" name="id" value={jobId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("discarding") : t("discard")}
      </Button>
      <InlineError message={message} />
    </form>
  );
}
