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
import { getLocale, getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";
import { flagMessage } from "@/lib/questions/flag-messages";

export const generateMetadata = titled("teacherQuestionPage.metaEdit");

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
  const [t, bank, flags, locale] = await Promise.all([getTranslations("teacherQuestionPage"), getTranslations("teacherBank"), getTranslations("teacherFlags"), getLocale()]);
  const status = bank.has(`statuses.${data.status}`) ? bank(`statuses.${data.status}` as "statuses.draft") : data.status;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/articles/${slug}#question-${question.id}`}>{data.articleTitle}</BackLink>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{data.makesCopy ? t("headingCopy") : t("headingEdit")}</h1>
        {data.makesCopy ? null : (
          <p className="mt-1 text-sm text-muted">{t("version", { version: data.version, status, next: data.version + 1 })}</p>
        )}
      </div>
      {data.makesCopy ? (
        <Alert tone="info">
          <p className="font-medium">{t("copyTitle")}</p>
          <p className="mt-1">{t("copyBody")}</p>
        </Alert>
      ) : null}
      {needsReview({ status: data.status, origin: data.origin }, question) ? (
        <Alert tone="warning">
          <p className="font-medium">{t("heldTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {reviewFlags(question).map((f) => (
              <li key={`${f.code}:${f.message}`}>{flagMessage(f, flags, locale)}</li>
            ))}
          </ul>
          <p className="mt-1">{data.makesCopy ? t("heldCopy") : t("heldOwn")}</p>
        </Alert>
      ) : null}
      <Card className="space-y-2">
        <h2 className="text-sm font-medium text-muted">{t("sourceSentence")}</h2>
        <blockquote className="border-l-4 border-brand-200 pl-3 text-slate-700">{question.source.sentence}</blockquote>
      </Card>
      <Card>
        <QuestionEditor mode={{ kind: "edit", questionId: question.id, version: data.version, draft: questionToDraft(question), makesCopy: data.makesCopy }} />
      </Card>
    </div>
  );
}
