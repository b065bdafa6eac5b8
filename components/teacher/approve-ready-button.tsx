"use client";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { approveAllReadyAction } from "@/lib/questions/actions";
import { useT } from "@/components/i18n/client-messages";

/** "Approve all ready": one click for every draft the engine is sure of; says how many it approved. */
export function ApproveReadyButton({ slug, ready }: { slug: string; ready: number }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const t = useT("teacherClient.bank");
  return (
    <form
      className="flex flex-wrap items-center gap-3"
      action={(formData) =>
        start(async () => {
          const result = await approveAllReadyAction(formData);
          if (!result.ok) return setMessage({ ok: false, text: result.message });
          const held = result.needsReview === 0 ? "" : result.needsReview === 1 ? t("heldOne") : t("heldN", { n: result.needsReview });
          setMessage({ ok: true, text: `${result.approved === 1 ? t("approvedOne") : t("approvedN", { n: result.approved })}${held}` });
        })
      }
    >
      <input type="hidden" name="slug" value={slug} />
      <Button type="submit" size="sm" disabled={pending || ready === 0}>
        {pending ? t("approving") : ready > 0 ? t("approveReadyN", { n: ready }) : t("approveReady")}
      </Button>
      {/* Always in the page, so screen readers announce the result when it appears. */}
      <span role="status" className={message?.ok === false ? "text-sm text-red-700" : "text-sm text-emerald-800"} data-testid="approve-ready-result">
        {message?.text}
      </span>
    </form>
  );
}
