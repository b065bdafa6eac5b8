// Why a live game refused a player (a wrong PIN, a locked game, a refused nickname, time up…)
// or its host (a move the phase doesn't allow, a set with nothing to play),
// as a fixed code beside the English message. The errors stay plain AppErrors with their English
// text (logs, tests, API clients); the route handlers (lib/live/routes.ts) show the player the
// message of messages/<locale>.json `liveRefusals.<code>` in the request's language instead, and
// so does the host's "Host live" action (lib/live/actions.ts).
import { AppError } from "@/lib/errors";
import { LIVE_JOINS, LIVE_PIN_ATTEMPTS, RateLimitedError } from "@/lib/security/rate-limit";

export const REFUSAL_CODES = [
  "noSuchPin",
  "gameNotFound",
  "kicked",
  "locked",
  "signedInOnly",
  "full",
  "joinFirst",
  "closed",
  "paused",
  "moved",
  "nicknameTaken",
  "nicknameInvisible",
  "nicknameShort",
  "nicknameLong",
  "nicknameLetter",
  "nicknameStaff",
  "nicknameRude",
  "nicknameHost",
  "tooManyPins",
  "tooManyJoins",
  // The host's refusals: a move the game's phase doesn't allow (lib/live/phase.ts), a game or
  // request that changed, a set with nothing to play.
  "ended",
  "started",
  "noPlayers",
  "noQuestionOpen",
  "alreadyPaused",
  "notPaused",
  "startFirst",
  "closeFirst",
  "pickPlayer",
  "noSuchPlayer",
  "changed",
  "signedOut",
  "hostOnly",
  "badSeconds",
  "noFreePin",
  "setNoLiveQuestions",
  "articleNoLiveQuestions",
  "articleNotFound",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
export type Refusal = { code: RefusalCode; values?: Record<string, number> };

const REFUSAL = Symbol("liveRefusal");

/** Marks an error with its refusal code (and the numbers its message fills in); returns the error, to throw. */
export function refused<E extends AppError>(error: E, code: RefusalCode, values?: Record<string, number>): E {
  return Object.assign(error, { [REFUSAL]: { code, values } satisfies Refusal });
}

/** The refusal an error carries: marked by `refused`, or a live game's rate limit. Null for any other error. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof AppError)) return null;
  const marked = (error as AppError & { [REFUSAL]?: Refusal })[REFUSAL];
  if (marked) return marked;
  if (error instanceof RateLimitedError) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterMs / 60_000));
    if (error.message.startsWith(`Too many ${LIVE_PIN_ATTEMPTS}.`)) return { code: "tooManyPins", values: { minutes } };
    if (error.message.startsWith(`Too many ${LIVE_JOINS}.`)) return { code: "tooManyJoins", values: { minutes } };
  }
  return null;
}
