import { describe, expect, it } from "vitest";
import { openingIndex } from "./resume";

const ids = ["a", "b", "c", "d"];

describe("openingIndex", () => {
  it("opens on the question in the address", () => {
    expect(openingIndex("3", ids, {})).toBe(2);
    expect(openingIndex("1", ids, { a: 1, b: 2 })).toBe(0);
    expect(openingIndex("4", ids, {})).toBe(3);
  });

  it("otherwise opens on the first unanswered question, or the first when all are answered", () => {
    expect(openingIndex(undefined, ids, { a: 1, b: 2 })).toBe(2);
    expect(openingIndex(undefined, ids, {})).toBe(0);
    expect(openingIndex(undefined, ids, { a: 1, b: 1, c: 1, d: 1 })).toBe(0);
  });

  it("ignores an address that names no question of this quiz", () => {
    for (const bad of ["0", "5", "-1", "2.5", "1e1", " 2", "two", "", "99999", ["2", "3"], 2, null]) {
      expect(openingIndex(bad, ids, { a: 1 })).toBe(1);
    }
  });

  it("opens a one-at-a-time attempt on the question it is on, whatever the address says", () => {
    expect(openingIndex("1", ids, { a: 1 }, 2)).toBe(2);
    expect(openingIndex(undefined, ids, {}, 0)).toBe(0);
    expect(openingIndex("4", ids, {}, 1)).toBe(1);
    expect(openingIndex(undefined, ids, {}, 9)).toBe(3); // never past the last question
    expect(openingIndex(undefined, [], {}, 2)).toBe(0);
  });

  it("handles a quiz without questions", () => {
    expect(openingIndex("1", [], {})).toBe(0);
  });
});
