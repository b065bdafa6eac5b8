import { describe, expect, it } from "vitest";
import { adjustedDeadline, attemptDeadline, editRefusals, effectiveTiming, extensionRefusals, reopenNeedsDueDate, STARTED_LOCKED, type AssignmentSettings, type StartedFacts } from "./manage-policy";

const MIN = 60_000;
const HOUR = 60 * MIN;
const now = new Date("2026-03-10T12:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe("effectiveTiming", () => {
  const a = { dueAt: at(HOUR), timeLimitSec: 1200, attemptsAllowed: 2 };
  it("is the assignment's own settings without an extension", () => {
    expect(effectiveTiming(a, null)).toEqual(a);
  });
  it("adds extra time and attempts, and takes the later due date", () => {
    expect(effectiveTiming(a, { extraTimeSec: 600, extraAttempts: 1, dueAt: at(2 * HOUR) })).toEqual({ dueAt: at(2 * HOUR), timeLimitSec: 1800, attemptsAllowed: 3 });
  });
  it("keeps the assignment's due date when it has since moved past the student's", () => {
    expect(effectiveTiming({ ...a, dueAt: at(3 * HOUR) }, { extraTimeSec: 0, extraAttempts: 0, dueAt: at(2 * HOUR) }).dueAt).toEqual(at(3 * HOUR));
  });
  it("adds no time to an untimed assignment and no due date to one without", () => {
    expect(effectiveTiming({ dueAt: null, timeLimitSec: null, attemptsAllowed: 1 }, { extraTimeSec: 600, extraAttempts: 0, dueAt: at(HOUR) })).toEqual({
      dueAt: null,
      timeLimitSec: null,
      attemptsAllowed: 1,
    });
  });
});

describe("attemptDeadline and adjustedDeadline", () => {
  const started = at(-10 * MIN);
  it("is the time limit from the start, capped by the due date", () => {
    expect(attemptDeadline(started, 1200, null)).toEqual(at(10 * MIN));
    expect(attemptDeadline(started, 1200, at(5 * MIN))).toEqual(at(5 * MIN));
    expect(attemptDeadline(started, null, at(5 * MIN))).toEqual(at(5 * MIN));
    expect(attemptDeadline(started, null, null)).toBeNull();
  });
  it("lengthens an attempt under way when time is added", () => {
    // 20 minutes, started 10 minutes ago, ten more minutes for this student: 20 minutes left.
    expect(adjustedDeadline(at(10 * MIN), started, { timeLimitSec: 1800, dueAt: null })).toEqual(at(20 * MIN));
  });
  it("never shortens what the student was promised", () => {
    expect(adjustedDeadline(at(10 * MIN), started, { timeLimitSec: 300, dueAt: null })).toEqual(at(10 * MIN));
    expect(adjustedDeadline(at(10 * MIN), started, { timeLimitSec: 1200, dueAt: at(MIN) })).toEqual(at(10 * MIN));
  });
  it("lifts the deadline when the limit and due date are both removed, and leaves an open-ended attempt open", () => {
    expect(adjustedDeadline(at(10 * MIN), started, { timeLimitSec: null, dueAt: null })).toBeNull();
    expect(adjustedDeadline(null, started, { timeLimitSec: 60, dueAt: at(MIN) })).toBeNull();
  });
  it("moves a due-date-capped attempt to a later due date", () => {
    expect(adjustedDeadline(at(5 * MIN), started, { timeLimitSec: null, dueAt: at(HOUR) })).toEqual(at(HOUR));
  });
});

const settings: AssignmentSettings = {
  opensAt: at(-HOUR),
  dueAt: at(HOUR),
  timeLimitSec: 1200,
  attemptsAllowed: 2,
  feedbackMode: "after_submit",
  shuffleQuestions: true,
  shuffleOptions: true,
  oneAtATime: false,
};
const nobody: StartedFacts = { attempts: 0, finished: 0, usage: [] };
const started: StartedFacts = { attempts: 3, finished: 2, usage: [{ name: "Ana", used: 2, extraAttempts: 0 }, { name: "Ben", used: 1, extraAttempts: 0 }] };

describe("editRefusals", () => {
  it("allows anything the form accepts before anyone starts", () => {
    const next = { ...settings, opensAt: at(HOUR), dueAt: at(2 * HOUR), attemptsAllowed: 1, feedbackMode: "immediate" as const, shuffleQuestions: false, oneAtATime: true };
    expect(editRefusals(settings, next, nobody, now)).toEqual({});
  });
  it("refuses a changed due date in the past, but not an unchanged one", () => {
    expect(editRefusals(settings, { ...settings, dueAt: at(-MIN) }, nobody, now).dueAt).toEqual(["That due date has already passed."]);
    const pastDue = { ...settings, dueAt: at(-MIN) };
    expect(editRefusals(pastDue, { ...pastDue, timeLimitSec: 600 }, started, now)).toEqual({});
  });
  it("once started, allows dates, time limit and more attempts", () => {
    const next = { ...settings, dueAt: at(3 * HOUR), timeLimitSec: 600, attemptsAllowed: 3, opensAt: at(-2 * HOUR) };
    expect(editRefusals(settings, next, started, now)).toEqual({});
  });
  it("once started, refuses moving the opening into the future", () => {
    expect(editRefusals(settings, { ...settings, opensAt: at(MIN) }, started, now).opensAt?.[0]).toMatch(/can't move into the future/);
  });
  it("once started, refuses changing shuffling or one-at-a-time", () => {
    const errors = editRefusals(settings, { ...settings, shuffleQuestions: false, oneAtATime: true }, started, now);
    expect(errors).toEqual({ shuffleQuestions: [STARTED_LOCKED], oneAtATime: [STARTED_LOCKED] });
  });
  it("refuses attempts below what a student used, naming them and the least allowed", () => {
    expect(editRefusals(settings, { ...settings, attemptsAllowed: 1 }, started, now).attemptsAllowed).toEqual(["Ana already used 2 attempts: allow at least 2."]);
  });
  it("counts a student's extra attempts on top of the new number", () => {
    const extended: StartedFacts = { ...started, usage: [{ name: "Ana", used: 2, extraAttempts: 1 }] };
    expect(editRefusals(settings, { ...settings, attemptsAllowed: 1 }, extended, now)).toEqual({});
    const three: StartedFacts = { ...started, usage: [{ name: "Cy", used: 3, extraAttempts: 0 }, { name: "Ana", used: 2, extraAttempts: 0 }] };
    expect(editRefusals({ ...settings, attemptsAllowed: 3 }, { ...settings, attemptsAllowed: 1 }, three, now).attemptsAllowed).toEqual([
      "Cy (and 1 more) already used 3 attempts: allow at least 3.",
    ]);
  });
  it("once started, refuses feedback to or from after-each-question", () => {
    expect(editRefusals(settings, { ...settings, feedbackMode: "immediate" }, started, now).feedbackMode?.[0]).toMatch(/after each question/);
    expect(editRefusals({ ...settings, feedbackMode: "immediate" }, settings, started, now).feedbackMode?.[0]).toMatch(/after each question/);
  });
  it("releases feedback held for the due date at once, but can't hold back feedback already seen", () => {
    expect(editRefusals({ ...settings, feedbackMode: "after_due" }, settings, started, now)).toEqual({});
    expect(editRefusals(settings, { ...settings, feedbackMode: "after_due" }, started, now).feedbackMode?.[0]).toMatch(/can't be held back/);
    const onlyUnderWay: StartedFacts = { attempts: 1, finished: 0, usage: [{ name: "Ana", used: 1, extraAttempts: 0 }] };
    expect(editRefusals(settings, { ...settings, feedbackMode: "after_due" }, onlyUnderWay, now)).toEqual({});
  });
});

describe("extensionRefusals", () => {
  const a = { dueAt: at(HOUR), timeLimitSec: 1200 };
  it("accepts extra time, extra attempts and a later due date", () => {
    expect(extensionRefusals(a, { extraTimeSec: 600, extraAttempts: 1, dueAt: at(2 * HOUR) }, now)).toEqual({});
  });
  it("needs at least one thing to give", () => {
    expect(extensionRefusals(a, { extraTimeSec: 0, extraAttempts: 0, dueAt: null }, now).form?.[0]).toMatch(/at least one/);
  });
  it("refuses time on an untimed assignment and a due date on one without", () => {
    const open = { dueAt: null, timeLimitSec: null };
    const errors = extensionRefusals(open, { extraTimeSec: 600, extraAttempts: 0, dueAt: at(HOUR) }, now);
    expect(errors.extraMinutes?.[0]).toMatch(/no time limit/);
    expect(errors.dueAt?.[0]).toMatch(/no due date/);
  });
  it("refuses a due date no later than the assignment's, or already past", () => {
    expect(extensionRefusals(a, { extraTimeSec: 0, extraAttempts: 0, dueAt: at(HOUR) }, now).dueAt?.[0]).toMatch(/later than the assignment's/);
    const past = { dueAt: at(-2 * HOUR), timeLimitSec: null };
    expect(extensionRefusals(past, { extraTimeSec: 0, extraAttempts: 0, dueAt: at(-HOUR) }, now).dueAt?.[0]).toMatch(/already passed/);
  });
});

describe("reopenNeedsDueDate", () => {
  it("only when the due date has passed", () => {
    expect(reopenNeedsDueDate({ dueAt: at(-MIN) }, now)).toBe(true);
    expect(reopenNeedsDueDate({ dueAt: at(MIN) }, now)).toBe(false);
    expect(reopenNeedsDueDate({ dueAt: null }, now)).toBe(false);
  });
});

describe("editRefusals and the form's minutes", () => {
  it("reads a past due date sent back to the minute as unchanged", () => {
    const pastDue = { ...settings, dueAt: new Date(now.getTime() - 90_500) };
    expect(editRefusals(pastDue, { ...pastDue, dueAt: new Date(now.getTime() - 120_000) }, nobody, now)).toEqual({});
  });
});
