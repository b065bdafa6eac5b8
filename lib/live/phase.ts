// Where a live game is, and which host action may move it where (pure: the caller passes the
// server's clock). The database keeps `status`; whether a question is still open is the server's
// clock against `closesAt`, so no process has to be awake at the deadline for it to pass.

export type GameStatus = "lobby" | "question" | "ended";
/** What everyone sees: "reveal" is a question whose time is up (its answers are shown). */
export type Phase = "lobby" | "question" | "reveal" | "ended";

export type GameClock = { status: GameStatus; questionIndex: number; closesAt: Date | null };

export function phaseOf(game: GameClock, now: number): Phase {
  if (game.status === "lobby" || game.status === "ended") return game.status;
  return game.closesAt !== null && now < game.closesAt.getTime() ? "question" : "reveal";
}

/**
 * Whether an answer received at `now` counts: the question is open, it is the one answered, and
 * the deadline has not come — the deadline itself is late (an answer at exactly `closesAt` is
 * refused), so every player has the same [openedAt, closesAt) window.
 */
export function acceptsAnswer(game: GameClock, questionIndex: number, now: number): "ok" | "closed" | "other-question" {
  if (phaseOf(game, now) !== "question") return "closed";
  return game.questionIndex === questionIndex ? "ok" : "other-question";
}

export const HOST_ACTIONS = ["start", "close", "next", "skip", "end", "lock", "unlock", "kick"] as const;
export type HostAction = (typeof HOST_ACTIONS)[number];

/**
 * What a host action does from a phase, or the reason it can't:
 * - start: lobby → the first question (needs a player);
 * - close: question → reveal now (ends the countdown early);
 * - next: reveal → the next question, or the end after the last;
 * - skip: question or reveal → the next question (or the end) at once, without showing the
 *   answers of the one skipped; answers already in still count;
 * - end: anything but ended → ended;
 * - lock/unlock/kick: any phase before the end.
 */
export type Transition = { ok: true; to: "open-next" | "close" | "end" | "same" } | { ok: false; message: string };

export function transition(action: HostAction, phase: Phase, at: { questionIndex: number; questionCount: number; playerCount: number }): Transition {
  if (phase === "ended") return { ok: false, message: "This game has ended." };
  const last = at.questionIndex >= at.questionCount - 1;
  switch (action) {
    case "start":
      if (phase !== "lobby") return { ok: false, message: "The game has already started." };
      if (at.playerCount === 0) return { ok: false, message: "Wait for at least one player to join." };
      return { ok: true, to: "open-next" };
    case "close":
      return phase === "question" ? { ok: true, to: "close" } : { ok: false, message: "No question is open." };
    case "next":
      if (phase !== "reveal") return { ok: false, message: phase === "lobby" ? "Start the game first." : "Close the question first (or skip it)." };
      return { ok: true, to: last ? "end" : "open-next" };
    case "skip":
      if (phase === "lobby") return { ok: false, message: "Start the game first." };
      return { ok: true, to: last ? "end" : "open-next" };
    case "end":
      return { ok: true, to: "end" };
    case "lock":
    case "unlock":
    case "kick":
      return { ok: true, to: "same" };
  }
}
