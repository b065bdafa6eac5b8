"use client";
import { useEffect, useRef, useState } from "react";
import { clockOffset, formatClock, timeLeftAnnouncement, timeLeftMs, type TimeWords } from "@/lib/attempts/timer";
import { useT } from "@/components/i18n/client-messages";

/**
 * The browser's clock error against the server, measured by the first timer of this page
 * session. A later timer may be rendered from the router's cache (back/forward), whose
 * `serverNow` is old, so it reuses this measurement instead of taking a stale one.
 */
let sessionOffset: number | null = null;

type Props = {
  /** The attempt's deadline, set and enforced by the server. */
  deadline: string;
  /** The server's clock (epoch ms) when it rendered the page. */
  serverNow: number;
  /** "due": the deadline is the due date, not a time limit: "Due in 6 days 23 h". */
  kind?: "limit" | "due";
  onExpire?: () => void;
};

/** Shows the time left by the server's clock; announces it politely once a minute, not every second. */
export function QuizTimer({ deadline, serverNow, kind = "limit", onExpire }: Props) {
  const end = new Date(deadline).getTime();
  // Until mounted, server and browser both render the time left as of the server's render.
  const [left, setLeft] = useState(() => end - serverNow);
  const expired = useRef(false);
  const t = useT("client.timer");
  const words: TimeWords = {
    count: (n, unit) => t(`${unit}${n === 1 ? "One" : "Other"}`, { n }),
    hourSuffix: t("hourSuffix"),
    left: (time) => t("left", { time }),
    up: t("up"),
  };

  useEffect(() => {
    sessionOffset ??= clockOffset(serverNow, Date.now());
    const offset = sessionOffset;
    const tick = () => setLeft(timeLeftMs(end, Date.now(), offset));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end, serverNow]);

  useEffect(() => {
    // The server enforces the deadline; submitting here just saves the student a dead end.
    if (left <= 0 && !expired.current) {
      expired.current = true;
      onExpire?.();
    }
  }, [left, onExpire]);

  const urgent = Math.ceil(left / 1000) < 60; // red from "0:59", as the clock shows it
  return (
    <div
      data-testid="quiz-timer"
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium tabular-nums sm:gap-1.5 sm:px-3 sm:py-1 sm:text-sm ${urgent ? "border-red-200 bg-red-50 text-red-700" : "border-line bg-white text-slate-700"}`}
    >
      {/* An SVG, not the ⏱ emoji: the emoji needs a colour-emoji font many machines lack. */}
      <svg aria-hidden viewBox="0 0 16 16" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
        <circle cx="8" cy="9" r="5.5" />
        <path d="M8 6v3l2 1.5M6.5 1.5h3" />
      </svg>
      {/* In the phone's slim quiz bar the clock icon says "time left"; "Due in" stays (it isn't a time limit). */}
      <span aria-hidden>
        {kind === "due" ? t("dueIn") : <span className="max-sm:hidden">{t("timeLeft")}</span>}
        {formatClock(left, words)}
      </span>
      <span className="sr-only" aria-live="polite">
        {timeLeftAnnouncement(left, words)}
      </span>
    </div>
  );
}
