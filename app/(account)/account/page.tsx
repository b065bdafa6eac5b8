import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { titled } from "@/lib/i18n/metadata";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { requireRolePage } from "@/lib/auth/session";

export const generateMetadata = titled("account.metaTitle");

export default async function AccountPage() {
  const user = await requireRolePage("student", "/account");
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      <Card>
        <h2 className="text-lg font-semibold">{t("details")}</h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-muted">{t("name")}</dt>
          <dd className="break-words" data-testid="account-name">
            {user.name}
          </dd>
          <dt className="font-medium text-muted">{t("email")}</dt>
          <dd className="break-all" data-testid="account-email">
            {user.email}
          </dd>
          <dt className="font-medium text-muted">{t("role")}</dt>
          <dd data-testid="account-role">
            <Badge tone="brand">{t(`roles.${user.role}`)}</Badge>
          </dd>
        </dl>
      </Card>

      <Card>
        <h2 id="account-language" className="text-lg font-semibold">
          {t("language")}
        </h2>
        <p className="mt-1 mb-4 text-sm text-muted">{t("languageText")}</p>
        <LanguageSwitch id="account-language-label" />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("changePassword")}</h2>
        <p className="mt-1 mb-5 text-sm text-muted">{t("changeText")}</p>
        <ChangePasswordForm />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("everywhere")}</h2>
        <p className="mt-1 mb-5 text-sm text-muted">{t("everywhereText")}</p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="secondary" pendingLabel={t("signingOut")}>
            {t("everywhere")}
          </SubmitButton>
        </form>
      </Card>
    </div>
  );
}
