// Speed points and ranks of a live game (pure: no clock, no database).
//
// The formula (also in docs/live-games.md):
//
//   points = round(MAX_POINTS × fraction × speed)
//   speed  = 1                                          when elapsed ≤ GRACE_MS (0.5 s)
//          = 1 − 0.5 × (elapsed − GRACE_MS) / (duration − GRACE_MS)   after that
//
// `fraction` is the question type's own partial credit (0..1, lib/question-types grade().score),
// `elapsed` is the time from the question opening to the server receiving the answer, both by the
// server's clock, and `duration` is the question's time limit. An answer right within the first
// half second earns 1,000; one right at the last moment earns 500; a wrong one (fraction 0)
// earns 0 whenever it comes; a half-right one earns half of what a right one would at that
// moment. Answers at or after the deadline are refused (lib/live/phase.ts), so speed never falls
// below 0.5. There is no streak bonus: the streak is shown, never scored, so a player who joins
// late or misses one question can still catch up on speed and accuracy alone.

export const MAX_POINTS = 1000;
export const GRACE_MS = 500;

/** The speed factor (0.5..1) of an answer `elapsedMs` after the question opened. */
export function speedFactor(elapsedMs: number, durationMs: number): number {
  if (!(durationMs > GRACE_MS)) return 1;
  const elapsed = Math.min(Math.max(0, elapsedMs), durationMs);
  if (elapsed <= GRACE_MS) return 1;
  return 1 - (0.5 * (elapsed - GRACE_MS)) / (durationMs - GRACE_MS);
}

/** The points of one answer: see the formula above. `fraction` is clamped to 0..1. */
export function speedPoints(fraction: number, elapsedMs: number, durationMs: number): number {
  const credit = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  if (credit === 0) return 0;
  return Math.round(MAX_POINTS * credit * speedFactor(elapsedMs, durationMs));
}

export type Scored = { score: number };
export type Ranked<T> = T & { rank: number };

/**
 * Ranks by score, highest first; equal scores share a rank and the next rank skips ("1, 1, 3":
 * standard competition ranking). Ties keep the order they came in (stable sort), so a caller
 * that wants a tie-break for display (who joined first) passes them in that order.
 */
export function rankAll<T extends Scored>(players: readonly T[]): Ranked<T>[] {
  const sorted = [...players].sort((a, b) => b.score - a.score);
  let rank = 0;
  return sorted.map((p, i) => {
    if (i === 0 || p.score !== sorted[i - 1]!.score) rank = i + 1;
    return { ...p, rank };
  });
}

/** A player's rank given how many players scored more: ties share it. */
export const rankFromAbove = (playersAbove: number): number => playersAbove + 1;
