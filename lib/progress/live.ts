// A finished live game as progress counts it: one entry in the score history and the player's
// answers for mastery, as a finished quiz gives. Pure.

export type PlayedGame = {
  id: string;
  title: string;
  endedAt: Date;
  /** The questions the game put on screen (its last question index + 1); a game ended early played fewer. */
  played: number;
  /** The snapshot's question ids, by position in the game. */
  questionIds: readonly string[];
  answers: readonly { questionIndex: number; fraction: number }[];
};

export type GameProgress = {
  history: { id: string; at: string; percent: number; title: string; live: true };
  /** The answers given to questions that were played, by bank question. */
  answers: { questionId: string; score: number }[];
};

/**
 * A question played but not answered counts as 0 in the game's score, as an unanswered question
 * does in a quiz's; mastery counts the answers given. A game that put no question on screen
 * (ended in its lobby) is not a game played: null.
 */
export function gameProgress(game: PlayedGame): GameProgress | null {
  const played = Math.min(game.played, game.questionIds.length);
  if (played <= 0) return null;
  const given = game.answers.filter((a) => Number.isInteger(a.questionIndex) && a.questionIndex >= 0 && a.questionIndex < played);
  const credit = given.reduce((sum, a) => sum + clamp(a.fraction), 0);
  return {
    history: { id: game.id, at: game.endedAt.toISOString(), percent: Math.round((credit / played) * 100), title: game.title, live: true },
    answers: given.map((a) => ({ questionId: game.questionIds[a.questionIndex]!, score: clamp(a.fraction) })),
  };
}

const clamp = (fraction: number) => (Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0);
