import Link from "next/link";
import { startPracticeAction } from "@/lib/attempts/actions";
import { buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

/** `title` names the article to screen readers where several practice buttons share a page (the dashboard). */
export function PracticeButton({ slug, signedIn, title }: { slug: string; signedIn: boolean; title?: string }) {
  if (!signedIn) {
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`} className={buttonClasses("primary")}>
        Sign in to practise
      </Link>
    );
  }
  return (
    <form action={startPracticeAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pendingLabel="Starting…">
        Practise this article{title ? <span className="sr-only">: {title}</span> : null}
      </SubmitButton>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="feedback" value="immediate" className="h-4 w-4 accent-brand-600" />
        Feedback after each question{title ? <span className="sr-only"> ({title})</span> : null}
      </label>
    </form>
  );
}
