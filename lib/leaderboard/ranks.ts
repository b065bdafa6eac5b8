// Standard competition ranking ("1224"): equal totals share a rank, and the next distinct
// total skips the places the tie used. Pure.

/** Ranks for totals already sorted from highest to lowest. */
export function competitionRanks(sortedTotals: readonly number[]): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < sortedTotals.length; i++) {
    const tied = i > 0 && sortedTotals[i] === sortedTotals[i - 1];
    ranks.push(tied ? ranks[i - 1]! : i + 1);
  }
  return ranks;
}

/** A total's rank when `above` entries score strictly more: the same rule, for a row outside a list. */
export function rankFromCountAbove(above: number): number {
  return above + 1;
}

export type RankedRow<T> = T & { rank: number };

/** Attaches ranks to rows sorted by total, highest first. */
export function rankRows<T extends { total: number }>(rows: readonly T[]): RankedRow<T>[] {
  const ranks = competitionRanks(rows.map((r) => r.total));
  return rows.map((row, i) => ({ ...row, rank: ranks[i]! }));
}
