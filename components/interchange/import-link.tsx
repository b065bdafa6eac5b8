import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/** "Import questions" on the sets list. */
export async function ImportLink() {
  const t = await getTranslations("teacherInterchange");
  return (
    <Link href="/teacher/sets/import" className={`${buttonClasses("secondary", "sm")} mt-3`} data-testid="import-link">
      {t("importLink")}
    </Link>
  );
}
