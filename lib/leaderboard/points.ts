// The points rule, shown on the leaderboard page. Pure so it can be tested and explained.

/** Points for each fully correct answer; partial credit earns its share. */
export const POINTS_PER_CORRECT = 10;
/** Bonus for handing in an assignment (not for practice), so finishing set work pays. */
export const ASSIGNMENT_BONUS = 20;

export function pointsForAttempt(attempt: { score: number; isAssignment: boolean }): number {
  const score = Number.isFinite(attempt.score) && attempt.score > 0 ? attempt.score : 0;
  return Math.round(score * POINTS_PER_CORRECT) + (attempt.isAssignment ? ASSIGNMENT_BONUS : 0);
}
