import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { teacherRequestStatus } from "@/lib/auth/teacher-access";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherApproval.metaTitle");

/** Where a teacher sign-up without an invitation code lands instead of the teacher pages. */
export default async function TeacherApprovalPage() {
  const user = await requireRolePage("student", "/teacher-approval");
  if (user.role !== "student") redirect("/teacher");
  const status = await teacherRequestStatus(user.id);
  if (!status) redirect("/forbidden");
  const t = await getTranslations("teacherApproval");
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      {status === "pending" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("pendingTitle")}</h1>
          <p className="text-muted">{t("pendingBody")}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t("refusedTitle")}</h1>
          <p className="text-muted">{t("refusedBody")}</p>
        </>
      )}
      <Link href="/dashboard" className={buttonClasses("primary")}>
        {t("dashboard")}
      </Link>
    </Card>
  );
}
