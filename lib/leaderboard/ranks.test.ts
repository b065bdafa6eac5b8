import { describe, expect, it } from "vitest";
import { competitionRanks, rankFromCountAbove, rankRows } from "./ranks";

describe("competitionRanks", () => {
  it("ties share a rank and the next rank skips (1, 2, 2, 4)", () => {
    expect(competitionRanks([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
  });
  it("handles a tie at the top and at the end", () => {
    expect(competitionRanks([50, 50, 50, 10, 10])).toEqual([1, 1, 1, 4, 4]);
  });
  it("everyone on zero shares first place", () => {
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1]);
  });
  it("is empty for an empty board", () => {
    expect(competitionRanks([])).toEqual([]);
  });
});

describe("rankFromCountAbove", () => {
  it("matches the list ranking for every position", () => {
    const totals = [90, 80, 80, 70, 70, 70, 5];
    const ranks = competitionRanks(totals);
    totals.forEach((t, i) => expect(rankFromCountAbove(totals.filter((x) => x > t).length)).toBe(ranks[i]));
  });
});

describe("rankRows", () => {
  it("keeps each row and adds its rank", () => {
    expect(rankRows([{ name: "a", total: 3 }, { name: "b", total: 3 }, { name: "c", total: 1 }])).toEqual([
      { name: "a", total: 3, rank: 1 },
      { name: "b", total: 3, rank: 1 },
      { name: "c", total: 1, rank: 3 },
    ]);
  });
});
