import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Cell, CardRow, CardTable, CardTableBody, CardTableHead, ColumnHeader, RowHeader } from "@/components/ui/responsive-table";
import { requireRolePage } from "@/lib/auth/session";
import { hostedGames, type HostedGame } from "@/lib/live/results-query";
import { formatInZone } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Live games" };

const STATUS: Record<HostedGame["status"], { label: string; tone: "brand" | "success" | "neutral" }> = {
  lobby: { label: "In the lobby", tone: "brand" },
  question: { label: "Playing", tone: "brand" },
  ended: { label: "Ended", tone: "neutral" },
};

export default async function LiveGamesPage() {
  const user = await requireRolePage("teacher", "/teacher/live");
  const { timeZone, games } = await hostedGames(user);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/teacher">Question banks</BackLink>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">Live games</h1>
        <p className="mt-1 text-muted">The games you hosted, newest first: open one that is still running, or read how the room did in one that has ended.</p>
      </div>
      <Card className="space-y-4">
        {games.length === 0 ? (
          <div className="space-y-3">
            <p className="text-muted">You haven&apos;t hosted a live game yet. Open a question set and choose “Host live” to play it with the room.</p>
            <Link href="/teacher/sets" className={buttonClasses("primary")}>
              Go to question sets
            </Link>
          </div>
        ) : (
          <div className="relative sm:-mx-6 sm:overflow-x-auto sm:px-6" tabIndex={0} role="region" aria-label="Live games table">
            <CardTable className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Your live games, newest first</caption>
              <CardTableHead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                <CardRow>
                  <ColumnHeader className="py-2 pr-4 font-medium">Game</ColumnHeader>
                  <ColumnHeader className="py-2 pr-4 font-medium">Status</ColumnHeader>
                  <ColumnHeader className="py-2 pr-4 font-medium">Hosted</ColumnHeader>
                  <ColumnHeader className="py-2 pr-4 text-right font-medium">Players</ColumnHeader>
                  <ColumnHeader className="py-2 font-medium">
                    <span className="sr-only">Open</span>
                  </ColumnHeader>
                </CardRow>
              </CardTableHead>
              <CardTableBody className="divide-y divide-line">
                {games.map((g) => (
                  <CardRow key={g.id} data-testid="live-game-row">
                    <RowHeader className="py-3 pr-4 font-medium break-words">{g.title}</RowHeader>
                    <Cell label="Status" className="py-3 pr-4">
                      <Badge tone={STATUS[g.status].tone}>{STATUS[g.status].label}</Badge>
                    </Cell>
                    <Cell label="Hosted" className="py-3 pr-4">
                      {formatInZone(g.createdAt, timeZone)}
                    </Cell>
                    <Cell label="Players" className="py-3 pr-4 text-right tabular-nums">
                      {g.players.toLocaleString("en")}
                    </Cell>
                    <Cell actions className="py-3 text-right">
                      {g.status === "ended" ? (
                        <Link href={`/teacher/live/${g.id}/results`} className="font-medium text-brand-700 underline underline-offset-2">
                          Results<span className="sr-only">: {g.title}</span>
                        </Link>
                      ) : (
                        <Link href={`/teacher/live/${g.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                          Host<span className="sr-only">: {g.title}</span>
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
