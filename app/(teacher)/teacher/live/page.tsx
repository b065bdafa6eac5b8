import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { requireRolePage } from "@/lib/auth/session";
import { intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { hostedGames, type HostedGame } from "@/lib/live/results-query";
import { formatInZone } from "@/lib/time/zones";

export const generateMetadata = titled("teacherLiveList.metaTitle");

// The status's label is teacherLiveList.<status>.
const STATUS_TONE: Record<HostedGame["status"], "brand" | "success" | "neutral"> = { lobby: "brand", question: "brand", ended: "neutral" };

export default async function LiveGamesPage() {
  const user = await requireRolePage("teacher", "/teacher/live");
  const [{ timeZone, games }, t, locale] = await Promise.all([hostedGames(user), getTranslations("teacherLiveList"), getLocale().then(intlLocale)]);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher">{t("back")}</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <Card className="space-y-4">
        {games.length === 0 ? (
          <div className="space-y-3">
            <p className="text-muted">{t("empty")}</p>
            <Link href="/teacher/sets" className={buttonClasses("primary")}>
              {t("goToSets")}
            </Link>
          </div>
        ) : (
          <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={t("tableLabel")}>
            <CardTable className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                <CardRow>
                  <ColumnHeader className="py-2 pr-4 font-medium">{t("game")}</ColumnHeader>
                  <ColumnHeader className="py-2 pr-4 font-medium">{t("status")}</ColumnHeader>
                  <ColumnHeader className="py-2 pr-4 font-medium">{t("hosted")}</ColumnHeader>
                  <ColumnHeader className="py-2 pr-4 text-right font-medium">{t("players")}</ColumnHeader>
                  <ColumnHeader className="py-2 font-medium">
                    <span className="sr-only">{t("open")}</span>
                  </ColumnHeader>
                </CardRow>
              </CardTableHead>
              <CardTableBody className="divide-y divide-line">
                {games.map((g) => (
                  <CardRow key={g.id} data-testid="live-game-row">
                    <RowHeader className="py-3 pr-4 font-medium break-words">{g.title}</RowHeader>
                    <Cell label={t("status")} className="py-3 pr-4">
                      <Badge tone={STATUS_TONE[g.status]}>{t(g.status)}</Badge>
                    </Cell>
                    <Cell label={t("hosted")} className="py-3 pr-4">
                      {formatInZone(g.createdAt, timeZone, locale)}
                    </Cell>
                    <Cell label={t("players")} className="py-3 pr-4 text-right tabular-nums">
                      {g.players.toLocaleString(locale)}
                    </Cell>
                    <Cell actions className="py-3 text-right">
                      {g.status === "ended" ? (
                        <Link href={`/teacher/live/${g.id}/results`} className="font-medium text-brand-700 underline underline-offset-2">
                          {t("results")}
                          <span className="sr-only">: {g.title}</span>
                        </Link>
                      ) : (
                        <Link href={`/teacher/live/${g.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                          {t("host")}
                          <span className="sr-only">: {g.title}</span>
                        </Link>
                      )}
                    </Cell>
                  </CardRow>
                ))}
              </CardTableBody>
            </CardTable>
          </div>
        )}
      </Card>
    </div>
  );
}
