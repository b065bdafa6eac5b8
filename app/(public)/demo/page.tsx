import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titled } from "@/lib/i18n/metadata";
import { DemoQuiz } from "@/components/demo/demo-quiz";
import { Alert } from "@/components/ui/alert";
import { getDemoQuiz } from "@/lib/demo/queries";

export const generateMetadata = titled("demo.metaTitle");
// The bank can change (a teacher retires a question): read it per request, not at build time.
export const dynamic = "force-dynamic";

export default async function DemoPage() {
  const [quiz, t] = await Promise.all([getDemoQuiz(), getTranslations("demo")]);
  if (!quiz || quiz.questions.length === 0) {
    return (
      <Alert tone="info">
        {t.rich("notReady", {
          link: (chunks) => (
            <Link href="/articles" className="font-medium underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </Alert>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Alert tone="info">
        {t.rich("intro", {
          n: quiz.questions.length,
          article: (chunks) => (
            <Link href={`/articles/${quiz.articleSlug}`} className="font-medium underline underline-offset-2">
              {chunks}
            </Link>
          ),
          strong: (chunks) => <strong>{chunks}</strong>,
          signup: (chunks) => (
            <Link href="/sign-up" className="font-medium underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </Alert>
      <DemoQuiz questions={quiz.questions} articleTitle={quiz.articleTitle} />
    </div>
  );
}
