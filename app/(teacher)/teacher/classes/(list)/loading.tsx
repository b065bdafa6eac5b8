// Only the class list streams a skeleton: a loading.tsx above /teacher/classes/[id] would send
// the 200 status before that page could answer 404 for another teacher's class.
import { getTranslations } from "next-intl/server";

export default async function ClassesLoading() {
  const t = await getTranslations("teacherClasses");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden className="h-9 w-56 animate-pulse rounded-lg bg-slate-200" />
      <div aria-hidden className="h-32 animate-pulse rounded-2xl bg-slate-100" />
      <div aria-hidden className="h-32 animate-pulse rounded-2xl bg-slate-100" />
    </div>
  );
}
