import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatNumber, intlLocale } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/metadata";
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

export const generateMetadata = titled("leaderboard.metaTitle");
export const dynamic = "force-dynamic";


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
  const [t, locale] = await Promise.all([getTranslations("leaderboard"), getLocale()]);
  const dayFormat = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
  const day = (key: string) => dayFormat.format(new Date(`${key}T12:00:00Z`));
  const title = klass ? klass.name : t("everyone");
  const resetZone = klass ? zoneLabel(klass.timeZone) : "UTC";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      <nav aria-label={t("boards")} className="flex flex-wrap gap-2">
        <Tab href={href("global", period)} current={!klass}>
          {t("everyone")}
        </Tab>
        {classes.map((c) => (
          <Tab key={c.id} href={href(c.id, period)} current={klass?.id === c.id}>
            {c.name}
            {c.teaching ? t("yourClass") : ""}
          </Tab>
        ))}
      </nav>

      <Card className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">
            {title} · {period === "week" ? t("thisWeekLower") : t("allTimeLower")}
          </h2>
          <nav aria-label={t("period")} className="flex gap-2">
            <Tab href={href(boardId, "week")} current={period === "week"}>
              {t("thisWeek")}
            </Tab>
            <Tab href={href(boardId, "all")} current={period === "all"}>
              {t("allTime")}
            </Tab>
          </nav>
        </div>
        {board.week ? (
          <p className="text-sm text-muted" data-testid="week-note">
            {t("weekNote", { from: day(board.week.firstDay), to: day(board.week.lastDay), zone: resetZone })}
            {klass ? t("classZone") : t("everyoneZone")}.
          </p>
        ) : null}
        {klass ? <p className="text-sm text-muted">{t("classBoards")}</p> : null}
        {board.rows.length === 0 && !board.viewerRow ? (
          <p className="rounded-lg bg-slate-50 px-4 py-6 text-center text-muted">
            {klass ? t("noStudents") : t("noPoints")}
          </p>
        ) : (
          <BoardTable
            board={board}
            viewerId={user.id}
            caption={t("caption", { title, period: period === "week" ? t("thisWeekLower") : t("allTimeLower") })}
            labels={{ rank: t("rank"), student: t("student"), points: t("points"), you: t("you") }}
            formatPoints={(n) => formatNumber(n, locale)}
            href={klass?.teaching ? (id) => `/teacher/students/${id}/progress` : undefined}
          />
        )}
        {!klass && settings.hideFromGlobal ? (
          <p className="text-sm text-muted">{t("hidden")}</p>
        ) : null}
        {!settings.onBoards && !klass ? <p className="text-sm text-muted">{t("teachersNot")}</p> : null}
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card className="space-y-2">
          <h2 className="text-lg font-semibold">{t("how")}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>{t("rule1", { points: POINTS_PER_CORRECT, half: POINTS_PER_CORRECT / 2 })}</li>
            <li>{t("rule2", { bonus: ASSIGNMENT_BONUS })}</li>
            <li>{t("rule3")}</li>
            <li>{t("rule4")}</li>
          </ul>
        </Card>
        {settings.onBoards ? (
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">{t("privacy")}</h2>
            <HideToggle hidden={settings.hideFromGlobal} />
          </Card>
        ) : null}
      </div>
    </div>
  );
}
