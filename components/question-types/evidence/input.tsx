"use client";
import { useT } from "@/components/i18n/client-messages";
import { SingleChoiceInput } from "../shared/choice-inputs";
import type { InputProps } from "../types";

/** The passage as a radio group of its sentences, in reading order (arrow keys move between them). */
export function EvidenceQuestionInput({ question, id, labelId, answer, onAnswer, disabled }: InputProps) {
  const hintId = `${id}-hint`;
  const t = useT("client.inputs");
  return (
    <div className="space-y-2" data-testid="evidence-passage">
      <p id={hintId} className="text-sm text-muted">
        {t("evidenceHint")}
      </p>
      <SingleChoiceInput disabled={disabled} labelId={labelId} describedBy={hintId} options={question.passage ?? []} value={answer?.sentence as number | undefined} onChange={(sentence) => onAnswer({ sentence })} />
    </div>
  );
}
