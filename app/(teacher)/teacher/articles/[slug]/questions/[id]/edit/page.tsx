import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/teacher/question-editor";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { questionToDraft } from "@/lib/questions/draft";
import { needsReview, reviewFlags } from "@/lib/questions/review";
import { Alert } from "@/components/ui/alert";
import { getQuestionForEdit } from "@/lib/questions/queries";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ slug: string; id: string }> };

export default async function EditQuestionPage({ params }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const { slug, id } = await params;
  const data = await getQuestionForEdit(id, user).catch((error: unknown) => {
    // Someone else's question (or a shared read-only one) looks the same as a missing one.
    if (error instanceof AppError) notFound();
    throw error;
  });
  if (data.slug !== slug) notFound();
  const { question } = data;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/articles/${slug}#question-${question.id}`}>{data.articleTitle}</BackLink>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{data.makesCopy ? "Edit a copy" : "Edit question"}</h1>
        {data.makesCopy ? null : (
          <p className="mt-1 text-sm text-muted">
            Version {data.version} · {data.status}. Saving makes version {data.version + 1}; answers already given stay graded by the version they answered.
          </p>
        )}
      </div>
      {data.makesCopy ? (
        <Alert tone="info">
          <p className="font-medium">Editing makes your own copy.</p>
          <p className="mt-1">
            This question isn&apos;t yours: other teachers&apos; sets and assignments may use it, so it stays as it is. Saving adds your edited copy to this article&apos;s bank as a draft of yours, to approve and put in your sets.
          </p>
        </Alert>
      ) : null}
      {needsReview({ status: data.status, origin: data.origin }, question) ? (
        <Alert tone="warning">
          <p className="font-medium">Factdeck held this question back:</p>
          <ul className="mt-1 list-disc pl-5">
            {reviewFlags(question).map((f) => (
              <li key={`${f.code}:${f.message}`}>{f.message}</li>
            ))}
          </ul>
          <p className="mt-1">
            {data.makesCopy ? "Your copy won't carry these reasons; it stays a draft until you approve it." : "Once you save your edit the question is yours: these reasons go, and it stays a draft until you approve it."}
          </p>
        </Alert>
      ) : null}
      <Card className="space-y-2">
        <h2 className="text-sm font-medium text-muted">Source sentence</h2>
        <blockquote className="border-l-4 border-brand-200 pl-3 text-slate-700">{question.source.sentence}</blockquote>
      </Card>
      <Card>
        <QuestionEditor mode={{ kind: "edit", questionId: question.id, version: data.version, draft: questionToDraft(question), makesCopy: data.makesCopy }} />
      </Card>
    </div>
  );
}
