// The quiz timer's arithmetic, pure so it can be unit-tested; the component only ticks.

/**
 * How far the browser's clock is behind the server's, in ms, measured once per page session
 * from the first fresh server render: `serverNow` is the server's clock when it rendered the
 * quiz page. A device whose clock is minutes off then still counts down to the server's
 * deadline. (Network latency makes the offset err by a fraction of a second in the student's
 * favour; the server's grace period covers it.)
 */
export function clockOffset(serverNow: number, clientNow: number): number {
  return serverNow - clientNow;
}

/** Time left before the deadline, by the server's clock as the browser estimates it. */
export function timeLeftMs(deadline: number, clientNow: number, offset: number): number {
  return deadline - (clientNow + offset);
}

/** The words of the clock and its announcement, in the page's language (components/quiz/quiz-timer.tsx). */
export type TimeWords = {
  /** "1 day", "3 hours", "10 minutes". */
  count: (n: number, unit: "day" | "hour" | "minute") => string;
  /** After the hours of a clock a day or more long, with its space if any: " h" in "6 days 23 h". */
  hourSuffix: string;
  /** "10 minutes left." */
  left: (time: string) => string;
  up: string;
};

export const ENGLISH_TIME_WORDS: TimeWords = {
  count: (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"}`,
  hourSuffix: " h",
  left: (time) => `${time} left.`,
  up: "Time is up.",
};

/**
 * "m:ss" (or "h:mm:ss" past an hour), rounded up so "0:00" shows only when time is up. A day
 * or more (an attempt that closes at a due date next week) reads "6 days 23 h": no one needs
 * the seconds of a week.
 */
export function formatClock(ms: number, words: TimeWords = ENGLISH_TIME_WORDS): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : 0;
  if (total >= 86_400) return `${words.count(Math.floor(total / 86_400), "day")} ${Math.floor((total % 86_400) / 3600)}${words.hourSuffix}`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * What a screen reader hears: whole minutes (hours past an hour, days past a day), so the
 * polite live region changes at most once a minute rather than every second.
 */
export function timeLeftAnnouncement(ms: number, words: TimeWords = ENGLISH_TIME_WORDS): string {
  const { count, left } = words;
  if (!(ms > 0)) return words.up;
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 60) return left(count(minutes, "minute"));
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return left(`${count(hours, "hour")}${minutes % 60 ? ` ${count(minutes % 60, "minute")}` : ""}`);
  const days = Math.floor(hours / 24);
  return left(`${count(days, "day")}${hours % 24 ? ` ${count(hours % 24, "hour")}` : ""}`);
}
