import { NewArticleForm } from "@/components/teacher/new-article-form";
import { Card } from "@/components/ui/card";
import { getFailedJobInput } from "@/lib/articles/jobs";
import { requireRolePage } from "@/lib/auth/session";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherArticleNew.metaTitle");

type Props = { searchParams: Promise<{ from?: string }> };

export default async function NewArticlePage({ searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher/articles/new");
  const { from } = await searchParams;
  // "Edit the text and try again" from a paste that failed: the form starts with what was pasted.
  const t = await getTranslations("teacherArticleNew");
  const retry = typeof from === "string" && /^[\w-]{1,40}$/.test(from) ? await getFailedJobInput(from, user) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href="/teacher">{t("back")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <Card>
        <NewArticleForm retry={retry && from ? { from, ...retry } : undefined} />
      </Card>
    </div>
  );
}
