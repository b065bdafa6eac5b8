"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { decideTeacherRequestAction, revokeInviteAction } from "@/lib/admin/actions";
import { Button, type ButtonProps } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { useT } from "@/components/i18n/client-messages";

type Choice = { label: string; ariaLabel: string; fields: Record<string, string>; variant: ButtonProps["variant"] };

/** One row's buttons: each posts its fields to the action; a refusal is read out next to them. */
function ActionButtons({ run, choices }: { run: (data: FormData) => Promise<ActionResult>; choices: Choice[] }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {choices.map((c) => (
        <Button
          key={c.label}
          size="sm"
          variant={c.variant}
          disabled={pending}
          aria-label={c.ariaLabel}
          onClick={() =>
            start(async () => {
              const data = new FormData();
              for (const [k, v] of Object.entries(c.fields)) data.set(k, v);
              const result = await run(data);
              setError(result.ok ? null : result.message);
            })
          }
        >
          {c.label}
        </Button>
      ))}
      <InlineError message={error} />
    </div>
  );
}

export function DecideRequestButtons({ requestId, name }: { requestId: string; name: string }) {
  const t = useT("adminClient.requests");
  return (
    <ActionButtons
      run={decideTeacherRequestAction}
      choices={[
        { label: t("approve"), ariaLabel: t("approveLabel", { name }), fields: { requestId, decision: "approve" }, variant: "primary" },
        { label: t("refuse"), ariaLabel: t("refuseLabel", { name }), fields: { requestId, decision: "refuse" }, variant: "secondary" },
      ]}
    />
  );
}

export function RevokeInviteButton({ inviteId, code }: { inviteId: string; code: string }) {
  const t = useT("adminClient.requests");
  return <ActionButtons run={revokeInviteAction} choices={[{ label: t("revoke"), ariaLabel: t("revokeLabel", { code }), fields: { inviteId }, variant: "secondary" }]} />;
}
