"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/components/i18n/client-messages";

/**
 * Previous / Next, and a submit that asks first when questions are left unanswered. One question
 * at a time there is no Previous, and moving on from an unanswered question asks first.
 */
export function QuizControls({
  index,
  total,
  unanswered,
  submitting,
  submitLabel,
  pendingLabel,
  onMove,
  onSubmit,
  oneAtATime = false,
  currentAnswered = true,
  moving = false,
}: {
  index: number;
  total: number;
  unanswered: number;
  submitting: boolean;
  submitLabel: string;
  pendingLabel: string;
  onMove: (index: number) => void;
  onSubmit: () => void;
  oneAtATime?: boolean;
  /** Whether the question on screen has an answer (one at a time, skipping it asks first). */
  currentAnswered?: boolean;
  /** A move on is on its way to the server. */
  moving?: boolean;
}) {
  const t = useT("client.quiz");
  const [confirming, setConfirming] = useState(false);
  const [confirmingSkip, setConfirmingSkip] = useState<number | null>(null);
  const next = () => {
    if (oneAtATime && !currentAnswered) setConfirmingSkip(index);
    else onMove(index + 1);
  };
  const isLast = index >= total - 1;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {oneAtATime ? null : (
        <Button variant="secondary" onClick={() => onMove(index - 1)} disabled={index === 0}>
          {t("previous")}
        </Button>
      )}
      {isLast ? null : confirmingSkip === index ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted" role="status">
            {t("skipAsk")}
          </span>
          <Button variant="secondary" onClick={() => setConfirmingSkip(null)}>
            {t("stay")}
          </Button>
          <Button onClick={() => onMove(index + 1)} disabled={moving}>
            {moving ? t("movingOn") : t("skip")}
          </Button>
        </div>
      ) : (
        <Button onClick={next} disabled={moving}>
          {moving ? t("movingOn") : t("next")}
        </Button>
      )}
      <div className="ml-auto">
        {confirming && unanswered > 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm text-muted" role="status">
              {t("unansweredAsk", { n: unanswered })}
            </span>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t("keepGoing")}
            </Button>
            <Button onClick={onSubmit} disabled={submitting}>
              {submitting ? pendingLabel : t("submitAnyway")}
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
