import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { formatJoinCode } from "@/lib/classes/join-code";
import { listTeacherClasses } from "@/lib/classes/queries";
import { titled } from "@/lib/i18n/metadata";
import { zoneLabel } from "@/lib/time/zones";

export const generateMetadata = titled("teacherClasses.listTitle");

export default async function ClassesPage() {
  const teacher = await requireRolePage("teacher", "/teacher");
  const [classes, t] = await Promise.all([listTeacherClasses(teacher.id), getTranslations("teacherClasses")]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">{t("listTitle")}</h1>
          <p className="mt-1 text-muted">{t("listIntro")}</p>
        </div>
        <Link href="/teacher/classes/new" className={buttonClasses("primary")}>
          {t("newClass")}
        </Link>
      </div>
      {classes.length === 0 ? (
        <Card className="space-y-2">
          <p className="font-medium">{t("noClasses")}</p>
          <p className="text-muted">{t("noClassesText")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Card className="h-full space-y-3">
                <h2 className="text-lg font-semibold leading-snug">
                  <Link href={`/teacher/classes/${c.id}`} className="hover:underline">
                    {c.name}
                  </Link>
                </h2>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="brand">{t("students", { count: c.studentCount })}</Badge>
                  <Badge>{t("assignments", { count: c.assignmentCount })}</Badge>
                </div>
                <p className="text-sm text-muted">
                  {t.rich("joinCodeLine", {
                    code: () => <span className="font-mono font-semibold text-ink">{formatJoinCode(c.joinCode)}</span>,
                    zone: zoneLabel(c.timeZone),
                  })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
