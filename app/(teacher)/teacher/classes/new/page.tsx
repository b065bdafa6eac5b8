import { getTranslations } from "next-intl/server";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { Card } from "@/components/ui/card";
import { requireRolePage } from "@/lib/auth/session";
import { listTimeZones } from "@/lib/time/zones";
import { BackLink } from "@/components/ui/back-link";

import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("teacherClasses.newTitle");

export default async function NewClassPage() {
  await requireRolePage("teacher", "/teacher");
  const t = await getTranslations("teacherClasses");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <BackLink href="/teacher/classes">{t("listTitle")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("newTitle")}</h1>
        <p className="mt-1 text-muted">{t("newIntro")}</p>
      </div>
      <Card>
        <CreateClassForm timeZones={listTimeZones()} />
      </Card>
    </div>
  );
}
