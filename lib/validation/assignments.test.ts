import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms";
import { assignmentInput } from "./assignments";
import { joinClassInput, createClassInput } from "./classes";

const NOW = new Date("2026-03-01T00:00:00Z");
const schema = assignmentInput({ timeZone: "Asia/Seoul", now: NOW });

const valid = {
  classId: "class1",
  setId: "set1",
  opensAt: "2026-03-02T09:00",
  dueAt: "2026-03-09T17:00",
  timeLimitMinutes: "20",
  attemptsAllowed: "2",
  shuffleQuestions: "on",
  shuffleOptions: null,
  feedbackMode: "after_due",
};

function errors(input: Record<string, unknown>) {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("assignment input", () => {
  it("reads times in the class zone and converts the rest", () => {
    const parsed = schema.parse(valid);
    expect(parsed.opensAt.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parsed.dueAt?.toISOString()).toBe("2026-03-09T08:00:00.000Z");
    expect(parsed.timeLimitSec).toBe(1200);
    expect(parsed.attemptsAllowed).toBe(2);
    expect(parsed.shuffleQuestions).toBe(true);
    expect(parsed.shuffleOptions).toBe(false);
    expect(parsed.feedbackMode).toBe("after_due");
    expect(parsed.oneAtATime).toBe(false); // an absent checkbox is off
    expect(schema.parse({ ...valid, oneAtATime: "on" }).oneAtATime).toBe(true);
  });

  it("refuses a checkbox value no form sends", () => {
    expect(errors({ ...valid, oneAtATime: "yes please" })).toHaveProperty("oneAtATime");
  });

  it("makes the due date and time limit optional", () => {
    const parsed = schema.parse({ ...valid, dueAt: "", timeLimitMinutes: "", feedbackMode: "immediate" });
    expect(parsed.dueAt).toBeNull();
    expect(parsed.timeLimitSec).toBeNull();
  });

  it("refuses a due date before or at the opening", () => {
    expect(errors({ ...valid, dueAt: "2026-03-02T08:00" }).dueAt).toEqual(["The due date must be after the opening date."]);
    expect(errors({ ...valid, dueAt: valid.opensAt }).dueAt).toBeDefined();
  });

  it("refuses a due date already past", () => {
    expect(errors({ ...valid, opensAt: "2026-02-01T09:00", dueAt: "2026-02-10T09:00" }).dueAt).toEqual(["That due date has already passed."]);
  });

  it("refuses malformed and impossible dates", () => {
    expect(errors({ ...valid, opensAt: "" }).opensAt).toBeDefined();
    expect(errors({ ...valid, opensAt: "next tuesday" }).opensAt).toEqual(["Enter the opening date and time."]);
    expect(errors({ ...valid, opensAt: "2026-02-30T09:00" }).opensAt).toBeDefined();
    expect(errors({ ...valid, dueAt: "2026-99-01T09:00" }).dueAt).toBeDefined();
  });

  it("bounds attempts allowed and the time limit", () => {
    expect(errors({ ...valid, attemptsAllowed: "0" }).attemptsAllowed).toBeDefined();
    expect(errors({ ...valid, attemptsAllowed: "11" }).attemptsAllowed).toBeDefined();
    expect(errors({ ...valid, attemptsAllowed: "1.5" }).attemptsAllowed).toBeDefined();
    expect(errors({ ...valid, attemptsAllowed: "lots" }).attemptsAllowed).toBeDefined();
    expect(errors({ ...valid, timeLimitMinutes: "0" }).timeLimitMinutes).toBeDefined();
    expect(errors({ ...valid, timeLimitMinutes: "-5" }).timeLimitMinutes).toBeDefined();
    expect(errors({ ...valid, timeLimitMinutes: "601" }).timeLimitMinutes).toBeDefined();
  });

  it("needs a known feedback mode, and a due date for feedback after it", () => {
    expect(errors({ ...valid, feedbackMode: "never" }).feedbackMode).toBeDefined();
    expect(errors({ ...valid, dueAt: "" }).feedbackMode).toEqual(["Feedback after the due date needs a due date."]);
  });

  it("reports every field's error at once", () => {
    const e = errors({ ...valid, attemptsAllowed: "0", dueAt: "2026-03-01T09:00", timeLimitMinutes: "x" });
    expect(Object.keys(e).sort()).toEqual(["attemptsAllowed", "dueAt", "timeLimitMinutes"]);
    expect(e.attemptsAllowed).toEqual(["Allow at least 1 attempt."]);
  });

  it("needs a set", () => {
    expect(errors({ ...valid, setId: "" }).setId).toEqual(["Choose a question set."]);
    expect(errors({ ...valid, setId: null }).setId).toBeDefined();
  });
});

describe("class inputs", () => {
  it("validates the name and time zone", () => {
    expect(createClassInput.parse({ name: "  Econ  ", timeZone: "Asia/Seoul" }).name).toBe("Econ");
    expect(createClassInput.safeParse({ name: " ", timeZone: "UTC" }).success).toBe(false);
    expect(createClassInput.safeParse({ name: "Econ", timeZone: "Nowhere/Land" }).success).toBe(false);
    expect(createClassInput.safeParse({ name: "x".repeat(81), timeZone: "UTC" }).success).toBe(false);
  });

  it("normalises join codes and explains a malformed one", () => {
    expect(joinClassInput.parse({ code: " fac-t42 " }).code).toBe("FACT42");
    const bad = joinClassInput.safeParse({ code: "FACTO2" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.message).toMatch(/no 0, O, 1, I or L/);
    expect(joinClassInput.safeParse({ code: "" }).success).toBe(false);
  });
});
