// Calendar arithmetic in a named IANA time zone with nothing but Intl, so week and day
// boundaries follow the zone's DST rules without a date library. Pure.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the zone (stored values are user input, so check before use). */
function knownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Falls back to UTC for an unknown zone rather than failing a whole page. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  return timeZone && knownTimeZone(timeZone) ? timeZone : "UTC";
}

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function localParts(instant: Date, timeZone: string): LocalParts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute!, second: out.second! };
}

/** Minutes the zone is ahead of UTC at that instant (Seoul +540, New York -300 or -240). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** A day number for a calendar date (days since 1970-01-01), so date differences are exact. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The local calendar day of an instant, as a day number. */
export function localDayNumber(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  return dayNumber(p.year, p.month, p.day);
}

/** "2026-03-08" for a day number. */
export function dayKey(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant local midnight begins on a calendar day. Two passes settle the offset across
 * a DST change; zones that skip midnight itself are resolved to the first instant after it.
 */
export function startOfLocalDay(day: number, timeZone: string): Date {
  const wall = day * 86_400_000;
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  // If that wall time doesn't exist (midnight skipped), the day starts when the clock jumps.
  if (localDayNumber(new Date(guess), timeZone) < day) {
    while (localDayNumber(new Date(guess), timeZone) < day) guess += 15 * 60_000;
  }
  return new Date(guess);
}
