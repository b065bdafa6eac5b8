import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { startPracticeAction } from "@/lib/attempts/actions";
import { buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

/** `title` names the article to screen readers where several practice buttons share a page (the dashboard). */
export async function PracticeButton({ slug, signedIn, title }: { slug: string; signedIn: boolean; title?: string }) {
  const t = await getTranslations("practice");
  if (!signedIn) {
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`} className={buttonClasses("primary")}>
        {t("signIn")}
      </Link>
    );
  }
  return (
    <form action={startPracticeAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pendingLabel="Starting…">
        {t("practise")}
        {title ? <span className="sr-only">: {title}</span> : null}
      </SubmitButton>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="feedback" value="immediate" className="h-4 w-4 accent-brand-600" />
        {t("feedback")}
        {title ? <span className="sr-only"> ({title})</span> : null}
      </label>
    </form>
  );
}
