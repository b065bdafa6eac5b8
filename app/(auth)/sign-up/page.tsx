import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("signUp.metaTitle");

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // Where the visitor was going (a class's join link), kept through signing up and signing in.
  const next = safeCallbackUrl((await searchParams).callbackUrl, "");
  if (await currentUser()) redirect(next || "/dashboard");
  const t = await getTranslations("signUp");
  return (
    <Card>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        {t("haveOne")}{" "}
        <Link href={next ? `/sign-in?callbackUrl=${encodeURIComponent(next)}` : "/sign-in"} className="font-medium text-brand-700 underline underline-offset-2">
          {t("signIn")}
        </Link>
      </p>
      <SignUpForm callbackUrl={next || undefined} />
    </Card>
  );
}
