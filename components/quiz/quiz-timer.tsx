"use client";
import { useEffect, useRef, useState } from "react";

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/** Shows the time left; announces it politely once a minute, not every second. */
export function QuizTimer({ deadline, onExpire }: { deadline: string; onExpire?: () => void }) {
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => Date.now());
  const expired = useRef(false);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = end - now;
  useEffect(() => {
    // The server enforces the deadline; submitting here just saves the student a dead end.
    if (left <= 0 && !expired.current) {
      expired.current = true;
      onExpire?.();
    }
  }, [left, onExpire]);
  const minutesLeft = Math.max(0, Math.ceil(left / 60_000));
  return (
    <div className="text-sm font-medium tabular-nums">
      <span aria-hidden className={left < 60_000 ? "text-red-700" : "text-slate-700"}>
        ⏱ {format(left)}
      </span>
      <span className="sr-only" aria-live="polite">
        {left <= 0 ? "Time is up." : `${minutesLeft} minute${minutesLeft === 1 ? "" : "s"} left.`}
      </span>
    </div>
  );
}
