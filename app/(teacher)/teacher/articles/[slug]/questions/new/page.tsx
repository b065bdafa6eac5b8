import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/teacher/question-editor";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getArticleSentences } from "@/lib/questions/queries";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Write a question" };

type Props = { params: Promise<{ slug: string }> };

export default async function NewQuestionPage({ params }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const { slug } = await params;
  const article = await getArticleSentences(slug, user).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/articles/${slug}#questions`}>{article.title}</BackLink>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">Write a question</h1>
        <p className="mt-1 text-sm text-muted">Tie it to the sentence it asks about. It starts as a draft in this article’s bank.</p>
      </div>
      <Card>
        {article.sentences.length === 0 ? (
          <p className="text-muted">This article has no sentences Factdeck can quote, so a question can’t point back to one.</p>
        ) : (
          <QuestionEditor mode={{ kind: "create", slug: article.slug, sentences: article.sentences }} />
        )}
      </Card>
    </div>
  );
}
