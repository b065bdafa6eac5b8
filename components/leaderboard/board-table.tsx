import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Board, BoardRow } from "@/lib/leaderboard/queries";

/** The table's words, in the page's language. */
type Labels = { rank: string; student: string; points: string; you: string };

function Row({ row, viewerId, href, labels, formatPoints }: { row: BoardRow; viewerId: string; href?: (userId: string) => string; labels: Labels; formatPoints: (n: number) => string }) {
  const mine = row.userId === viewerId;
  return (
    <tr aria-current={mine ? "true" : undefined} data-testid={mine ? "my-row" : undefined} className={cn("border-b border-line last:border-0", mine && "bg-brand-50 font-semibold")}>
      <td className="py-2.5 pr-3 pl-3 tabular-nums">{row.rank}</td>
      {/* A long name wraps (anywhere, if it has no spaces) so the points stay on screen at 360 px. */}
      <td className="py-2.5 pr-3 [overflow-wrap:anywhere]">
        {href ? (
          <Link href={href(row.userId)} className="underline-offset-2 hover:underline">
            {row.name}
          </Link>
        ) : (
          row.name
        )}{" "}
        {mine ? <Badge tone="brand">{labels.you}</Badge> : null}
      </td>
      <td className="py-2.5 pr-3 text-right whitespace-nowrap tabular-nums" data-testid="points">{formatPoints(row.total)}</td>
    </tr>
  );
}

/**
 * A ranked board; the viewer's row is highlighted, and shown below a gap when outside the top.
 * It stays a table on a phone, unlike the other data tables (components/ui/responsive-table.tsx):
 * three narrow columns fit at 360 px, and a ranking reads down one column of points.
 */
export function BoardTable({
  board,
  caption,
  viewerId,
  href,
  labels,
  formatPoints,
}: {
  board: Board;
  caption: string;
  viewerId: string;
  href?: (userId: string) => string;
  labels: Labels;
  formatPoints: (n: number) => string;
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-muted">
            <th scope="col" className="w-16 py-2 pr-3 pl-3 font-medium">{labels.rank}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{labels.student}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">{labels.points}</th>
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <Row key={row.userId} row={row} viewerId={viewerId} href={href} labels={labels} formatPoints={formatPoints} />
          ))}
          {board.viewerRow ? (
            <>
              {board.rows.length > 0 ? (
                <tr aria-hidden="true">
                  <td colSpan={3} className="py-1 text-center text-muted">
                    ⋯
                  </td>
                </tr>
              ) : null}
              <Row row={board.viewerRow} viewerId={viewerId} href={href} labels={labels} formatPoints={formatPoints} />
            </>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
