import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/interchange/import-form";
import { BackLink } from "@/components/ui/back-link";
import { requireRolePage } from "@/lib/auth/session";
import { linkableArticles } from "@/lib/interchange/server";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherInterchange.importMetaTitle");

export default async function ImportPage() {
  const user = await requireRolePage("teacher", "/teacher");
  const [articles, t] = await Promise.all([linkableArticles(user), getTranslations("teacherInterchange")]);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher/sets">{t("sets")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("importTitle")}</h1>
        <p className="mt-1 text-muted">{t("importIntro")}</p>
      </div>
      <ImportForm articles={articles} />
    </div>
  );
}
