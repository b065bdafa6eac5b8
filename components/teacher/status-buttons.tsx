"use client";
import { useState, useTransition } from "react";
import { setQuestionStatusAction } from "@/lib/questions/actions";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";

const NEXT: Record<string, { status: string; label: string }[]> = {
  draft: [{ status: "approved", label: "Approve" }, { status: "retired", label: "Retire" }],
  approved: [{ status: "draft", label: "Back to draft" }, { status: "retired", label: "Retire" }],
  retired: [{ status: "draft", label: "Restore to draft" }],
};

export function StatusButtons({ questionId, status, prompt, allowed }: { questionId: string; status: string; prompt: string; allowed: readonly string[] }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
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
        <Button key={n.status} type="submit" name="status" value={n.status} size="sm" variant={n.status === "approved" ? "primary" : "secondary"} disabled={pending} aria-label={`${n.label}: ${prompt}`}>
          {n.label}
        </Button>
      ))}
      <InlineError message={error} />
    </form>
  );
}
