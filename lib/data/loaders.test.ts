import { afterEach, describe, expect, it, vi } from "vitest";
import { CorruptDataError, GENERIC_ERROR, userMessage } from "@/lib/errors";
import { factRows, issueRows, questionRows } from "@/lib/articles/store";
import { fillBlank, singleChoice } from "@/lib/grading/test-fixtures";
import { seedResult } from "@/test/judged";
import {
  fromSqlText,
  loadAnswer,
  loadBlocks,
  loadFactData,
  loadIssueSources,
  loadOptionOrders,
  loadQuestion,
  loadQuestionBody,
  loadQuestionOrder,
  loadStoredBody,
} from "./loaders";

afterEach(() => vi.restoreAllMocks());

/** Runs `read`, expecting the corrupt-data policy: a CorruptDataError and one log line, returned. */
function corrupt(read: () => unknown): { error: CorruptDataError; logged: string } {
  vi.restoreAllMocks();
  const log = vi.spyOn(console, "error").mockImplementation(() => {});
  let caught: unknown;
  try {
    read();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CorruptDataError);
  expect(log).toHaveBeenCalledTimes(1);
  return { error: caught as CorruptDataError, logged: String(log.mock.calls[0]![0]) };
}

describe("stored JSON loaders", () => {
  it("read each column's value as stored", () => {
    const blocks = [{ index: 0, kind: "body", text: "A sentence.", start: 0, end: 11 }];
    expect(loadBlocks({ id: "a1", blocksJson: blocks })).toEqual(blocks);
    expect(loadFactData({ id: "f1", dataJson: { kind: "number", value: 3, source: { start: 0, end: 9 } } })).toMatchObject({ kind: "number", value: 3 });
    expect(loadIssueSources({ id: "i1", sourcesJson: [singleChoice.source] })).toEqual([singleChoice.source]);
    expect(loadQuestionOrder({ id: "t1", questionOrder: ["q1", "q2"] })).toEqual(["q1", "q2"]);
    expect(loadOptionOrders({ id: "t1", optionOrder: { q1: [1, 0, 2] } })).toEqual({ q1: [1, 0, 2] });
    expect(loadOptionOrders({ id: "t1", optionOrder: {} })).toEqual({});
    expect(loadAnswer({ id: "r1", answerJson: { choice: 2 } })).toEqual({ choice: 2 });
    expect(loadStoredBody({ id: "db-id", bodyJson: { ...singleChoice, extra: 1 } })).toMatchObject({ id: singleChoice.id, extra: 1 });
  });

  it("read everything the engine stores for a real article, as the store writes it", () => {
    // Through JSON, as the database holds it (the store's own row mappings, lib/articles/store.ts).
    const stored = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
    const result = seedResult();
    expect(new Set(result.blocks.map((b) => b.kind)).size).toBeGreaterThan(2);
    expect(loadBlocks({ id: "a1", blocksJson: stored(result.blocks) })).toEqual(result.blocks);
    for (const row of factRows("a1", result.facts)) expect(loadFactData({ id: row.key, dataJson: stored(row.dataJson) }).source).toBeDefined();
    for (const row of issueRows("a1", result.issues)) expect(loadIssueSources({ id: "i", sourcesJson: stored(row.sourcesJson) }).length).toBeGreaterThan(0);
    const questions = questionRows("a1", result.questions, "draft");
    expect(questions.length).toBeGreaterThan(10);
    questions.forEach((row, i) => expect(loadQuestionBody({ id: row.key, bodyJson: stored(row.bodyJson) })).toEqual(result.questions[i]));
  });

  it("give a question the database id, and its stored body the engine's", () => {
    expect(loadQuestion({ id: "db-id", bodyJson: singleChoice })).toEqual({ ...singleChoice, id: "db-id" });
    expect(loadQuestionBody({ id: "db-id", bodyJson: singleChoice })).toEqual(singleChoice);
  });

  it("read a raw query's JSON text", () => {
    expect(loadQuestionOrder({ id: "t1", questionOrder: fromSqlText("Attempt", "t1", "questionOrder", '["q1"]') })).toEqual(["q1"]);
    expect(corrupt(() => fromSqlText("Attempt", "t1", "questionOrder", "not json")).logged).toBe("[corrupt data] Attempt t1: questionOrder is not JSON");
    expect(corrupt(() => fromSqlText("Attempt", "t1", "optionOrder", null)).error.column).toBe("optionOrder");
  });

  it("refuse a value of the wrong shape, a double-encoded one included, with one policy", () => {
    const cases: [() => unknown, string][] = [
      [() => loadBlocks({ id: "a1", blocksJson: "[]" }), "Article a1: blocksJson"],
      [() => loadFactData({ id: "f1", dataJson: [] }), "Fact f1: dataJson"],
      [() => loadIssueSources({ id: "i1", sourcesJson: [{ sentence: "" }] }), "ArticleIssue i1: sourcesJson"],
      [() => loadQuestionOrder({ id: "t1", questionOrder: [1, 2] }), "Attempt t1: questionOrder"],
      [() => loadOptionOrders({ id: "t1", optionOrder: { q1: "x" } }), "Attempt t1: optionOrder"],
      [() => loadAnswer({ id: "r1", answerJson: null }), "Response r1: answerJson"],
      [() => loadQuestion({ id: "q1", bodyJson: JSON.stringify(singleChoice) }), "Question q1: bodyJson"],
      [() => loadQuestion({ id: "q1", bodyJson: singleChoice }, "QuestionVersion") && loadQuestion({ id: "q1", bodyJson: {} }, "QuestionVersion"), "QuestionVersion q1: bodyJson"],
    ];
    for (const [read, where] of cases) {
      const { error, logged } = corrupt(read);
      expect(logged).toContain(`[corrupt data] ${where} doesn't match its schema (`);
      // The action guard and the pages show the generic message for it.
      expect(userMessage(error)).toBe(GENERIC_ERROR);
    }
  });

  it("never log or carry the value: a question body holds its answer key", () => {
    const broken = { ...fillBlank, answer: 42, explanation: "" };
    const { error, logged } = corrupt(() => loadQuestion({ id: "q1", bodyJson: broken }));
    for (const text of [logged, error.message]) {
      expect(text).not.toContain(fillBlank.answerText);
      expect(text).not.toContain(JSON.stringify(fillBlank.answer));
      expect(text).not.toContain(fillBlank.prompt);
    }
    expect(logged).toMatch(/answer|explanation/);
  });
});
