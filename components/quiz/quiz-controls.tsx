"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Previous / Next, and a submit that asks first when questions are left unanswered. */
export function QuizControls({
  index,
  total,
  unanswered,
  submitting,
  submitLabel,
  pendingLabel,
  onMove,
  onSubmit,
}: {
  index: number;
  total: number;
  unanswered: number;
  submitting: boolean;
  submitLabel: string;
  pendingLabel: string;
  onMove: (index: number) => void;
  onSubmit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => onMove(index - 1)} disabled={index === 0}>
        ← Previous
      </Button>
      {index < total - 1 ? <Button onClick={() => onMove(index + 1)}>Next →</Button> : null}
      <div className="ml-auto">
        {confirming && unanswered > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-muted" role="status">
              {unanswered} unanswered — submit anyway?
            </span>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep going
            </Button>
            <Button onClick={onSubmit} disabled={submitting}>
              {submitting ? pendingLabel : "Submit anyway"}
            </Button>
          </div>
        ) : (
          <Button
            variant={index === total - 1 ? "primary" : "secondary"}
            onClick={() => (unanswered > 0 ? setConfirming(true) : onSubmit())}
            disabled={submitting}
          >
            {submitting ? pendingLabel : submitLabel}
          </Button>
        )}
      </div>
    </div>
  );
}
