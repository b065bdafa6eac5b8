import { describe, expect, it } from "vitest";
import {
  dayNumber,
  formatInZone,
  isoWeekday,
  isoWeekOf,
  isValidTimeZone,
  listTimeZones,
  localDayNumber,
  offsetMinutes,
  safeTimeZone,
  startOfLocalDay,
  utcToZonedLocal,
  zonedLocalToUtc,
  zoneLabel,
} from "./zones";

const at = (iso: string) => new Date(iso);

describe("isValidTimeZone", () => {
  it("accepts IANA zones and UTC, refuses anything else", () => {
    for (const tz of ["UTC", "Asia/Seoul", "America/New_York", "Europe/Paris"]) expect(isValidTimeZone(tz)).toBe(true);
    for (const tz of ["", "Mars/Olympus", "Asia/Seoul<script>", "x".repeat(100)]) expect(isValidTimeZone(tz)).toBe(false);
  });
  it("lists UTC first, once", () => {
    const zones = listTimeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones.filter((z) => z === "UTC")).toHaveLength(1);
    expect(zones).toContain("Asia/Seoul");
  });
  it("falls back to UTC for a zone the runtime doesn't know", () => {
    expect(safeTimeZone("Asia/Seoul")).toBe("Asia/Seoul");
    for (const tz of [null, undefined, "", "Mars/Olympus"]) expect(safeTimeZone(tz)).toBe("UTC");
  });
});

describe("zonedLocalToUtc", () => {
  it("reads wall-clock time in the zone", () => {
    expect(zonedLocalToUtc("2026-03-01T09:00", "Asia/Seoul")?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(zonedLocalToUtc("2026-03-01T09:00", "UTC")?.toISOString()).toBe("2026-03-01T09:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-15T09:00", "America/New_York")?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
  });
  it("handles the days clocks change", () => {
    // New York springs forward at 02:00 on 2026-03-08: 01:30 is EST, 03:30 is EDT.
    expect(zonedLocalToUtc("2026-03-08T01:30", "America/New_York")?.toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect(zonedLocalToUtc("2026-03-08T03:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // 02:30 doesn't happen that night: it moves forward with the clocks, to 03:30 EDT.
    expect(zonedLocalToUtc("2026-03-08T02:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // London springs forward at 01:00 GMT on 2026-03-29: 01:30 is 02:30 BST.
    expect(zonedLocalToUtc("2026-03-29T01:30", "Europe/London")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
  it("reads a time that happens twice (clocks falling back) as the first of the two", () => {
    // New York falls back at 02:00 EDT on 2026-11-01: 01:30 comes first as EDT (05:30Z), then as EST (06:30Z).
    expect(zonedLocalToUtc("2026-11-01T01:30", "America/New_York")?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(utcToZonedLocal(at("2026-11-01T05:30:00Z"), "America/New_York")).toBe("2026-11-01T01:30");
    expect(utcToZonedLocal(at("2026-11-01T06:30:00Z"), "America/New_York")).toBe("2026-11-01T01:30");
  });
  it("refuses malformed and impossible dates", () => {
    for (const bad of ["", "tomorrow", "2026-02-30T09:00", "2026-13-01T09:00", "2026-01-01T25:00", "2026-01-01T09:60", "2026-01-01T09:00:60", "2026-01-01 09:00x"]) {
      expect(zonedLocalToUtc(bad, "UTC")).toBeNull();
    }
    expect(zonedLocalToUtc("2026-01-01T09:00", "Nowhere/Land")).toBeNull();
  });
  it("round-trips with utcToZonedLocal", () => {
    const d = new Date("2026-05-17T22:45:00Z");
    for (const tz of ["UTC", "Asia/Seoul", "America/Los_Angeles", "Asia/Kolkata"]) {
      expect(zonedLocalToUtc(utcToZonedLocal(d, tz), tz)?.toISOString()).toBe(d.toISOString());
    }
    expect(utcToZonedLocal(d, "Asia/Seoul")).toBe("2026-05-18T07:45");
  });
});

describe("formatting", () => {
  it("shows the time in the zone", () => {
    expect(formatInZone(new Date("2026-03-01T00:00:00Z"), "Asia/Seoul")).toBe("Sun, Mar 1, 2026, 9:00 AM");
    expect(zoneLabel("America/New_York")).toBe("America/New York");
  });
});

describe("isoWeekday", () => {
  it("knows Monday and Sunday", () => {
    expect(isoWeekday(dayNumber(2026, 3, 9))).toBe(1); // Monday
    expect(isoWeekday(dayNumber(2026, 3, 8))).toBe(7); // Sunday
    expect(isoWeekday(dayNumber(1969, 12, 29))).toBe(1); // before the epoch too
  });
});

describe("isoWeekOf", () => {
  it("starts Monday 00:00 UTC for the UTC board", () => {
    const week = isoWeekOf(at("2026-03-11T15:00:00Z"), "UTC");
    expect(week.start.toISOString()).toBe("2026-03-09T00:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-03-16T00:00:00.000Z");
    expect([week.firstDay, week.lastDay]).toEqual(["2026-03-09", "2026-03-15"]);
  });

  it("Sunday 23:30 in Seoul is still last week there, but Sunday 14:30 UTC", () => {
    // 2026-03-15 is a Sunday. 23:30 KST = 14:30 UTC the same Sunday.
    const now = at("2026-03-15T14:30:00Z");
    expect(isoWeekOf(now, "Asia/Seoul").start.toISOString()).toBe("2026-03-08T15:00:00.000Z"); // Mon 9 Mar 00:00 KST
    expect(isoWeekOf(now, "UTC").start.toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("Monday 00:30 in Seoul is a new week there while UTC is still on Sunday", () => {
    const now = at("2026-03-15T15:30:00Z"); // Mon 16 Mar 00:30 KST
    expect(isoWeekOf(now, "Asia/Seoul").start.toISOString()).toBe("2026-03-15T15:00:00.000Z");
    expect(isoWeekOf(now, "UTC").start.toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("resets exactly at local midnight, not a moment before", () => {
    const boundary = at("2026-03-15T15:00:00Z");
    expect(isoWeekOf(new Date(boundary.getTime() - 1), "Asia/Seoul").start.toISOString()).toBe("2026-03-08T15:00:00.000Z");
    expect(isoWeekOf(boundary, "Asia/Seoul").start.toISOString()).toBe("2026-03-15T15:00:00.000Z");
  });

  it("the week clocks spring forward in New York is 167 hours long", () => {
    // DST starts Sunday 2026-03-08 at 02:00 EST → 03:00 EDT.
    const week = isoWeekOf(at("2026-03-05T12:00:00Z"), "America/New_York");
    expect(week.start.toISOString()).toBe("2026-03-02T05:00:00.000Z"); // Mon 00:00 EST
    expect(week.end.toISOString()).toBe("2026-03-09T04:00:00.000Z"); // Mon 00:00 EDT
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(167);
  });

  it("the week clocks fall back in New York is 169 hours long", () => {
    // DST ends Sunday 2026-11-01 at 02:00 EDT → 01:00 EST.
    const week = isoWeekOf(at("2026-11-01T20:00:00Z"), "America/New_York");
    expect(week.start.toISOString()).toBe("2026-10-26T04:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(169);
  });

  it("Sunday 23:30 New York after the change belongs to the DST week", () => {
    const sundayLate = at("2026-03-09T03:30:00Z"); // Sun 8 Mar 23:30 EDT
    expect(isoWeekOf(sundayLate, "America/New_York").firstDay).toBe("2026-03-02");
    expect(isoWeekOf(sundayLate, "UTC").firstDay).toBe("2026-03-09");
  });

  it("handles the ISO week that spans a new year", () => {
    const week = isoWeekOf(at("2027-01-01T12:00:00Z"), "UTC"); // a Friday
    expect([week.firstDay, week.lastDay]).toEqual(["2026-12-28", "2027-01-03"]);
  });
});

describe("startOfLocalDay", () => {
  it("finds midnight in zones with half-hour offsets", () => {
    expect(startOfLocalDay(dayNumber(2026, 6, 1), "Asia/Kolkata").toISOString()).toBe("2026-05-31T18:30:00.000Z");
  });
  it("resolves a midnight the clocks skip to when the day begins", () => {
    // Santiago springs forward at 00:00 → 01:00 on 2026-09-06.
    const start = startOfLocalDay(dayNumber(2026, 9, 6), "America/Santiago");
    expect(offsetMinutes(start, "America/Santiago")).toBe(-180);
    expect(start.toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
  it("a day the clocks spring forward is 23 hours long, one they fall back 25", () => {
    const length = (y: number, m: number, d: number) =>
      (startOfLocalDay(dayNumber(y, m, d) + 1, "Europe/Paris").getTime() - startOfLocalDay(dayNumber(y, m, d), "Europe/Paris").getTime()) / 3_600_000;
    expect(length(2026, 3, 29)).toBe(23);
    expect(length(2026, 10, 25)).toBe(25);
    expect(length(2026, 6, 1)).toBe(24);
  });
});

describe("localDayNumber", () => {
  it("is the calendar day on the zone's clocks", () => {
    const instant = at("2026-03-15T15:30:00Z"); // Mon 16 Mar 00:30 in Seoul, Sun 15 Mar in New York
    expect(localDayNumber(instant, "Asia/Seoul")).toBe(dayNumber(2026, 3, 16));
    expect(localDayNumber(instant, "America/New_York")).toBe(dayNumber(2026, 3, 15));
    expect(localDayNumber(instant, "UTC")).toBe(dayNumber(2026, 3, 15));
  });
  it("counts a day whose midnight the clocks skip from when it begins", () => {
    const start = startOfLocalDay(dayNumber(2026, 9, 6), "America/Santiago");
    expect(localDayNumber(start, "America/Santiago")).toBe(dayNumber(2026, 9, 6));
    expect(localDayNumber(new Date(start.getTime() - 1), "America/Santiago")).toBe(dayNumber(2026, 9, 5));
  });
});

describe("isoWeekOf at the edges of DST", () => {
  it("a week whose Monday midnight the clocks skip starts when they jump, and ends at the next Monday's midnight", () => {
    // Tehran sprang forward at 00:00 (+03:30) to 01:00 (+04:30) on Monday 2021-03-22.
    const week = isoWeekOf(at("2021-03-24T12:00:00Z"), "Asia/Tehran");
    expect(week.start.toISOString()).toBe("2021-03-21T20:30:00.000Z"); // Mon 01:00 +04:30
    expect(week.end.toISOString()).toBe("2021-03-28T19:30:00.000Z"); // next Mon 00:00 +04:30
    expect([week.firstDay, week.lastDay]).toEqual(["2021-03-22", "2021-03-28"]);
  });
  it("a half-hour DST change (Lord Howe) and a southern-hemisphere fall back (Sydney)", () => {
    // Lord Howe goes from +10:30 to +11:00 on Sunday 2026-10-04: the week after starts at +11.
    expect(isoWeekOf(at("2026-10-07T12:00:00Z"), "Australia/Lord_Howe").start.toISOString()).toBe("2026-10-04T13:00:00.000Z");
    expect(offsetMinutes(at("2026-10-04T13:00:00Z"), "Australia/Lord_Howe")).toBe(660);
    // Sydney falls back on Sunday 2026-04-05: that week runs 169 hours, from +11 to +10.
    const week = isoWeekOf(at("2026-04-02T12:00:00Z"), "Australia/Sydney");
    expect(week.start.toISOString()).toBe("2026-03-29T13:00:00.000Z");
    expect(week.end.toISOString()).toBe("2026-04-05T14:00:00.000Z");
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(169);
  });
  it("a week with a day the zone skipped altogether (Apia, 30 Dec 2011) still starts and ends on Mondays", () => {
    const week = isoWeekOf(at("2011-12-29T12:00:00Z"), "Pacific/Apia");
    expect([week.firstDay, week.lastDay]).toEqual(["2011-12-26", "2012-01-01"]);
    expect(week.end.toISOString()).toBe("2012-01-01T10:00:00.000Z"); // Mon 2 Jan 00:00 at +14
  });
  it("agrees with the weekday arithmetic for every day of a year, in zones either side of UTC", () => {
    for (const tz of ["UTC", "Asia/Seoul", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      for (let d = dayNumber(2026, 1, 1); d < dayNumber(2027, 1, 1); d++) {
        const noon = new Date(startOfLocalDay(d, tz).getTime() + 12 * 3_600_000);
        const week = isoWeekOf(noon, tz);
        expect(localDayNumber(week.start, tz)).toBe(d - (isoWeekday(d) - 1));
        expect(isoWeekday(localDayNumber(week.end, tz))).toBe(1);
        expect(week.start.getTime()).toBeLessThanOrEqual(noon.getTime());
        expect(week.end.getTime()).toBeGreaterThan(noon.getTime());
      }
    }
  });
});
