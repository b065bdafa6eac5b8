import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/** Shown on a set just made by an import (?imported=N). */
export async function ImportedNotice({ count }: { count: string }) {
  const n = /^\d{1,4}$/.test(count) ? Number(count) : null;
  if (n === null) return null;
  const t = await getTranslations("teacherInterchange");
  return <Alert tone="success">{t("imported", { n })}</Alert>;
}
