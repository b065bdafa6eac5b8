import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { SourceRef } from "@/lib/generation/types";
import { findingMessage } from "@/lib/questions/flag-messages";
import { getLocale, getTranslations } from "next-intl/server";

type Issue = { id: string; kind: string; message: string; sources: SourceRef[] };

/** The article's consistency findings, each with the sentences involved (links highlight them in the article). */
export async function IssueList({ slug, issues }: { slug: string; issues: Issue[] }) {
  const [t, findings, locale] = await Promise.all([getTranslations("teacherBank"), getTranslations("teacherBankFindings"), getLocale()]);
  if (issues.length === 0) return <p className="text-muted">{t("noFindings")}</p>;
  return (
    <ul className="space-y-3">
      {issues.map((issue) => (
        <li key={issue.id}>
          <Alert tone="warning">
            <p className="font-medium">{findingMessage(issue, findings, locale)}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {issue.sources.map((s) => (
                <li key={s.start}>
                  <Link href={`/teacher/articles/${slug}?s=${s.start}-${s.end}#source`} className="underline underline-offset-2">
                    “{s.sentence}”
                  </Link>
                </li>
              ))}
            </ul>
          </Alert>
        </li>
      ))}
    </ul>
  );
}
