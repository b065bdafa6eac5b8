import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/articles/article-body";
import { PracticeButton } from "@/components/articles/practice-button";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { getArticleForReading } from "@/lib/articles/queries";
import { factRanges } from "@/lib/articles/fact-span";
import { targetRange, type Range } from "@/lib/articles/highlight";
import { NotFoundError } from "@/lib/errors";
import { currentUser } from "@/lib/auth/session";
import { SEED_ARTICLE_SLUG } from "@/lib/seed/demo";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ s?: string }> };

async function load(slug: string) {
  try {
    return await getArticleForReading(slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await load(slug)).title };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { s } = await searchParams;
  const [article, user, t] = await Promise.all([load(slug), currentUser(), getTranslations("article")]);
  const { facts } = article;
  const ranges: Range[] = factRanges(facts);
  const target = targetRange(s);
  if (target) ranges.push(target);
  const counts: Record<string, number> = {};
  for (const f of facts) counts[f.kind] = (counts[f.kind] ?? 0) + 1;

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <p className="text-sm text-muted">{[article.source, article.published].filter(Boolean).join(" · ")}</p>
        <h1 className="text-3xl font-semibold leading-tight tracking-tight sm:text-4xl">{article.title}</h1>
        {article.byline ? <p className="text-sm text-muted">{t("by", { byline: article.byline })}</p> : null}
        <div className="flex flex-wrap items-center gap-2">
          {Object.entries(counts).map(([kind, n]) => (
            <Badge key={kind} tone="warning">
              {t("kindFacts", { count: n, kind: t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind })}
            </Badge>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <PracticeButton slug={article.slug} signedIn={Boolean(user)} />
          {!user && article.slug === SEED_ARTICLE_SLUG ? (
            <Link href="/demo" className={buttonClasses("secondary")}>
              {t("demo")}
            </Link>
          ) : null}
          <p className="text-sm text-muted">
            {t.rich("highlighted", { mark: (chunks) => <mark className="fact">{chunks}</mark> })}
          </p>
        </div>
      </header>
      <ArticleBody rawText={article.rawText} blocks={article.blocks} ranges={ranges} factLabels={new Map(facts.map((f) => [f.key, f.label]))} />
    </article>
  );
}
