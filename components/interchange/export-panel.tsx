import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FORMAT_LABELS, INTERCHANGE_FORMATS, plural, type ExportResult, type InterchangeFormat } from "@/lib/interchange/types";

type Props = {
  /** "/teacher/sets/<id>" or "/teacher/articles/<slug>": the downloads and worksheet live under it. */
  base: string;
  total: number;
  exports: Record<InterchangeFormat, Pick<ExportResult, "exported" | "summary">>;
  /** What is exported ("this set", "this bank's approved questions"). */
  what: string;
};

/** Export menu: each format's download with what it can't express, and the printable worksheet. */
export function ExportPanel({ base, total, exports, what }: Props) {
  return (
    <Card className="p-4 sm:p-5" data-testid="export-panel">
      <details className="group">
        <summary className="cursor-pointer list-none rounded-lg font-semibold focus-visible:outline-3 [&::-webkit-details-marker]:hidden">
          <span aria-hidden className="mr-1 inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          Export or print {what}
        </summary>
        {total === 0 ? (
          <p className="mt-3 text-sm text-muted">No questions to export yet.</p>
        ) : (
          <div className="mt-4 space-y-4">
            <ul className="space-y-3">
              {INTERCHANGE_FORMATS.map((f) => (
                <li key={f} className="space-y-1">
                  {exports[f].exported === 0 ? (
                    <span className="font-medium text-muted">{FORMAT_LABELS[f]}: nothing this format can hold</span>
                  ) : (
                    <a href={`${base}/export/${f}`} download className="font-medium text-brand-700 underline underline-offset-2" data-testid={`export-${f}`}>
                      Download {FORMAT_LABELS[f]}
                      {exports[f].exported < total ? ` (${exports[f].exported} of ${total})` : ` (${plural(total, "question")})`}
                    </a>
                  )}
                  <ul className="list-disc space-y-0.5 pl-5 text-sm text-muted">
                    {exports[f].summary.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-2 border-t border-line pt-4">
              <a href={`${base}/worksheet`} className={buttonClasses("secondary")} data-testid="worksheet-link">
                Printable worksheet
              </a>
              <a href={`${base}/worksheet?key=1`} className={buttonClasses("secondary")}>
                Worksheet with answer key
              </a>
            </div>
          </div>
        )}
      </details>
    </Card>
  );
}
