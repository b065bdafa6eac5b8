import { describe, expect, it } from "vitest";
import { assignmentKey, assignmentWindow, assignmentQuestionOrder, classifyAssignment, startRefusal, type AttemptSummary } from "./policy";

const items = [
  { position: 2, question: { id: "c", status: "approved" } },
  { position: 0, question: { id: "a", status: "approved" } },
  { position: 1, question: { id: "b", status: "retired" } },
  { position: 3, question: { id: "d", status: "draft" } },
  { position: 4, question: { id: "e", status: "approved" } },
];

describe("assignmentQuestionOrder", () => {
  it("follows the set's positions and keeps approved questions only", () => {
    expect(assignmentQuestionOrder(items, false, 1)).toEqual(["a", "c", "e"]);
  });
  it("shuffles deterministically by seed, keeping the same questions", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ position: i, question: { id: `q${i}`, status: "approved" } }));
    const one = assignmentQuestionOrder(many, true, 42);
    expect(assignmentQuestionOrder(many, true, 42)).toEqual(one);
    expect([...one].sort()).toEqual(many.map((m) => m.question.id).sort());
    expect(one).not.toEqual(many.map((m) => m.question.id));
  });
  it("is empty when nothing is approved", () => {
    expect(assignmentQuestionOrder([{ position: 0, question: { id: "x", status: "retired" } }], true, 1)).toEqual([]);
  });
});

const DAY = 86_400_000;
const now = new Date("2026-03-10T12:00:00Z");
const opened = { opensAt: new Date(now.getTime() - DAY), dueAt: new Date(now.getTime() + DAY), attemptsAllowed: 2 };
const done = (score: number, id = "t"): AttemptSummary => ({ id, status: "submitted", score, maxScore: 10, submittedAt: now });

describe("startRefusal", () => {
  it("refuses before opening and from the due date on", () => {
    expect(startRefusal(opened, now)).toBeNull();
    expect(startRefusal({ ...opened, opensAt: new Date(now.getTime() + 1) }, now)).toMatch(/isn't open yet/);
    expect(startRefusal({ ...opened, dueAt: now }, now)).toMatch(/past its due date/);
    expect(startRefusal({ ...opened, dueAt: null }, now)).toBeNull();
  });
});

describe("classifyAssignment", () => {
  it("puts an open, untouched assignment in to do", () => {
    expect(classifyAssignment(opened, [], now)).toMatchObject({ bucket: "todo", canStart: true, inProgressId: null });
  });
  it("offers to resume an attempt in progress", () => {
    const s = classifyAssignment(opened, [{ id: "p", status: "in_progress", score: null, maxScore: null, submittedAt: null }], now);
    expect(s).toMatchObject({ bucket: "todo", inProgressId: "p", canStart: true });
  });
  it("is upcoming before it opens", () => {
    expect(classifyAssignment({ ...opened, opensAt: new Date(now.getTime() + DAY) }, [], now)).toMatchObject({ bucket: "upcoming", canStart: false });
  });
  it("is late past due with nothing finished", () => {
    expect(classifyAssignment({ ...opened, dueAt: new Date(now.getTime() - 1) }, [], now)).toMatchObject({ bucket: "late", canStart: false });
  });
  it("is done once an attempt is finished, with the best score and attempts left", () => {
    const s = classifyAssignment(opened, [done(4, "low"), { ...done(9, "high"), status: "expired" }], now);
    expect(s).toMatchObject({ bucket: "done", attemptsUsed: 2, canStart: false });
    expect(s.best?.id).toBe("high");
    expect(classifyAssignment(opened, [done(4)], now).canStart).toBe(true);
  });
  it("keys attempts per student and assignment", () => {
    expect(assignmentKey("u1", "a1")).toBe("u1:assignment:a1");
  });
});

describe("assignmentWindow", () => {
  it("is upcoming, open, then closed", () => {
    expect(assignmentWindow({ opensAt: new Date(now.getTime() + 1), dueAt: null }, now)).toBe("upcoming");
    expect(assignmentWindow(opened, now)).toBe("open");
    expect(assignmentWindow({ ...opened, dueAt: now }, now)).toBe("closed");
  });
});

describe("closed by the teacher", () => {
  const closed = { ...opened, closedAt: now };
  it("refuses to start and reads as closed, whatever the dates say", () => {
    expect(startRefusal(closed, now)).toMatch(/closed this assignment/);
    expect(startRefusal({ ...opened, archivedAt: now }, now)).toMatch(/closed this assignment/);
    expect(assignmentWindow(closed, now)).toBe("closed");
  });
  it("puts an untouched closed assignment with the missed ones, a done one stays done", () => {
    expect(classifyAssignment(closed, [], now)).toMatchObject({ bucket: "late", canStart: false, closed: true });
    expect(classifyAssignment(closed, [done(4)], now)).toMatchObject({ bucket: "done", canStart: false, closed: true });
    expect(classifyAssignment(opened, [], now).closed).toBe(false);
  });
});
