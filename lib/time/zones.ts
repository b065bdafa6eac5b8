// Times in a named IANA time zone, the one module for them: a class's times (a teacher in Seoul
// types "09:00" and means 09:00 in Seoul, whatever zone the server runs in), a student's days
// (streaks) and the leaderboards' ISO weeks. The arithmetic is @date-fns/tz's TZDate, which
// reads each zone's offsets and DST rules from Intl: a day or a week begins at its local
// midnight however long it is (23, 25 hours; 167, 169), a wall time the clocks skip moves
// forward with them, and a midnight the clocks skip starts the day when they jump. Pure.
import { TZDate } from "@date-fns/tz";
import { addDays, format, startOfDay, startOfISOWeek } from "date-fns";

// --- Zones -------------------------------------------------------------------------------------

/** True when the runtime knows the zone. Stored and submitted zones are user input: check first. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Falls back to UTC for an unknown zone rather than failing a whole page. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC";
}

/** Every zone this runtime knows, UTC first (some runtimes leave it out of the list). */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((z) => z !== "UTC")];
}

/** A zone's name as people read it: "America/New_York" → "America/New York" (callers add " time"). */
export function zoneLabel(timeZone: string): string {
  return timeZone.replace(/_/g, " ");
}

/** Minutes the zone is ahead of UTC at that instant (Seoul +540, New York -300 or -240). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return -new TZDate(instant.getTime(), timeZone).getTimezoneOffset();
}

// --- Wall-clock times (forms, CSV, pages) --------------------------------------------------------

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2026-03-01T09:00" (a datetime-local value) read as wall-clock time in `timeZone`. Null for
 * malformed or impossible dates and unknown zones. A time the clocks skip (02:30 on the night
 * they spring forward) moves forward with them (03:30); a time that happens twice (01:30 on the
 * night they fall back) is the first of the two.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL_PATTERN.exec(local.trim());
  if (!m || !isValidTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(new TZDate(year, month - 1, day, hour, minute, second, timeZone).getTime());
}

/** The datetime-local value showing `date` in `timeZone`, e.g. to pre-fill a form. */
export function utcToZonedLocal(date: Date, timeZone: string): string {
  return format(new TZDate(date.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Mon, Mar 2, 2026, 9:00 AM" in the zone ("2026년 3월 2일 (월) 오전 9:00" with "ko-KR"); pair it
 * with zoneLabel when shown. `locale` is an Intl locale (lib/i18n/format.ts intlLocale).
 */
export function formatInZone(date: Date, timeZone: string, locale = "en-US"): string {
  const key = `${locale} ${timeZone}`;
  let f = displayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit" });
    displayFormats.set(key, f);
  }
  return f.format(date);
}

// --- Calendar days -------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

/** A day number for a calendar date (days since 1970-01-01), so date differences are exact. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The day number of a zoned date's own calendar day. */
function dayNumberOf(local: TZDate): number {
  return dayNumber(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The local calendar day of an instant, as a day number. */
export function localDayNumber(instant: Date, timeZone: string): number {
  return dayNumberOf(new TZDate(instant.getTime(), timeZone));
}

/** "2026-03-08" for a day number. */
export function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a calendar day begins in the zone: local midnight, or when the clocks jump if they skip it. */
export function startOfLocalDay(day: number, timeZone: string): Date {
  const date = new Date(day * DAY_MS);
  // Noon on that date in the zone (a wall time no clock change touches), then back to its start.
  const noon = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, 0, timeZone);
  return new Date(startOfDay(noon).getTime());
}

// --- ISO weeks (leaderboards) ----------------------------------------------------------------------

/** ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export type Week = { start: Date; end: Date; firstDay: string; lastDay: string; timeZone: string };

/** The ISO week containing `now`, as the zone's clocks see it: Monday 00:00 to the next Monday 00:00. */
export function isoWeekOf(now: Date, timeZone: string): Week {
  const monday = startOfISOWeek(new TZDate(now.getTime(), timeZone));
  // The next Monday's own start, not monday + 7 × 24 h: the week may be 167 or 169 hours long,
  // and if the clocks skipped this Monday's midnight, next Monday still starts at 00:00.
  const nextMonday = startOfDay(addDays(monday, 7));
  return {
    start: new Date(monday.getTime()),
    end: new Date(nextMonday.getTime()),
    firstDay: dayKey(dayNumberOf(monday)),
    lastDay: dayKey(dayNumberOf(monday) + 6),
    timeZone,
  };
}
