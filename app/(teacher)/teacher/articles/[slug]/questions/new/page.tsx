import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/teacher/question-editor";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getArticleSentences } from "@/lib/questions/queries";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherQuestionPage.metaNew");

type Props = { params: Promise<{ slug: string }> };

export default async function NewQuestionPage({ params }: Props) {
  const user = await requireRolePage("teacher", "/teacher");
  const { slug } = await params;
  const article = await getArticleSentences(slug, user).catch((error: unknown) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const t = await getTranslations("teacherQuestionPage");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/articles/${slug}#questions`}>{article.title}</BackLink>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t("headingNew")}</h1>
        <p className="mt-1 text-sm text-muted">{t("newIntro")}</p>
      </div>
      <Card>
        {article.sentences.length === 0 ? (
          <p className="text-muted">{t("noSentences")}</p>
        ) : (
          <QuestionEditor mode={{ kind: "create", slug: article.slug, sentences: article.sentences }} />
        )}
      </Card>
    </div>
  );
}
