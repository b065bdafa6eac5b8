import type { Metadata } from "next";
import { NewArticleForm } from "@/components/teacher/new-article-form";
import { Card } from "@/components/ui/card";
import { getFailedJobInput } from "@/lib/articles/jobs";
import { requireRolePage } from "@/lib/auth/session";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New article" };

type Props = { searchParams: Promise<{ from?: string }> };

export default async function NewArticlePage({ searchParams }: Props) {
  const user = await requireRolePage("teacher", "/teacher/articles/new");
  const { from } = await searchParams;
  // "Edit the text and try again" from a paste that failed: the form starts with what was pasted.
  const retry = typeof from === "string" && /^[\w-]{1,40}$/.test(from) ? await getFailedJobInput(from, user) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href="/teacher">Question banks</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">Add an article</h1>
        <p className="mt-1 text-muted">
          Its questions start as drafts that only you see. Once you approve some, the article joins the library for everyone; only you can change its questions.
        </p>
      </div>
      <Card>
        <NewArticleForm retry={retry && from ? { from, ...retry } : undefined} />
      </Card>
    </div>
  );
}
