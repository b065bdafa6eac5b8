import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { homePath } from "@/lib/navigation";
import { SIGN_IN_NOTICES, signInNoticeSchema } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const { callbackUrl, notice } = await searchParams;
  const user = await currentUser();
  if (user) redirect(safeCallbackUrl(callbackUrl, homePath(user.role)));
  // Where a visitor was going (a class's join link): creating an account instead keeps it.
  const next = safeCallbackUrl(callbackUrl, "");
  // Only the site's own words: an unknown notice shows nothing.
  const said = signInNoticeSchema.safeParse(notice);
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        New here?{" "}
        <Link href={next ? `/sign-up?callbackUrl=${encodeURIComponent(next)}` : "/sign-up"} className="font-medium text-brand-700 underline underline-offset-2">
          Create an account
        </Link>
      </p>
      {said.success ? (
        <Alert tone="success" className="mb-6">
          {SIGN_IN_NOTICES[said.data]}
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </Card>
  );
}
