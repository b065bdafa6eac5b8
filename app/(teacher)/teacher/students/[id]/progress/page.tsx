import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProgressView } from "@/components/progress/progress-view";
import { closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getStudentProgressForTeacher } from "@/lib/progress/queries";
import { BackLink } from "@/components/ui/back-link";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherStudentProgress.metaTitle");
export const dynamic = "force-dynamic";

export default async function StudentProgressPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireRolePage("teacher", "/teacher");
  // Closing is the same whoever asks, and an id that is no student's closes nothing.
  await closeOverdueFor({ userId: id });
  // Only students in one of this teacher's classes; anyone else is "not found", revealing nothing.
  const progress = await getStudentProgressForTeacher(id, teacher.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("teacherStudentProgress");
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/leaderboard">{t("back")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("title", { name: progress.name })}</h1>
      </div>
      <ProgressView progress={progress} studentName={progress.name} emptyHint={<>{t("empty", { name: progress.name })}</>} />
    </div>
  );
}
