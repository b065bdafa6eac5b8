import { describe, expect, it } from "vitest";
import { formatInZone, isValidTimeZone, listTimeZones, utcToZonedLocal, zonedLocalToUtc, zoneLabel } from "./zones";

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
    expect(zonedLocalToUtc("2026-03-08T02:30", "America/New_York")).not.toBeNull();
  });
  it("refuses malformed and impossible dates", () => {
    for (const bad of ["", "tomorrow", "2026-02-30T09:00", "2026-13-01T09:00", "2026-01-01T25:00", "2026-01-01 09:00x"]) {
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
