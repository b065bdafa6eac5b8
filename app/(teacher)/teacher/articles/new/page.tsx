import type { Metadata } from "next";
import { NewArticleForm } from "@/components/teacher/new-article-form";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireRolePage("teacher", "/teacher");
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
        <NewArticleForm />
      </Card>
    </div>
  );
}
