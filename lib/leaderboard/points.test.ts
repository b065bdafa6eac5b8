import { describe, expect, it } from "vitest";
import { ASSIGNMENT_BONUS, pointsForAttempt, POINTS_PER_CORRECT } from "./points";

describe("pointsForAttempt", () => {
  it("rewards each correct answer", () => {
    expect(pointsForAttempt({ score: 7, isAssignment: false })).toBe(7 * POINTS_PER_CORRECT);
  });
  it("counts partial credit and rounds to whole points", () => {
    expect(pointsForAttempt({ score: 2.34, isAssignment: false })).toBe(23);
    expect(pointsForAttempt({ score: 2.35, isAssignment: false })).toBe(24);
  });
  it("adds the completion bonus for assignments, even with no right answers", () => {
    expect(pointsForAttempt({ score: 0, isAssignment: true })).toBe(ASSIGNMENT_BONUS);
    expect(pointsForAttempt({ score: 3, isAssignment: true })).toBe(30 + ASSIGNMENT_BONUS);
  });
  it("never awards negative or NaN points", () => {
    expect(pointsForAttempt({ score: -4, isAssignment: false })).toBe(0);
    expect(pointsForAttempt({ score: Number.NaN, isAssignment: false })).toBe(0);
  });
});
