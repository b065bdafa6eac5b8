"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { approveAllReadyAction } from "@/lib/questions/actions";

const questions = (n: number) => `${n} ${n === 1 ? "question" : "questions"}`;

/** "Approve all ready": one click for every draft the engine is sure of; says how many it approved. */
export function ApproveReadyButton({ slug, ready }: { slug: string; ready: number }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="flex flex-wrap items-center gap-3"
      action={(formData) =>
        start(async () => {
          const result = await approveAllReadyAction(formData);
          if (!result.ok) return setMessage({ ok: false, text: result.message });
          const held = result.needsReview > 0 ? ` ${questions(result.needsReview)} still ${result.needsReview === 1 ? "needs" : "need"} your review.` : "";
          setMessage({ ok: true, text: `Approved ${questions(result.approved)}.${held}` });
        })
      }
    >
      <input type="hidden" name="slug" value={slug} />
      <Button type="submit" size="sm" disabled={pending || ready === 0}>
        {pending ? "Approving…" : ready > 0 ? `Approve all ready (${ready})` : "Approve all ready"}
      </Button>
      {/* Always in the page, so screen readers announce the result when it appears. */}
      <span role="status" className={message?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"} data-testid="approve-ready-result">
        {message?.text}
      </span>
    </form>
  );
}
