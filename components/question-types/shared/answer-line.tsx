"use client";
import type { ReactNode } from "react";
import { useT } from "@/components/i18n/client-messages";

// A client component for its words only: the bank's cards are server components, and the
// reviewer's words are in the teacher section's client messages (teacherClient.review).

/** "Answer: …" on a reviewer's card, with any note (tolerance, `also`: other accepted answers). */
export function AnswerLine({ text, note, also }: { text: string; note?: ReactNode; also?: readonly string[] }) {
  const t = useT("teacherClient.review");
  if (also?.length) note = t("also", { answers: also.join(", ") });
  return (
    <p className="text-sm">
      <span className="text-muted">{t("answer")}</span>
      <span className="font-medium">{text}</span>
      {note ? <span className="text-muted"> {note}</span> : null}
    </p>
  );
}

/** The options as listed on a reviewer's card. */
export function OptionList({ options }: { options: readonly string[] }) {
  return (
    <ul className="list-disc pl-5 text-sm text-slate-700">
      {options.map((o) => (
        <li key={o}>{o}</li>
      ))}
    </ul>
  );
}
