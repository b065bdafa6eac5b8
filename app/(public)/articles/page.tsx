import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listArticles } from "@/lib/articles/queries";

export const generateMetadata = titled("articles.metaTitle");
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const [articles, t] = await Promise.all([listArticles(), getTranslations("articles")]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      {articles.length === 0 ? (
        <Card>
          <p className="text-muted">{t("none")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4">
          {articles.map((a) => (
            <li key={a.id}>
              <Card className="space-y-2 transition-shadow hover:shadow-md">
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/articles/${a.slug}`} className="hover:underline">
                    {a.title}
                  </Link>
                </h2>
                <p className="text-sm text-muted">
                  {[a.source, a.published, t("words", { count: a.wordCount })].filter(Boolean).join(" · ")}
                </p>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="warning">{t("facts", { count: a.factCount })}</Badge>
                  <Badge tone="brand">{t("questions", { count: a.questionCount })}</Badge>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
