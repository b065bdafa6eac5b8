import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listArticles } from "@/lib/articles/queries";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const articles = await listArticles();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Articles</h1>
        <p className="mt-1 text-muted">Read an article with its facts highlighted, then practise on its questions.</p>
      </div>
      {articles.length === 0 ? (
        <Card>
          <p className="text-muted">No articles yet. Run the seed (npm start does it) to load the demo article.</p>
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
                  {[a.source, a.published].filter(Boolean).join(" · ")} · {a.wordCount} words
                </p>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="warning">{a.factCount} facts</Badge>
                  <Badge tone="brand">{a.questionCount} questions</Badge>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
