import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { assignTarget, listTeacherSets } from "@/lib/assignments/queries";
import { requireRolePage } from "@/lib/auth/session";
import { listTeacherClasses } from "@/lib/classes/queries";
import { titled } from "@/lib/i18n/metadata";
import { zoneLabel } from "@/lib/time/zones";

export const generateMetadata = titled("teacherSets.assignMetaTitle");

/** "Assign this set" from the set's page: the same form and checks as from a class, with a class to pick. */
export default async function AssignSetPage({ params }: { params: Promise<{ id: string }> }) {
  const teacher = await requireRolePage("teacher", "/teacher");
  const { id } = await params;
  const [sets, classes, t] = await Promise.all([listTeacherSets(teacher.id), listTeacherClasses(teacher.id), getTranslations("teacherSets")]);
  const set = sets.find((s) => s.id === id);
  if (!set) notFound();
  const now = new Date();
  const usable = sets.filter((s) => s.approvedCount > 0);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href={`/teacher/sets/${set.id}`}>{set.title}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words">{t("assignTitle", { title: set.title })}</h1>
        <p className="mt-1 text-muted">
          {classes.length === 1
            ? t("assignTo", { name: classes[0]!.name, zone: zoneLabel(classes[0]!.timeZone) })
            : t("chooseClass")}
        </p>
      </div>
      <Card>
        {set.approvedCount === 0 ? (
          <p className="text-muted">{t("noApproved")}</p>
        ) : classes.length === 0 ? (
          <div className="space-y-2">
            <p className="font-medium">{t("noClasses")}</p>
            <p className="text-muted">
              {t.rich("noClassesText", {
                link: (chunks) => (
                  <Link href="/teacher/classes/new" className="text-brand-700 underline underline-offset-2">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        ) : (
          <AssignmentForm classes={classes.map((c) => assignTarget(c, now))} sets={usable} setId={set.id} />
        )}
      </Card>
    </div>
  );
}
