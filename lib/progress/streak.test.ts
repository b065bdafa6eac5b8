import { describe, expect, it } from "vitest";
import { computeStreak } from "./streak";

const at = (iso: string) => new Date(iso);

describe("computeStreak", () => {
  it("is zero with no activity", () => {
    expect(computeStreak([], at("2026-03-10T12:00:00Z"), "UTC")).toEqual({ current: 0, longest: 0, activeToday: false });
  });

  it("counts consecutive days ending today, several answers a day counting once", () => {
    const activity = ["2026-03-08T09:00:00Z", "2026-03-09T09:00:00Z", "2026-03-09T18:00:00Z", "2026-03-10T07:00:00Z"].map(at);
    expect(computeStreak(activity, at("2026-03-10T12:00:00Z"), "UTC")).toEqual({ current: 3, longest: 3, activeToday: true });
  });

  it("stays alive through today when yesterday was active, and breaks after a missed day", () => {
    const activity = [at("2026-03-08T09:00:00Z"), at("2026-03-09T09:00:00Z")];
    expect(computeStreak(activity, at("2026-03-10T23:59:00Z"), "UTC").current).toBe(2);
    expect(computeStreak(activity, at("2026-03-11T00:00:00Z"), "UTC")).toEqual({ current: 0, longest: 2, activeToday: false });
  });

  it("splits at the student's midnight, not UTC's", () => {
    // 23:50 and 00:10 Seoul time: two days in Seoul, one day (14:50, 15:10) in UTC.
    const activity = [at("2026-03-09T14:50:00Z"), at("2026-03-09T15:10:00Z")];
    expect(computeStreak(activity, at("2026-03-09T16:00:00Z"), "Asia/Seoul").current).toBe(2);
    expect(computeStreak(activity, at("2026-03-09T16:00:00Z"), "UTC").current).toBe(1);
  });

  it("keeps a New York streak across the spring-forward night (a 23-hour day)", () => {
    // Sat 7 Mar 23:30 EST, Sun 8 Mar 23:30 EDT, Mon 9 Mar 00:30 EDT.
    const activity = [at("2026-03-08T04:30:00Z"), at("2026-03-09T03:30:00Z"), at("2026-03-09T04:30:00Z")];
    expect(computeStreak(activity, at("2026-03-09T12:00:00Z"), "America/New_York")).toEqual({ current: 3, longest: 3, activeToday: true });
  });

  it("keeps a New York streak across the fall-back night (a 25-hour day)", () => {
    // Sat 31 Oct 00:15 EDT, Sun 1 Nov 00:15 EDT (the hour repeats later that night), Sun 1 Nov 23:45 EST counts as the same Sunday.
    const activity = [at("2026-10-31T04:15:00Z"), at("2026-11-01T04:15:00Z"), at("2026-11-02T04:45:00Z")];
    expect(computeStreak(activity, at("2026-11-02T04:50:00Z"), "America/New_York")).toEqual({ current: 2, longest: 2, activeToday: true });
  });

  it("remembers the longest run after a break", () => {
    const activity = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-07", "2026-03-08"].map((d) => at(`${d}T10:00:00Z`));
    expect(computeStreak(activity, at("2026-03-08T12:00:00Z"), "UTC")).toEqual({ current: 2, longest: 4, activeToday: true });
  });

  it("counts across a month and year end", () => {
    const activity = [at("2026-12-31T10:00:00Z"), at("2027-01-01T10:00:00Z")];
    expect(computeStreak(activity, at("2027-01-01T11:00:00Z"), "UTC").current).toBe(2);
  });
});
