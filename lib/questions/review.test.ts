import { describe, expect, it } from "vitest";
import { singleChoice, trueFalse } from "@/lib/grading/test-fixtures";
import type { Question } from "@/lib/question-types";
import { compareEngineBodies, countReview, matchesStatusFilter, needsReview, parseBankStatusFilter, readyToApprove, storedStatus, withoutEngineReview } from "./review";

const flags = [{ code: "cut_stem", message: "The stem is cut off mid-sentence." }];
const held: Question = { ...singleChoice, status: "needs_review", flags };
const ready: Question = { ...trueFalse, status: "ready", flags: [] };
const handWritten: Question = trueFalse; // no status: ready

describe("storedStatus", () => {
  it("stores a question the engine holds back as a draft whatever was asked", () => {
    expect(storedStatus(held, "approved")).toBe("draft");
    expect(storedStatus(held, "draft")).toBe("draft");
    expect(storedStatus(ready, "approved")).toBe("approved");
    expect(storedStatus(handWritten, "approved")).toBe("approved");
    expect(storedStatus(ready, "draft")).toBe("draft");
  });
});

describe("needsReview / readyToApprove", () => {
  const generatedDraft = { status: "draft", origin: "generated" };
  it("tells the drafts apart", () => {
    expect(needsReview(generatedDraft, held)).toBe(true);
    expect(readyToApprove(generatedDraft, held)).toBe(false);
    expect(readyToApprove(generatedDraft, ready)).toBe(true);
    expect(readyToApprove(generatedDraft, handWritten)).toBe(true); // an engine question a teacher edited
    expect(needsReview(generatedDraft, ready)).toBe(false);
  });
  it("leaves questions written by hand, approved and retired ones alone", () => {
    expect(readyToApprove({ status: "draft", origin: "manual" }, handWritten)).toBe(false);
    expect(readyToApprove({ status: "approved", origin: "generated" }, ready)).toBe(false);
    expect(needsReview({ status: "approved", origin: "generated" }, held)).toBe(false); // a teacher approved it
    expect(needsReview({ status: "retired", origin: "generated" }, held)).toBe(false);
  });
  it("counts a bank's drafts", () => {
    const rows = [
      { row: generatedDraft, question: held },
      { row: generatedDraft, question: held },
      { row: generatedDraft, question: ready },
      { row: { status: "draft", origin: "manual" }, question: handWritten },
      { row: { status: "approved", origin: "generated" }, question: ready },
    ];
    expect(countReview(rows)).toEqual({ ready: 1, needsReview: 2 });
  });
});

describe("the bank's status filter", () => {
  it("accepts the row statuses and the two kinds of draft, nothing else", () => {
    for (const v of ["draft", "approved", "retired", "needs_review", "ready"]) expect(parseBankStatusFilter(v)).toBe(v);
    expect(parseBankStatusFilter("sideways")).toBeUndefined();
    expect(parseBankStatusFilter(undefined)).toBeUndefined();
  });
  it("matches what the summary counts", () => {
    const draft = { status: "draft", origin: "generated" };
    expect(matchesStatusFilter("needs_review", draft, held)).toBe(true);
    expect(matchesStatusFilter("ready", draft, held)).toBe(false);
    expect(matchesStatusFilter("ready", draft, ready)).toBe(true);
    expect(matchesStatusFilter("draft", draft, held)).toBe(true);
    expect(matchesStatusFilter("approved", draft, ready)).toBe(false);
    expect(matchesStatusFilter(undefined, draft, held)).toBe(true);
  });
});

describe("withoutEngineReview", () => {
  it("drops status and flags and keeps the question", () => {
    const body = withoutEngineReview(held);
    expect(body).not.toHaveProperty("status");
    expect(body).not.toHaveProperty("flags");
    expect(body).toEqual(singleChoice);
  });
});

describe("compareEngineBodies", () => {
  const plain = JSON.parse(JSON.stringify(singleChoice)) as Record<string, unknown>;
  it("sees a changed verdict on the same question, whatever the key order", () => {
    const reordered = Object.fromEntries(Object.entries({ ...held }).reverse());
    expect(compareEngineBodies(plain, reordered)).toBe("review");
    expect(compareEngineBodies(plain, { ...singleChoice, status: "ready", flags: [] })).toBe("same"); // no status means ready
    expect(compareEngineBodies({ ...held }, { ...held })).toBe("same");
    expect(compareEngineBodies({ ...held }, { ...held, flags: [{ code: "stilted", message: "Template wording." }] })).toBe("review");
  });
  it("sees a changed question as content, verdict or not", () => {
    expect(compareEngineBodies(plain, { ...held, prompt: "Which city hosted the 2025 summit?" })).toBe("content");
    expect(compareEngineBodies(plain, { ...singleChoice, answer: 2 })).toBe("content");
  });
});
