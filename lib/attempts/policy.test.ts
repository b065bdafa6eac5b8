import { describe, expect, it } from "vitest";
import { acceptsAnswers, assignmentKeysPublic, assignmentKeysVisible, DEADLINE_GRACE_MS, feedbackVisible, isOverdue } from "./policy";

describe("acceptsAnswers", () => {
  const now = new Date("2026-01-01T10:00:00Z");
  it("accepts while in progress with no deadline", () => {
    expect(acceptsAnswers({ status: "in_progress", deadline: null }, now)).toBe(true);
  });
  it("refuses closed attempts", () => {
    expect(acceptsAnswers({ status: "submitted", deadline: null }, now)).toBe(false);
    expect(acceptsAnswers({ status: "expired", deadline: null }, now)).toBe(false);
  });
  it("accepts within the grace period and refuses after it", () => {
    const deadline = new Date(now.getTime() - DEADLINE_GRACE_MS);
    expect(acceptsAnswers({ status: "in_progress", deadline }, now)).toBe(true);
    expect(acceptsAnswers({ status: "in_progress", deadline: new Date(deadline.getTime() - 1) }, now)).toBe(false);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-01-01T10:00:00Z");
  it("is overdue only in progress and past deadline + grace", () => {
    const past = new Date(now.getTime() - DEADLINE_GRACE_MS - 1);
    expect(isOverdue({ status: "in_progress", deadline: past }, now)).toBe(true);
    expect(isOverdue({ status: "submitted", deadline: past }, now)).toBe(false);
    expect(isOverdue({ status: "in_progress", deadline: null }, now)).toBe(false);
    expect(isOverdue({ status: "in_progress", deadline: new Date(now.getTime() - DEADLINE_GRACE_MS) }, now)).toBe(false);
  });
});

describe("feedbackVisible", () => {
  const now = new Date("2026-01-01T10:00:00Z");
  const later = new Date("2026-01-02T10:00:00Z");
  it("never shows feedback for an attempt in progress", () => {
    expect(feedbackVisible("after_submit", "in_progress", null, now)).toBe(false);
  });
  it("shows after submit, or after the due date in after_due mode", () => {
    expect(feedbackVisible("after_submit", "submitted", later, now)).toBe(true);
    expect(feedbackVisible("after_due", "submitted", later, now)).toBe(false);
    expect(feedbackVisible("after_due", "expired", now, now)).toBe(true);
    expect(feedbackVisible("after_due", "submitted", null, now)).toBe(true);
  });
});

describe("assignmentKeysVisible", () => {
  const now = new Date("2026-01-01T10:00:00Z");
  const due = new Date("2026-01-03T10:00:00Z");
  const past = new Date("2026-01-01T09:00:00Z");
  const submitted = (feedbackMode: string) => ({ status: "submitted", feedbackMode });
  it("keeps the keys back before the student has closed an attempt, whatever the mode", () => {
    expect(assignmentKeysVisible({ dueAt: due }, [], now)).toBe(false);
    expect(assignmentKeysVisible({ dueAt: null }, [{ status: "in_progress", feedbackMode: "immediate" }], now)).toBe(false);
  });
  it("after the due date mode: only from the due date, even once submitted", () => {
    expect(assignmentKeysVisible({ dueAt: due }, [submitted("after_due")], now)).toBe(false);
    expect(assignmentKeysVisible({ dueAt: due }, [submitted("after_due")], due)).toBe(true);
  });
  it("after submitting or immediate: once the student has submitted", () => {
    expect(assignmentKeysVisible({ dueAt: due }, [submitted("after_submit")], now)).toBe(true);
    expect(assignmentKeysVisible({ dueAt: null }, [submitted("immediate")], now)).toBe(true);
  });
  it("past the due date, to everyone; with no due date, never to a visitor", () => {
    expect(assignmentKeysVisible({ dueAt: past }, [], now)).toBe(true);
    expect(assignmentKeysPublic({ dueAt: past }, now)).toBe(true);
    expect(assignmentKeysPublic({ dueAt: due }, now)).toBe(false);
    expect(assignmentKeysPublic({ dueAt: null }, now)).toBe(false);
  });
});
