import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Link href="/" className={buttonClasses("primary")}>
        {t("home")}
      </Link>
    </Card>
  );
}
