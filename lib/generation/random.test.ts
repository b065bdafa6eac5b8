import { describe, expect, it } from "vitest";
import { createRng, hashString, rngFor, shuffle } from "./random";

describe("random", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("differs between seeds", () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffle(input, createRng(7));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("derives per-key generators deterministically", () => {
    expect(rngFor(3, "x").next()).toBe(rngFor(3, "x").next());
    expect(rngFor(3, "x").next()).not.toBe(rngFor(3, "y").next());
    expect(hashString("abc")).toBe(hashString("abc"));
  });
});
