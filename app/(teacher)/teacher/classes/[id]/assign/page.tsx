import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Card } from "@/components/ui/card";
import { assignTarget, getAssignmentFormContext } from "@/lib/assignments/queries";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { titled } from "@/lib/i18n/metadata";
import { zoneLabel } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = titled("teacherClasses.assignTitle");

export default async function AssignPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireRolePage("teacher", "/teacher");
  const { id } = await params;
  const ctx = await getAssignmentFormContext(id, teacher.id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("teacherClasses");
  const now = new Date();
  const usable = ctx.sets.filter((s) => s.approvedCount > 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/classes/${ctx.class.id}`}>{ctx.class.name}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("assignTitle")}</h1>
        <p className="mt-1 text-muted">{t("assignTo", { name: ctx.class.name, zone: zoneLabel(ctx.class.timeZone) })}</p>
      </div>
      <Card>
        {usable.length === 0 ? (
          <div className="space-y-2">
            <p className="font-medium">{t("noSets")}</p>
            <p className="text-muted">
              {t.rich("noSetsText", {
                link: (chunks) => (
                  <Link href="/teacher" className="text-brand-700 underline underline-offset-2">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        ) : (
          <AssignmentForm classes={[assignTarget(ctx.class, now)]} sets={usable} />
        )}
      </Card>
    </div>
  );
}
