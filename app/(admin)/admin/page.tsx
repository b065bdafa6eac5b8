import { getLocale, getTranslations } from "next-intl/server";
import { AccountsSection } from "@/components/admin/accounts-section";
import { CreateInviteForm } from "@/components/admin/create-invite-form";
import { DecideRequestButtons, RevokeInviteButton } from "@/components/admin/admin-buttons";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { searchAccounts } from "@/lib/admin/accounts";
import { requireRolePage } from "@/lib/auth/session";
import { titled } from "@/lib/i18n/metadata";
import { listPendingTeacherRequests, listTeacherInvites, type InviteState } from "@/lib/auth/teacher-access";
import { accountSearchSchema } from "@/lib/validation/account";

export const generateMetadata = titled("adminPage.metaTitle");

// English dates as before ("3 Dec 2026"); Korean ones the Korean way ("2026. 12. 3.").
const dayFormat = (locale: string) => new Intl.DateTimeFormat(locale === "ko" ? "ko-KR" : "en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const STATE_KEY: Record<InviteState, string> = { active: "stateActive", "used up": "stateUsedUp", expired: "stateExpired", revoked: "stateRevoked" };
const STATE_TONE: Record<InviteState, "success" | "neutral" | "danger"> = { active: "success", "used up": "neutral", expired: "neutral", revoked: "danger" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const admin = await requireRolePage("admin", "/admin");
  const { q } = await searchParams;
  const search = accountSearchSchema.safeParse({ q: Array.isArray(q) ? q[0] : q });
  const query = search.success ? search.data.q : "";
  const [requests, invites, found, t, locale] = await Promise.all([listPendingTeacherRequests(), listTeacherInvites(), searchAccounts(query), getTranslations("adminPage"), getLocale()]);
  const day = dayFormat(locale);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-lg font-semibold">
          {t("requestsHeading", { n: requests.length })}
        </h2>
        {requests.length === 0 ? (
          <Card>
            <p className="text-muted">{t("noRequests")}</p>
          </Card>
        ) : (
          <ul className="grid gap-3">
            {requests.map((r) => (
              <li key={r.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="teacher-request">
                  <div className="min-w-0">
                    <p className="font-medium break-words">{r.name}</p>
                    <p className="text-sm break-all text-muted">{r.email}</p>
                    <p className="text-sm text-muted">{t("signedUp", { date: day.format(r.requestedAt) })}</p>
                  </div>
                  <DecideRequestButtons requestId={r.id} name={r.name} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invites-heading" className="space-y-3">
        <h2 id="invites-heading" className="text-lg font-semibold">
          {t("invitesHeading")}
        </h2>
        <Card>
          <CreateInviteForm />
        </Card>
        {invites.length === 0 ? null : (
          <ul className="grid gap-3" aria-label={t("invitesLabel")}>
            {invites.map((i) => (
              <li key={i.id}>
                <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="invite">
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <code className="font-mono text-base font-semibold tracking-wider">{i.code}</code>
                      <Badge tone={STATE_TONE[i.state]}>{t(STATE_KEY[i.state])}</Badge>
                    </p>
                    {i.label ? <p className="text-sm break-words">{i.label}</p> : null}
                    <p className="text-sm text-muted">{t(i.state === "expired" ? "usesExpired" : "usesExpires", { uses: i.uses, max: i.maxUses, date: day.format(i.expiresAt) })}</p>
                  </div>
                  {i.state === "active" ? <RevokeInviteButton inviteId={i.id} code={i.code} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <AccountsSection
        query={search.success ? query : typeof q === "string" ? q.slice(0, 100) : ""}
        queryError={search.success ? undefined : (await getTranslations("adminAccounts"))("queryTooLong")}
        accounts={found.accounts}
        more={found.more}
        selfId={admin.id}
      />
    </div>
  );
}
