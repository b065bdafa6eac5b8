import { describe, expect, it } from "vitest";
import { isoWeekOf, isoWeekday } from "./week";
import { dayNumber, offsetMinutes, startOfLocalDay } from "./calendar";

const at = (iso: string) => new Date(iso);

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
});
