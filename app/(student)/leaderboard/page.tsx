import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { BoardTable } from "@/components/leaderboard/board-table";
import { HideToggle } from "@/components/leaderboard/hide-toggle";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { closeAllOverdue, closeOverdueFor } from "@/lib/attempts/close";
import { requireRolePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { ASSIGNMENT_BONUS, POINTS_PER_CORRECT } from "@/lib/leaderboard/points";
import { getClassBoard, getGlobalBoard, getLeaderboardSettings, listBoardClasses, requireBoardClass, type Period } from "@/lib/leaderboard/queries";
import { zoneLabel } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Leaderboard" };
export const dynamic = "force-dynamic";

const dayFormat = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
const day = (key: string) => dayFormat.format(new Date(`${key}T12:00:00Z`));

function Tab({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn("rounded-lg px-3 py-1.5 text-sm font-medium", current ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-line hover:bg-slate-50")}
    >
      {children}
    </Link>
  );
}

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<{ board?: string; period?: string }> }) {
  const params = await searchParams;
  const user = await requireRolePage("student", "/dashboard");
  const period: Period = params.period === "all" ? "all" : "week";
  const boardId = params.board && params.board !== "global" ? params.board : "global";
  const [classes, settings] = await Promise.all([listBoardClasses(user.id), getLeaderboardSettings(user.id)]);

  const klass = boardId === "global" ? null : await requireBoardClass(boardId, user.id).catch((e: unknown) => (e instanceof NotFoundError ? notFound() : Promise.reject(e)));
  // Points are awarded when an attempt is graded: an attempt that expired unopened counts once closed.
  await (klass ? closeOverdueFor({ classId: klass.id }) : closeAllOverdue());
  const board = klass
    ? await getClassBoard({ classId: klass.id, timeZone: klass.timeZone, viewerId: user.id, period })
    : await getGlobalBoard({ viewerId: user.id, period });
  const href = (b: string, p: Period) => `/leaderboard?board=${encodeURIComponent(b)}&period=${p}`;
  const title = klass ? klass.name : "Everyone";
  const resetZone = klass ? zoneLabel(klass.timeZone) : "UTC";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Leaderboard</h1>
        <p className="mt-1 text-muted">Points for right answers and finished assignments. Students appear by display name only.</p>
      </div>

      <nav aria-label="Boards" className="flex flex-wrap gap-2">
        <Tab href={href("global", period)} current={!klass}>
          Everyone
        </Tab>
        {classes.map((c) => (
          <Tab key={c.id} href={href(c.id, period)} current={klass?.id === c.id}>
            {c.name}
            {c.teaching ? " (your class)" : ""}
          </Tab>
        ))}
      </nav>

      <Card className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">
            {title} · {period === "week" ? "this week" : "all time"}
          </h2>
          <nav aria-label="Period" className="flex gap-2">
            <Tab href={href(boardId, "week")} current={period === "week"}>
              This week
            </Tab>
            <Tab href={href(boardId, "all")} current={period === "all"}>
              All time
            </Tab>
          </nav>
        </div>
        {board.week ? (
          <p className="text-sm text-muted" data-testid="week-note">
            {day(board.week.firstDay)} – {day(board.week.lastDay)}. The week resets every Monday at 00:00 {resetZone} time
            {klass ? " (the class's time zone)" : " for everyone, wherever you are"}.
          </p>
        ) : null}
        {klass ? <p className="text-sm text-muted">Class boards count points from this class&apos;s assignments.</p> : null}
        {board.rows.length === 0 && !board.viewerRow ? (
          <p className="rounded-lg bg-slate-50 px-4 py-6 text-center text-muted">
            {klass ? "No students in this class yet." : "No points yet. Finish a quiz to be first on the board."}
          </p>
        ) : (
          <BoardTable
            board={board}
            viewerId={user.id}
            caption={`${title} leaderboard, ${period === "week" ? "this week" : "all time"}`}
            href={klass?.teaching ? (id) => `/teacher/students/${id}/progress` : undefined}
          />
        )}
        {!klass && settings.hideFromGlobal ? (
          <p className="text-sm text-muted">You&apos;re hidden from others on this board; your rank is what it would be if you were shown.</p>
        ) : null}
        {!settings.onBoards && !klass ? <p className="text-sm text-muted">Teachers don&apos;t appear on leaderboards.</p> : null}
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card className="space-y-2">
          <h2 className="text-lg font-semibold">How points work</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>
              {POINTS_PER_CORRECT} points for each right answer in a quiz you finish. Partly right answers earn their share (half right = {POINTS_PER_CORRECT / 2} points).
            </li>
            <li>{ASSIGNMENT_BONUS} bonus points for every assignment you hand in.</li>
            <li>Points come when a quiz is graded, once. Reviews help you remember but don&apos;t earn points.</li>
            <li>Equal points share a rank: 1, 2, 2, 4.</li>
          </ul>
        </Card>
        {settings.onBoards ? (
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">Privacy</h2>
            <HideToggle hidden={settings.hideFromGlobal} />
          </Card>
        ) : null}
      </div>
    </div>
  );
}
