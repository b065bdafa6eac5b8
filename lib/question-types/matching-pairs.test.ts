import { describe, expect, it } from "vitest";
import { pick, usedByOthers } from "./matching-pairs";

describe("matching pairs", () => {
  it("sets an item's choice", () => {
    expect(pick([null, null, null], 1, 2)).toEqual([null, 2, null]);
    expect(pick([0, 1, null], 0, null)).toEqual([null, 1, null]);
  });

  it("never holds one choice twice: the item that had it takes the picker's old choice", () => {
    expect(pick([0, 1, 2], 0, 2)).toEqual([2, 1, 0]);
    expect(pick([null, 1, null], 0, 1)).toEqual([1, null, null]);
    const many = [0, 1, 2, 3].reduce<(number | null)[]>((pairs, choice) => pick(pairs, 0, choice), [null, 3, 2, 1]);
    expect(new Set(many.filter((c) => c !== null)).size).toBe(many.filter((c) => c !== null).length);
  });

  it("tells each item which choices other items hold, not its own", () => {
    const pairs = [2, null, 0];
    expect([...usedByOthers(pairs, 0)]).toEqual([[0, 2]]);
    expect([...usedByOthers(pairs, 1)].sort()).toEqual([
      [0, 2],
      [2, 0],
    ]);
    expect(usedByOthers([null, null], 0).size).toBe(0);
  });
});
