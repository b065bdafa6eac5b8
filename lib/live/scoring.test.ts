import { describe, expect, it } from "vitest";
import { GRACE_MS, MAX_POINTS, rankAll, rankFromAbove, speedFactor, speedPoints } from "./scoring";

const D = 20_000;

describe("speed points", () => {
  it("gives full points within the first half second", () => {
    expect(speedPoints(1, 0, D)).toBe(MAX_POINTS);
    expect(speedPoints(1, GRACE_MS, D)).toBe(MAX_POINTS);
    expect(speedPoints(1, GRACE_MS + 100, D)).toBeLessThan(MAX_POINTS);
  });

  it("falls linearly to half at the deadline", () => {
    expect(speedPoints(1, D, D)).toBe(500);
    const mid = GRACE_MS + (D - GRACE_MS) / 2;
    expect(speedPoints(1, mid, D)).toBe(750);
    expect(speedFactor(D - 1, D)).toBeGreaterThan(0.5);
    // monotone
    let previous = Infinity;
    for (let t = 0; t <= D; t += 997) {
      const p = speedPoints(1, t, D);
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
  });

  it("scales partial credit and gives nothing for a wrong answer", () => {
    expect(speedPoints(0.5, 0, D)).toBe(500);
    expect(speedPoints(0.5, D, D)).toBe(250);
    expect(speedPoints(0, 0, D)).toBe(0);
    expect(speedPoints(Number.NaN, 0, D)).toBe(0);
    expect(speedPoints(2, 0, D)).toBe(MAX_POINTS);
  });

  it("never goes below half for an answer the server accepted, nor above full for clock skew", () => {
    expect(speedPoints(1, D + 5_000, D)).toBe(500);
    expect(speedPoints(1, -300, D)).toBe(MAX_POINTS);
  });
});

describe("ranks", () => {
  it("share a rank on a tie and skip the next (1, 1, 3)", () => {
    const ranked = rankAll([
      { n: "c", score: 700 },
      { n: "a", score: 900 },
      { n: "b", score: 900 },
      { n: "d", score: 0 },
    ]);
    expect(ranked.map((p) => [p.n, p.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
      ["d", 4],
    ]);
  });

  it("keeps the given order among ties, and everyone ties at zero", () => {
    expect(rankAll([{ n: "x", score: 0 }, { n: "y", score: 0 }]).map((p) => [p.n, p.rank])).toEqual([
      ["x", 1],
      ["y", 1],
    ]);
    expect(rankAll([])).toEqual([]);
  });

  it("is one more than the players above", () => {
    expect(rankFromAbove(0)).toBe(1);
    expect(rankFromAbove(4)).toBe(5);
  });
});
