// Where a live game is, and which host action may move it where (pure: the caller passes the
// server's clock). The database keeps `status`; whether a question is still open is the server's
// clock against `closesAt`, so no process has to be awake at the deadline for it to pass.

import type { RefusalCode } from "./refusals";

export type GameStatus = "lobby" | "question" | "ended";
/**
 * What everyone sees: "reveal" is a question whose time is up (its answers are shown); "paused"
 * is an open question whose clock the host has stopped (no answers until it goes on).
 */
export type Phase = "lobby" | "question" | "paused" | "reveal" | "ended";

/** `pausedAt`: set while the host has paused the open question (absent means never paused). */
export type GameClock = { status: GameStatus; questionIndex: number; closesAt: Date | null; pausedAt?: Date | null };

export function phaseOf(game: GameClock, now: number): Phase {
  if (game.status === "lobby" || game.status === "ended") return game.status;
  if (game.closesAt === null) return "reveal";
  // A pause taken before the deadline holds the question open; the time left is closesAt − pausedAt.
  if (game.pausedAt && game.pausedAt.getTime() < game.closesAt.getTime()) return "paused";
  return now < game.closesAt.getTime() ? "question" : "reveal";
}

/** Milliseconds left on the open question's clock: frozen while paused, 0 when closed. */
export function remainingMs(game: GameClock, now: number): number {
  const phase = phaseOf(game, now);
  if (phase === "paused") return game.closesAt!.getTime() - game.pausedAt!.getTime();
  return phase === "question" ? Math.max(0, game.closesAt!.getTime() - now) : 0;
}

/**
 * Whether an answer received at `now` counts: the question is open, it is the one answered, and
 * the deadline has not come — the deadline itself is late (an answer at exactly `closesAt` is
 * refused), so every player has the same [openedAt, closesAt) window.
 */
export function acceptsAnswer(game: GameClock, questionIndex: number, now: number): "ok" | "closed" | "paused" | "other-question" {
  const phase = phaseOf(game, now);
  if (phase === "paused") return game.questionIndex === questionIndex ? "paused" : "other-question";
  if (phase !== "question") return "closed";
  return game.questionIndex === questionIndex ? "ok" : "other-question";
}

export const HOST_ACTIONS = ["start", "close", "next", "skip", "end", "pause", "resume", "lock", "unlock", "sign-in-only", "open-to-all", "kick"] as const;
export type HostAction = (typeof HOST_ACTIONS)[number];

/**
 * What a host action does from a phase, or the reason it can't:
 * - start: lobby → the first question (needs a player);
 * - close: question (or paused) → reveal now (ends the countdown early);
 * - pause: question → paused (the clock stops, answers wait); resume: paused → question, with the
 *   time that was left;
 * - next: reveal → the next question, or the end after the last;
 * - skip: question, paused or reveal → the next question (or the end) at once, without showing
 *   the answers of the one skipped; answers already in still count;
 * - end: anything but ended → ended;
 * - lock/unlock, sign-in-only/open-to-all, kick: any phase before the end.
 */
export type Transition = { ok: true; to: "open-next" | "close" | "pause" | "resume" | "end" | "same" } | { ok: false; code: RefusalCode; message: string };

/** The English of a refused move (the host sees messages/<locale>.json `liveRefusals.<code>`). */
const REFUSED_MOVES = {
  ended: "This game has ended.",
  started: "The game has already started.",
  noPlayers: "Wait for at least one player to join.",
  noQuestionOpen: "No question is open.",
  alreadyPaused: "The game is already paused.",
  notPaused: "The game isn't paused.",
  startFirst: "Start the game first.",
  closeFirst: "Close the question first (or skip it).",
} as const satisfies Partial<Record<RefusalCode, string>>;

const refusal = (code: keyof typeof REFUSED_MOVES) => ({ ok: false as const, code, message: REFUSED_MOVES[code] });

export function transition(action: HostAction, phase: Phase, at: { questionIndex: number; questionCount: number; playerCount: number }): Transition {
  if (phase === "ended") return refusal("ended");
  const last = at.questionIndex >= at.questionCount - 1;
  switch (action) {
    case "start":
      if (phase !== "lobby") return refusal("started");
      if (at.playerCount === 0) return refusal("noPlayers");
      return { ok: true, to: "open-next" };
    case "close":
      return phase === "question" || phase === "paused" ? { ok: true, to: "close" } : refusal("noQuestionOpen");
    case "pause":
      return phase === "question" ? { ok: true, to: "pause" } : (phase === "paused" ? refusal("alreadyPaused") : refusal("noQuestionOpen"));
    case "resume":
      return phase === "paused" ? { ok: true, to: "resume" } : refusal("notPaused");
    case "next":
      if (phase !== "reveal") return (phase === "lobby" ? refusal("startFirst") : refusal("closeFirst"));
      return { ok: true, to: last ? "end" : "open-next" };
    case "skip":
      if (phase === "lobby") return refusal("startFirst");
      return { ok: true, to: last ? "end" : "open-next" };
    case "end":
      return { ok: true, to: "end" };
    case "lock":
    case "unlock":
    case "sign-in-only":
    case "open-to-all":
    case "kick":
      return { ok: true, to: "same" };
  }
}
