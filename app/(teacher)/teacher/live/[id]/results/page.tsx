import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AnswerGrid } from "@/components/results/answer-grid";
import { QuestionAnalysis } from "@/components/results/question-analysis";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
import { formatSeconds } from "@/lib/live/results";
import { getLiveResults } from "@/lib/live/results-query";
import { formatInZone } from "@/lib/time/zones";

export const generateMetadata = titled("teacherLiveResults.metaTitle");

export default async function LiveResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("teacher", `/teacher/live/${id}/results`);
  const { timeZone, game, results } = await getLiveResults(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { players, questions, played, grid } = results;
  const ended = game.status === "ended";
  const [t, locale] = await Promise.all([getTranslations("teacherLiveResults"), getLocale().then(intlLocale)]);
  // A live game's median time to answer, in seconds, in the page's language.
  const formatTime = (ms: number | null) => formatSeconds(ms, (n) => t("seconds", { n }), locale);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/teacher/live">{t("back")}</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight break-words">{t("heading", { title: game.title })}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>{t("hosted")}</dt>
            <dd className="text-ink">{formatInZone(game.createdAt, timeZone, locale)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("players")}</dt>
            <dd className="text-ink tabular-nums">{players.length.toLocaleString(locale)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("played")}</dt>
            <dd className="text-ink tabular-nums">{t("playedOf", { played: played.length, total: game.questionCount })}</dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2 pt-2">
          {!ended ? (
            <Link href={`/teacher/live/${game.id}`} className={buttonClasses("primary", "sm")}>
              {t("backToGame")}
            </Link>
          ) : null}
          {players.length > 0 && played.length > 0 ? (
            // A plain link: the file comes from a route handler, not a page.
            <a href={`/teacher/live/${game.id}/results/answers.csv`} download className={buttonClasses("secondary", "sm")}>
              {t("csv")}
            </a>
          ) : null}
        </div>
        {!ended ? <p className="text-sm text-muted">{t("running")}</p> : null}
      </div>

      <section aria-labelledby="players-heading">
        <Card className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="players-heading" className="text-lg font-semibold">
              {t("playersHeading")}
            </h2>
            {ended && players.some((p) => p.signedIn) ? <p className="text-sm text-muted">{t("leaderboardNote")}</p> : null}
          </div>
          {players.length === 0 ? (
            <p className="text-muted">{t("noPlayers")}</p>
          ) : (
            <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label={t("tableLabel")}>
              <CardTable className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">{t("caption")}</caption>
                <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                  <CardRow>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("player")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">{t("rank")}</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 text-right font-medium">{t("points")}</ColumnHeader>
                    <ColumnHeader className="py-2 text-right font-medium">{t("right")}</ColumnHeader>
                  </CardRow>
                </CardTableHead>
                <CardTableBody className="divide-y divide-line">
                  {players.map((p) => (
                    <CardRow key={p.id} data-testid="live-result-row">
                      <RowHeader className="py-3 pr-4 font-medium break-words">
                        {p.nickname}
                        {p.signedIn ? (
                          <span className="ml-2 align-middle">
                            <Badge tone="brand">{t("signedIn")}</Badge>
                          </span>
                        ) : null}
                      </RowHeader>
                      <Cell label={t("rank")} className="py-3 pr-4 tabular-nums">
                        {p.rank.toLocaleString(locale)}
                      </Cell>
                      <Cell label={t("points")} className="py-3 pr-4 text-right tabular-nums">
                        {p.score.toLocaleString(locale)}
                      </Cell>
                      <Cell label={t("right")} className="py-3 text-right tabular-nums">
                        {t("rightOf", { right: p.answers.filter((a) => a.mark === "right").length, total: played.length })}
                      </Cell>
                    </CardRow>
                  ))}
                </CardTableBody>
              </CardTable>
            </div>
          )}
        </Card>
      </section>

      {players.length > 0 && played.length > 0 ? (
        <section aria-labelledby="grid-heading">
          <Card className="space-y-3">
            <div>
              <h2 id="grid-heading" className="text-lg font-semibold">
                {t("gridHeading")}
              </h2>
              <p className="text-sm text-muted">{t("gridIntro")}</p>
            </div>
            <AnswerGrid grid={grid} rowsAre={t("gridRowsAre")} caption={t("gridCaption")} regionLabel={t("gridRegion")} />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="questions-heading" className="space-y-3">
        <div>
          <h2 id="questions-heading" className="text-lg font-semibold">
            {t("questionsHeading")}
          </h2>
          {players.length > 0 && played.length > 0 ? <p className="text-sm text-muted">{t("questionsIntro")}</p> : null}
        </div>
        {played.length === 0 ? (
          <Card>
            <p className="text-muted">{t("noQuestions")}</p>
          </Card>
        ) : (
          <QuestionAnalysis questions={questions} formatTime={formatTime} />
        )}
      </section>
    </div>
  );
}
