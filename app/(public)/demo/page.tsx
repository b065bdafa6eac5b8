import type { Metadata } from "next";
import Link from "next/link";
import { DemoQuiz } from "@/components/demo/demo-quiz";
import { Alert } from "@/components/ui/alert";
import { getDemoQuiz } from "@/lib/demo/queries";

export const metadata: Metadata = { title: "Demo quiz" };
// The bank can change (a teacher retires a question): read it per request, not at build time.
export const dynamic = "force-dynamic";

export default async function DemoPage() {
  const quiz = await getDemoQuiz();
  if (!quiz || quiz.questions.length === 0) {
    return (
      <Alert tone="info">
        The demo quiz isn&apos;t ready on this installation yet. You can still{" "}
        <Link href="/articles" className="font-medium underline underline-offset-2">
          browse the articles
        </Link>
        .
      </Alert>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Alert tone="info">
        Try {quiz.questions.length} questions on{" "}
        <Link href={`/articles/${quiz.articleSlug}`} className="font-medium underline underline-offset-2">
          the article
        </Link>{" "}
        without an account. Your answers are checked when you finish but <strong>not saved</strong> —{" "}
        <Link href="/sign-up" className="font-medium underline underline-offset-2">
          sign up
        </Link>{" "}
        to keep your results.
      </Alert>
      <DemoQuiz questions={quiz.questions} articleTitle={quiz.articleTitle} />
    </div>
  );
}
