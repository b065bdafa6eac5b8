// ISO weeks: Monday 00:00 to the next Monday 00:00, in a given time zone. Pure.
import { dayKey, localDayNumber, startOfLocalDay } from "./calendar";

/** ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export type Week = { start: Date; end: Date; firstDay: string; lastDay: string; timeZone: string };

/** The ISO week containing `now`, as the zone's clocks see it. */
export function isoWeekOf(now: Date, timeZone: string): Week {
  const today = localDayNumber(now, timeZone);
  const monday = today - (isoWeekday(today) - 1);
  return {
    start: startOfLocalDay(monday, timeZone),
    end: startOfLocalDay(monday + 7, timeZone),
    firstDay: dayKey(monday),
    lastDay: dayKey(monday + 6),
    timeZone,
  };
}
