import type { Metadata } from "next";
import Link from "next/link";
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
import { formatSeconds } from "@/lib/live/results";
import { getLiveResults } from "@/lib/live/results-query";
import { formatInZone } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Live game results" };

export default async function LiveResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireRolePage("teacher", `/teacher/live/${id}/results`);
  const { timeZone, game, results } = await getLiveResults(id, user).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { players, questions, played, grid } = results;
  const ended = game.status === "ended";

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/teacher/live">Live games</BackLink>
        <h1 className="text-2xl font-semibold tracking-tight break-words">Results: {game.title}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          <div className="flex gap-1">
            <dt>Hosted:</dt>
            <dd className="text-ink">{formatInZone(game.createdAt, timeZone)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Players:</dt>
            <dd className="text-ink tabular-nums">{players.length.toLocaleString("en")}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Questions played:</dt>
            <dd className="text-ink tabular-nums">
              {played.length} of {game.questionCount}
            </dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2 pt-2">
          {!ended ? (
            <Link href={`/teacher/live/${game.id}`} className={buttonClasses("primary", "sm")}>
              Back to the game
            </Link>
          ) : null}
          {players.length > 0 && played.length > 0 ? (
            // A plain link: the file comes from a route handler, not a page.
            <a href={`/teacher/live/${game.id}/results/answers.csv`} download className={buttonClasses("secondary", "sm")}>
              Download CSV: every answer
            </a>
          ) : null}
        </div>
        {!ended ? <p className="text-sm text-muted">The game is still running: these figures are as of now and grow as players answer.</p> : null}
      </div>

      <section aria-labelledby="players-heading">
        <Card className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="players-heading" className="text-lg font-semibold">
              Players
            </h2>
            {ended && players.some((p) => p.signedIn) ? <p className="text-sm text-muted">Signed-in students earned leaderboard points for their right answers, and their answers went onto their review queues.</p> : null}
          </div>
          {players.length === 0 ? (
            <p className="text-muted">No one played this game.</p>
          ) : (
            <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label="Players table">
              <CardTable className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">Every player by rank: points and answers right</caption>
                <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                  <CardRow>
                    <ColumnHeader className="py-2 pr-4 font-medium">Player</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 font-medium">Rank</ColumnHeader>
                    <ColumnHeader className="py-2 pr-4 text-right font-medium">Points</ColumnHeader>
                    <ColumnHeader className="py-2 text-right font-medium">Right</ColumnHeader>
                  </CardRow>
                </CardTableHead>
                <CardTableBody className="divide-y divide-line">
                  {players.map((p) => (
                    <CardRow key={p.id} data-testid="live-result-row">
                      <RowHeader className="py-3 pr-4 font-medium break-words">
                        {p.nickname}
                        {p.signedIn ? (
                          <span className="ml-2 align-middle">
                            <Badge tone="brand">Signed in</Badge>
                          </span>
                        ) : null}
                      </RowHeader>
                      <Cell label="Rank" className="py-3 pr-4 tabular-nums">
                        {p.rank.toLocaleString("en")}
                      </Cell>
                      <Cell label="Points" className="py-3 pr-4 text-right tabular-nums">
                        {p.score.toLocaleString("en")}
                      </Cell>
                      <Cell label="Right" className="py-3 text-right tabular-nums">
                        {p.answers.filter((a) => a.mark === "right").length} of {played.length}
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
                Answers by player
              </h2>
              <p className="text-sm text-muted">Each player&apos;s answer to each question, by rank. Hover over a question number for its wording.</p>
            </div>
            <AnswerGrid grid={grid} rowsAre="Player" caption="Each player's answers, question by question: right, partly right, wrong or not answered" />
          </Card>
        </section>
      ) : null}

      <section aria-labelledby="questions-heading" className="space-y-3">
        <div>
          <h2 id="questions-heading" className="text-lg font-semibold">
            Question analysis
          </h2>
          {players.length > 0 && played.length > 0 ? <p className="text-sm text-muted">Over every player; a question a player didn&apos;t answer counts as wrong.</p> : null}
        </div>
        {played.length === 0 ? (
          <Card>
            <p className="text-muted">No question was played in this game.</p>
          </Card>
        ) : (
          <QuestionAnalysis questions={questions} formatTime={formatSeconds} />
        )}
      </section>
    </div>
  );
}
