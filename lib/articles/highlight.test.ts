import { describe, expect, it } from "vitest";
import { rangesByBlock, splitRuns, targetRange, type Range } from "./highlight";

describe("splitRuns", () => {
  it("returns the whole block when nothing is highlighted", () => {
    expect(splitRuns("Hello world", 10, [])).toEqual([{ text: "Hello world", start: 10, marks: [] }]);
  });

  it("cuts at range edges and keeps every character once", () => {
    const runs = splitRuns("Trade rose 352-fold.", 100, [{ start: 111, end: 119, id: "f1", kind: "fact" }]);
    expect(runs.map((r) => r.text)).toEqual(["Trade rose ", "352-fold", "."]);
    expect(runs[1]!.marks.map((m) => m.id)).toEqual(["f1"]);
    expect(runs.map((r) => r.text).join("")).toBe("Trade rose 352-fold.");
  });

  it("handles overlapping ranges and ranges outside the block", () => {
    const runs = splitRuns("abcdef", 0, [
      { start: 1, end: 4, id: "a", kind: "fact" },
      { start: 3, end: 99, id: "b", kind: "target" },
      { start: 50, end: 60, id: "c", kind: "fact" },
    ]);
    expect(runs.map((r) => [r.text, r.marks.map((m) => m.id).join()])).toEqual([
      ["a", ""],
      ["bc", "a"],
      ["d", "a,b"],
      ["ef", "b"],
    ]);
  });
});

describe("linear highlighting (issue 12, defect 1)", () => {
  it("gives each run one fact mark however many facts overlap it", () => {
    // 3,000 facts that all fell back to their one long sentence, and one mention each inside it.
    const text = "x".repeat(30_000);
    const ranges: Range[] = [];
    for (let i = 0; i < 3_000; i++) ranges.push({ start: 0, end: 30_000, id: `s${i}`, kind: "fact" }, { start: i * 10, end: i * 10 + 5, id: `m${i}`, kind: "fact" });
    const runs = splitRuns(text, 0, ranges);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(Math.max(...runs.map((r) => r.marks.length))).toBe(1);
    expect(runs[0]!.marks[0]!.id).toBe("m0"); // the innermost: the mention, not its sentence
    expect(runs[1]!.marks[0]!.kind).toBe("fact");
  });

  it("places each range in the blocks it touches", () => {
    const blocks = [
      { index: 0, start: 0, end: 10 },
      { index: 2, start: 20, end: 30 },
      { index: 3, start: 30, end: 40 },
    ];
    const r = (start: number, end: number, id: string): Range => ({ start, end, id, kind: "fact" });
    const byBlock = rangesByBlock(blocks, [r(1, 3, "a"), r(12, 18, "gap"), r(25, 35, "b"), r(39, 60, "c")]);
    expect([...byBlock].map(([i, rs]) => [i, rs.map((x) => x.id).join()])).toEqual([
      [0, "a"],
      [2, "b"],
      [3, "b,c"],
    ]);
  });
});

describe("targetRange", () => {
  it("reads start-end offsets", () => {
    expect(targetRange("120-240")).toEqual({ start: 120, end: 240, id: "target", kind: "target" });
  });
  it.each([[undefined], [""], ["240-120"], ["5-5"], ["a-b"], ["1-2-3"], ["12345678-12345679"]])("ignores %s", (s) => {
    expect(targetRange(s)).toBeNull();
  });
});
