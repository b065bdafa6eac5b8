import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { BRACES } from "@/lib/interchange/said";
import { INTERCHANGE_FORMATS, type ExportResult, type InterchangeFormat } from "@/lib/interchange/types";

type Props = {
  /** "/teacher/sets/<id>" or "/teacher/articles/<slug>": the downloads and worksheet live under it. */
  base: string;
  total: number;
  exports: Record<InterchangeFormat, Pick<ExportResult, "exported" | "said">>;
  /** What is exported: this set, or an article bank's approved questions. */
  what: "thisSet" | "approved";
};

/** Export menu: each format's download with what it can't express, and the printable worksheet. */
export async function ExportPanel({ base, total, exports, what }: Props) {
  const [t, tc] = await Promise.all([getTranslations("teacherInterchange"), getTranslations("teacherClient.interchange.said")]);
  return (
    <Card className="p-4 sm:p-5" data-testid="export-panel">
      <details className="group">
        <summary className="cursor-pointer list-none rounded-lg font-semibold focus-visible:outline-3 [&::-webkit-details-marker]:hidden">
          <span aria-hidden className="mr-1 inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {t("exportOrPrint", { what: t(what) })}
        </summary>
        {total === 0 ? (
          <p className="mt-3 text-sm text-muted">{t("nothingToExport")}</p>
        ) : (
          <div className="mt-4 space-y-4">
            <ul className="space-y-3">
              {INTERCHANGE_FORMATS.map((f) => (
                <li key={f} className="space-y-1">
                  {exports[f].exported === 0 ? (
                    <span className="font-medium text-muted">{t("nothingFits", { format: t(`formats.${f}`) })}</span>
                  ) : (
                    <a href={`${base}/export/${f}`} download className="font-medium text-brand-700 underline underline-offset-2" data-testid={`export-${f}`}>
                      {t("download", { format: t(`formats.${f}`) })}
                      {exports[f].exported < total ? t("someOf", { n: exports[f].exported, total }) : t("allOf", { total })}
                    </a>
                  )}
                  <ul className="list-disc space-y-0.5 pl-5 text-sm text-muted">
                    {exports[f].said.map((s, i) => (
                      <li key={i}>{tc(s.code, { ...BRACES, ...s.values }) + (s.times ? tc("timesSuffix", { count: s.times }) : "")}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-2 border-t border-line pt-4">
              <a href={`${base}/worksheet`} className={buttonClasses("secondary")} data-testid="worksheet-link">
                {t("worksheet")}
              </a>
              <a href={`${base}/worksheet?key=1`} className={buttonClasses("secondary")}>
                {t("worksheetKey")}
              </a>
            </div>
          </div>
        )}
      </details>
    </Card>
  );
}
