import { describe, expect, it } from "vitest";
import { acceptsAnswers, DEADLINE_GRACE_MS, parseQuestionOrder } from "./policy";

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

describe("parseQuestionOrder", () => {
  it("reads a list of ids", () => {
    expect(parseQuestionOrder('["a","b"]')).toEqual(["a", "b"]);
  });
  it("refuses anything else", () => {
    expect(() => parseQuestionOrder('{"a":1}')).toThrow();
    expect(() => parseQuestionOrder("[1,2]")).toThrow();
  });
});
