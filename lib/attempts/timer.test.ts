import { describe, expect, it } from "vitest";
import { clockOffset, formatClock, timeLeftAnnouncement, timeLeftMs, type TimeWords } from "./timer";

describe("timeLeftMs", () => {
  const deadline = Date.parse("2026-11-28T10:10:00Z");
  const serverNow = Date.parse("2026-11-28T10:00:00Z");

  it("counts down to the server's deadline when the device clock agrees", () => {
    const offset = clockOffset(serverNow, serverNow);
    expect(timeLeftMs(deadline, serverNow + 60_000, offset)).toBe(9 * 60_000);
  });

  it("is not fooled by a device clock that runs five minutes fast or slow", () => {
    for (const skew of [5 * 60_000, -5 * 60_000]) {
      const clientAtRender = serverNow + skew;
      const offset = clockOffset(serverNow, clientAtRender);
      expect(timeLeftMs(deadline, clientAtRender, offset)).toBe(10 * 60_000);
      expect(timeLeftMs(deadline, clientAtRender + 10 * 60_000, offset)).toBe(0);
    }
  });

  it("goes negative after the deadline", () => {
    expect(timeLeftMs(deadline, deadline + 1_000, 0)).toBe(-1_000);
  });
});

describe("formatClock", () => {
  it("shows minutes and seconds, rounding up", () => {
    expect(formatClock(10 * 60_000)).toBe("10:00");
    expect(formatClock(61_000)).toBe("1:01");
    expect(formatClock(59_001)).toBe("1:00");
    expect(formatClock(999)).toBe("0:01");
  });
  it("shows hours past an hour", () => {
    expect(formatClock(2 * 3_600_000 + 5 * 60_000 + 7_000)).toBe("2:05:07");
    expect(formatClock(86_400_000 - 1_000)).toBe("23:59:59");
  });
  it("shows days and hours from a day on", () => {
    expect(formatClock(86_400_000)).toBe("1 day 0 h");
    expect(formatClock(168 * 3_600_000 - 48_000)).toBe("6 days 23 h");
    expect(formatClock(3 * 86_400_000 + 5 * 3_600_000 + 1)).toBe("3 days 5 h");
  });
  it("never shows a negative time", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(-30_000)).toBe("0:00");
    expect(formatClock(Number.NaN)).toBe("0:00");
  });
});

describe("timeLeftAnnouncement", () => {
  it("speaks whole minutes, so it changes once a minute", () => {
    expect(timeLeftAnnouncement(10 * 60_000)).toBe("10 minutes left.");
    expect(timeLeftAnnouncement(9 * 60_000 + 1)).toBe("10 minutes left.");
    expect(timeLeftAnnouncement(60_000)).toBe("1 minute left.");
    expect(timeLeftAnnouncement(1)).toBe("1 minute left.");
  });
  it("speaks hours past an hour, and days past a day", () => {
    expect(timeLeftAnnouncement(3_600_000)).toBe("60 minutes left.");
    expect(timeLeftAnnouncement(3_600_000 + 1)).toBe("1 hour 1 minute left.");
    expect(timeLeftAnnouncement(2 * 3_600_000)).toBe("2 hours left.");
    expect(timeLeftAnnouncement(2 * 3_600_000 + 25 * 60_000)).toBe("2 hours 25 minutes left.");
    expect(timeLeftAnnouncement(24 * 3_600_000)).toBe("1 day left.");
    expect(timeLeftAnnouncement(166 * 3_600_000 - 48_000)).toBe("6 days 22 hours left.");
  });
  it("says when time is up", () => {
    expect(timeLeftAnnouncement(0)).toBe("Time is up.");
    expect(timeLeftAnnouncement(-5)).toBe("Time is up.");
    expect(timeLeftAnnouncement(Number.NaN)).toBe("Time is up.");
  });
});

describe("the clock in another language", () => {
  // As components/quiz/quiz-timer.tsx builds them from messages/ko.json.
  const UNITS = { day: "일", hour: "시간", minute: "분" } as const;
  const korean: TimeWords = { count: (n, unit) => `${n}${UNITS[unit]}`, hourSuffix: "시간", left: (time) => `${time} 남았어요.`, up: "시간이 다 됐어요." };
  it("uses the page's words for days, hours, minutes and time up", () => {
    expect(formatClock(3 * 86_400_000 + 5 * 3_600_000 + 1, korean)).toBe("3일 5시간");
    expect(formatClock(61_000, korean)).toBe("1:01");
    expect(timeLeftAnnouncement(2 * 3_600_000 + 25 * 60_000, korean)).toBe("2시간 25분 남았어요.");
    expect(timeLeftAnnouncement(0, korean)).toBe("시간이 다 됐어요.");
  });
});
