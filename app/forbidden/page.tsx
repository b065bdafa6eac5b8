import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("forbidden.metaTitle");

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ for?: string }> }) {
  const [forAdmins, t] = await Promise.all([searchParams.then((s) => s.for === "admin"), getTranslations("forbidden")]);
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-2xl font-semibold">{forAdmins ? t("admins") : t("teachers")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Link href="/dashboard" className={buttonClasses("primary")}>
        {t("back")}
      </Link>
    </Card>
  );
}
