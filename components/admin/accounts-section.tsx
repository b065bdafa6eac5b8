import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClasses } from "@/components/ui/field";
import type { AccountRow } from "@/lib/admin/accounts";
import { AccountStateButton } from "./account-state-button";

type Props = {
  query: string;
  /** The query's problem, when it couldn't be read (then nothing was searched). */
  queryError?: string;
  accounts: AccountRow[];
  more: boolean;
  selfId: string;
};

/** /admin's account search (a plain GET form: works without JavaScript) and its results. */
export async function AccountsSection({ query, queryError, accounts, more, selfId }: Props) {
  const t = await getTranslations("adminAccounts");
  return (
    <section id="accounts" aria-labelledby="accounts-heading" className="scroll-mt-24 space-y-3">
      <div>
        <h2 id="accounts-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <Card>
        <form role="search" action="/admin#accounts" method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1 space-y-1.5">
            <label htmlFor="account-search" className="block text-sm font-medium text-ink">
              {t("searchLabel")}
            </label>
            <input
              id="account-search"
              name="q"
              type="search"
              defaultValue={query}
              maxLength={100}
              autoComplete="off"
              className={inputClasses}
              aria-invalid={queryError ? true : undefined}
              aria-describedby={queryError ? "account-search-error" : undefined}
            />
            {queryError ? (
              <p id="account-search-error" className="text-sm font-medium text-red-700">
                {queryError}
              </p>
            ) : null}
          </div>
          <button type="submit" className={`${buttonClasses("secondary", "md")} shrink-0`}>
            {t("search")}
          </button>
        </form>
      </Card>
      {query && !queryError ? (
        accounts.length === 0 ? (
          <Alert>{t("none", { query })}</Alert>
        ) : (
          <>
            <ul className="grid gap-3" aria-label={t("listLabel", { query })}>
              {accounts.map((a) => (
                <li key={a.id}>
                  <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="account">
                    <div className="min-w-0 space-y-1">
                      <p className="flex flex-wrap items-center gap-2">
                        <span className="font-medium break-words">{a.name}</span>
                        <Badge>{t(a.role)}</Badge>
                        <Badge tone={a.disabled ? "danger" : "success"}>{a.disabled ? t("disabled") : t("active")}</Badge>
                      </p>
                      <p className="text-sm break-all text-muted">{a.email}</p>
                    </div>
                    {a.id === selfId ? (
                      <p className="text-sm text-muted">{t("you")}</p>
                    ) : (
                      <AccountStateButton userId={a.id} name={a.name} disabled={a.disabled} />
                    )}
                  </Card>
                </li>
              ))}
            </ul>
            {more ? <p className="text-sm text-muted">{t("more", { n: accounts.length })}</p> : null}
          </>
        )
      ) : null}
    </section>
  );
}
