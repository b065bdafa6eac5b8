"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { startAssignmentAction } from "@/lib/assignments/actions";
import type { ButtonProps } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { useT } from "@/components/i18n/client-messages";

/** Starts or resumes; on success the action redirects to the quiz, otherwise its message shows here. */
export function StartAssignmentButton({ assignmentId, label, title, variant }: { assignmentId: string; label: string; title: string; variant?: ButtonProps["variant"] }) {
  const [state, action] = useActionState<ActionResult<never> | null, FormData>((_prev, formData) => startAssignmentAction(formData), null);
  const t = useT("client.start");
  return (
    <form action={action} className="flex flex-col items-start gap-2 sm:items-end">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton pendingLabel={t("starting")} aria-label={`${label}: ${title}`} variant={variant}>
        {label}
      </SubmitButton>
      {state && !state.ok ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
