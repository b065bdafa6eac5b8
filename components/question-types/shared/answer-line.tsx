import type { ReactNode } from "react";

/** "Answer: …" on a reviewer's card, with any note (tolerance, other accepted answers). */
export function AnswerLine({ text, note }: { text: string; note?: ReactNode }) {
  return (
    <p className="text-sm">
      <span className="text-muted">Answer: </span>
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
