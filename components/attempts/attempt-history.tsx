import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { intlLocale } from "@/lib/i18n/format";
import { formatScore } from "@/lib/attempts/format-score";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";

type Row = {
  id: string;
  score: number | null;
  maxScore: number | null;
  submittedAt: Date | null;
  article: { title: string } | null;
  assignment?: { set: { title: string } } | null;
};

export async function AttemptHistory({ attempts }: { attempts: Row[] }) {
  const [t, locale] = await Promise.all([getTranslations("history"), getLocale()]);
  const dateFormat = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  if (attempts.length === 0) {
    return (
      <Card>
        <p className="text-muted">{t("empty")}</p>
      </Card>
    );
  }
  return (
    // A table from `sm` up, one card per attempt below it (components/ui/responsive-table.tsx).
    <Card className="relative p-0 sm:overflow-x-auto sm:p-0">
      <CardTable className="w-full text-left text-sm max-sm:p-3">
        <caption className="sr-only">{t("caption")}</caption>
        <CardTableHead className="border-b border-line bg-slate-50 text-muted">
          <CardRow>
            <ColumnHeader className="px-4 py-3 font-medium">{t("quiz")}</ColumnHeader>
            <ColumnHeader className="px-4 py-3 font-medium">{t("finished")}</ColumnHeader>
            <ColumnHeader className="px-4 py-3 font-medium">{t("score")}</ColumnHeader>
            <ColumnHeader className="px-4 py-3 font-medium">
              <span className="sr-only">{t("review")}</span>
            </ColumnHeader>
          </CardRow>
        </CardTableHead>
        <CardTableBody>
          {attempts.map((a) => (
            <CardRow key={a.id} className="border-b border-line last:border-0">
              <RowHeader className="px-4 py-3 font-normal">{a.assignment?.set.title ?? a.article?.title ?? t("quiz")}</RowHeader>
              <Cell label={t("finished")} className="px-4 py-3 whitespace-nowrap">
                {a.submittedAt ? dateFormat.format(a.submittedAt) : "—"}
              </Cell>
              <Cell label={t("score")} className="px-4 py-3 whitespace-nowrap font-medium">
                {formatScore(a.score)} / {a.maxScore ?? 0}
              </Cell>
              <Cell actions className="px-4 py-3">
                <Link href={`/attempts/${a.id}/result`} className="font-medium text-brand-700 underline underline-offset-2">
                  {t("review")}
                  <span className="sr-only">{t("reviewLabel", { title: a.assignment?.set.title ?? a.article?.title ?? t("quiz"), when: a.submittedAt ? dateFormat.format(a.submittedAt) : "" })}</span>
                </Link>
              </Cell>
            </CardRow>
          ))}
        </CardTableBody>
      </CardTable>
    </Card>
  );
}

export { formatScore };
