import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { homePath } from "@/lib/navigation";
import { titled } from "@/lib/i18n/metadata";
import { signInNoticeSchema } from "@/lib/validation/account";

export const generateMetadata = titled("signIn.metaTitle");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const { callbackUrl, notice } = await searchParams;
  const [user, t] = await Promise.all([currentUser(), getTranslations("signIn")]);
  if (user) redirect(safeCallbackUrl(callbackUrl, homePath(user.role)));
  // Where a visitor was going (a class's join link): creating an account instead keeps it.
  const next = safeCallbackUrl(callbackUrl, "");
  // Only the site's own words: an unknown notice shows nothing.
  const said = signInNoticeSchema.safeParse(notice);
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        {t("newHere")}{" "}
        <Link href={next ? `/sign-up?callbackUrl=${encodeURIComponent(next)}` : "/sign-up"} className="font-medium text-brand-700 underline underline-offset-2">
          {t("create")}
        </Link>
      </p>
      {said.success ? (
        <Alert tone="success" className="mb-6">
          {t(`notices.${said.data}`)}
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </Card>
  );
}
