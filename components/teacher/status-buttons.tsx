"use client";
import { useState, useTransition } from "react";
import { setQuestionStatusAction } from "@/lib/questions/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { useT } from "@/components/i18n/client-messages";

/** The moves from each status; labels are teacherClient.bank messages. */
const NEXT: Record<string, { status: string; label: "approve" | "retire" | "backToDraft" | "restore" }[]> = {
  draft: [{ status: "approved", label: "approve" }, { status: "retired", label: "retire" }],
  approved: [{ status: "draft", label: "backToDraft" }, { status: "retired", label: "retire" }],
  retired: [{ status: "draft", label: "restore" }],
};

export function StatusButtons({ questionId, status, prompt, allowed }: { questionId: string; status: string; prompt: string; allowed: readonly string[] }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const t = useT("teacherClient.bank");
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      action={(formData) =>
        start(async () => {
          const result = await setQuestionStatusAction(formData);
          setError(result.ok ? null : result.message);
        })
      }
    >
      <input type="hidden" name="questionId" value={questionId} />
      {(NEXT[status] ?? []).filter((n) => allowed.includes(n.status)).map((n) => (
        <Button key={n.status} type="submit" name="status" value={n.status} size="sm" variant={n.status === "approved" ? "primary" : "secondary"} disabled={pending} aria-label={t("actionLabel", { action: t(n.label), prompt })}>
          {t(n.label)}
        </Button>
      ))}
      <InlineError message={error} />
    </form>
  );
}
