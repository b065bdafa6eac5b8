import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { getAttemptForTaking } from "@/lib/attempts/queries";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("student", "/dashboard");
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
      serverNow={attempt.serverNow}
      feedbackMode={attempt.feedbackMode}
      questions={attempt.questions}
      saved={attempt.saved}
      checked={attempt.checked}
    />
  );
}
