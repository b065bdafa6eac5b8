import { describe, expect, it } from "vitest";
import { nextSteps } from "./next-steps";

const a = (id: string, over: Partial<Parameters<typeof nextSteps>[0]["assignments"][number]> = {}) => ({
  id,
  title: `Set ${id}`,
  bucket: "todo" as const,
  canStart: true,
  inProgressId: null,
  attemptsAllowed: 1,
  attemptsUsed: 0,
  ...over,
});

describe("nextSteps", () => {
  it("offers another attempt while the assignment is open and has attempts left", () => {
    const steps = nextSteps({ assignmentId: "x", assignments: [a("x", { bucket: "done", attemptsAllowed: 3, attemptsUsed: 1 })], dueReviews: 0, missedWithKeys: 0 });
    expect(steps.tryAgain).toEqual({ assignmentId: "x", title: "Set x", attemptsLeft: 2 });
  });

  it("offers no retry when the attempts are used up, the assignment is closed, or it was practice", () => {
    expect(nextSteps({ assignmentId: "x", assignments: [a("x", { bucket: "done", attemptsUsed: 1, canStart: false })], dueReviews: 0, missedWithKeys: 0 }).tryAgain).toBeNull();
    expect(nextSteps({ assignmentId: "x", assignments: [a("x", { bucket: "done", attemptsAllowed: 2, attemptsUsed: 1, canStart: false })], dueReviews: 0, missedWithKeys: 0 }).tryAgain).toBeNull();
    expect(nextSteps({ assignmentId: null, assignments: [a("x")], dueReviews: 0, missedWithKeys: 0 }).tryAgain).toBeNull();
  });

  it("points to the next assignment to do, never this one nor one that can't start", () => {
    const assignments = [a("x", { bucket: "done", attemptsUsed: 1, canStart: false }), a("up", { bucket: "upcoming", canStart: false }), a("done2", { bucket: "done", attemptsAllowed: 2, attemptsUsed: 1 }), a("y")];
    expect(nextSteps({ assignmentId: "x", assignments, dueReviews: 0, missedWithKeys: 0 }).next).toEqual({ assignmentId: "y", title: "Set y", resume: false });
  });

  it("prefers one in progress, and offers none when nothing is open", () => {
    const assignments = [a("y"), a("z", { inProgressId: "att" })];
    expect(nextSteps({ assignmentId: null, assignments, dueReviews: 0, missedWithKeys: 0 }).next).toEqual({ assignmentId: "z", title: "Set z", resume: true });
    expect(nextSteps({ assignmentId: null, assignments: [a("up", { bucket: "upcoming", canStart: false })], dueReviews: 0, missedWithKeys: 0 }).next).toBeNull();
  });

  it("offers review when something is due or this attempt's misses will be", () => {
    expect(nextSteps({ assignmentId: null, assignments: [], dueReviews: 3, missedWithKeys: 0 }).review).toEqual({ due: 3 });
    expect(nextSteps({ assignmentId: null, assignments: [], dueReviews: 0, missedWithKeys: 2 }).review).toEqual({ due: 0 });
    expect(nextSteps({ assignmentId: null, assignments: [], dueReviews: 0, missedWithKeys: 0 }).review).toBeNull();
  });
});
