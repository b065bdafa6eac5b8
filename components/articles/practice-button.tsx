import Link from "next/link";
import { startPracticeAction } from "@/lib/attempts/actions";
import { buttonClasses } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

export function PracticeButton({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  if (!signedIn) {
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/articles/${slug}`)}`} className={buttonClasses("primary")}>
        Sign in to practise
      </Link>
    );
  }
  return (
    <form action={startPracticeAction}>
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pendingLabel="Starting…">Practise this article</SubmitButton>
    </form>
  );
}
