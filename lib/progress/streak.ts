// Daily streaks in the student's own time zone: a "day" is their calendar day, so a quiz at
// 23:50 and one at 00:10 are two days wherever the server runs. Pure.
import { localDayNumber } from "@/lib/time/zones";

export type Streak = {
  /** Consecutive active days ending today, or ending yesterday if today has no activity yet. */
  current: number;
  longest: number;
  activeToday: boolean;
};

export function computeStreak(activity: readonly Date[], now: Date, timeZone: string): Streak {
  const days = [...new Set(activity.map((d) => localDayNumber(d, timeZone)))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const today = localDayNumber(now, timeZone);
  const active = new Set(days);
  const activeToday = active.has(today);
  // A streak stays alive through today until the day ends without activity.
  let day = activeToday ? today : today - 1;
  let current = 0;
  while (active.has(day)) {
    current++;
    day--;
  }
  return { current, longest, activeToday };
}
