import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { closeOverdueFor } from "@/lib/attempts/close";
import { getAttemptForTaking } from "@/lib/attempts/queries";
import { openingIndex } from "@/lib/attempts/resume";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("quiz.metaTitle");

export default async function AttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, { q }] = await Promise.all([params, searchParams]);
  const user = await requireRolePage("student", "/dashboard");
  // An attempt reopened after its deadline closes first (with the answers it had) and goes to its result.
  await closeOverdueFor({ userId: user.id });
  const attempt = await getAttemptForTaking(id, user.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (attempt.status !== "in_progress") redirect(`/attempts/${id}/result`);
  return (
    <QuizRunner
      attemptId={attempt.id}
      title={attempt.title}
      deadline={attempt.deadline}
      deadlineKind={attempt.deadlineKind}
      serverNow={attempt.serverNow}
      feedbackMode={attempt.feedbackMode}
      questions={attempt.questions}
      oneAtATime={attempt.oneAtATime}
      startAt={openingIndex(
        q,
        attempt.questions.map((question) => question.id),
        attempt.saved,
        attempt.oneAtATime ? attempt.currentIndex : null,
      )}
      saved={attempt.saved}
      checked={attempt.checked}
    />
  );
}
