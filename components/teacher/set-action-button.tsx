"use client";
import { useState, useTransition } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useT } from "@/components/i18n/client-messages";
import { addSetItemAction, deleteSetAction, duplicateSetAction, moveSetItemAction, removeSetItemAction } from "@/lib/sets/actions";

/** Moves and edits say what they did; duplicating and deleting redirect, so only a refusal comes back. */
type SetResult = ActionResult<{ message?: string }>;

const ACTIONS = {
  add: addSetItemAction,
  remove: removeSetItemAction,
  move: moveSetItemAction,
  duplicate: duplicateSetAction,
  delete: deleteSetAction,
} satisfies Record<string, (f: FormData) => Promise<SetResult>>;

type Props = {
  kind: keyof typeof ACTIONS;
  fields: Record<string, string>;
  label: string;
  /** Accessible name when the visible label alone is ambiguous (e.g. "↑" on every row). */
  ariaLabel?: string;
  /** Ask once more before doing it (deleting). */
  confirmLabel?: string;
  variant?: ButtonProps["variant"];
  disabled?: boolean;
};

/** One set operation as a small form; its outcome is announced next to the button. */
export function SetActionButton({ kind, fields, label, ariaLabel, confirmLabel, variant = "secondary", disabled }: Props) {
  const [pending, start] = useTransition();
  const [armed, setArmed] = useState(false);
  const [result, setResult] = useState<SetResult | null>(null);
  const t = useT("teacherClient.setParts");
  const showConfirm = Boolean(confirmLabel) && armed;
  return (
    <form
      className="inline-flex flex-wrap items-center gap-2"
      action={(formData) => {
        if (confirmLabel && !armed) return setArmed(true);
        start(async () => {
          setResult(await ACTIONS[kind](formData));
          setArmed(false);
        });
      }}
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Button type="submit" size="sm" variant={showConfirm ? "danger" : variant} disabled={pending || disabled} className="disabled:opacity-40" aria-label={showConfirm ? undefined : ariaLabel}>
        {showConfirm ? confirmLabel : label}
      </Button>
      {showConfirm ? (
        <Button size="sm" variant="ghost" onClick={() => setArmed(false)}>
          {t("cancel")}
        </Button>
      ) : null}
      {result && !result.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {result.message}
        </span>
      ) : result?.message ? (
        <span role="status" className="sr-only">
          {result.message}
        </span>
      ) : null}
    </form>
  );
}
