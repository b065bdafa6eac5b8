import { describe, expect, it } from "vitest";
import { splitRuns, targetRange } from "./highlight";

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

describe("targetRange", () => {
  it("reads start-end offsets", () => {
    expect(targetRange("120-240")).toEqual({ start: 120, end: 240, id: "target", kind: "target" });
  });
  it.each([[undefined], [""], ["240-120"], ["5-5"], ["a-b"], ["1-2-3"], ["12345678-12345679"]])("ignores %s", (s) => {
    expect(targetRange(s)).toBeNull();
  });
});
