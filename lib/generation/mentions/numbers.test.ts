import { describe, expect, it } from "vitest";
import { findNumbers } from "./numbers";
import { findDates, referenceInstant } from "./dates";

const numbersIn = (s: string) => {
  const span = { start: 0, end: s.length };
  return findNumbers(s, span, findDates(s, span, referenceInstant("2025-06-23")));
};
const pick = (s: string) => numbersIn(s).map((m) => ({ value: m.value, unit: m.unit, currency: m.currency }));

describe("findNumbers", () => {
  it("reads percentages, money with multipliers and folds", () => {
    expect(pick("Some 62.4 percent agreed, 12% did not and 0.5 per cent abstained.")).toEqual([
      { value: 62.4, unit: "percent", currency: undefined },
      { value: 12, unit: "percent", currency: undefined },
      { value: 0.5, unit: "percent", currency: undefined },
    ]);
    expect(pick("Trade grew from $200 million to $77.2 billion, a 352-fold rise.")).toEqual([
      { value: 2e8, unit: "currency", currency: "USD" },
      { value: 7.72e10, unit: "currency", currency: "USD" },
      { value: 352, unit: "fold", currency: undefined },
    ]);
    expect(pick("Profit hit 9.2 trillion won, €3bn, £40 million and 500 billion yen.").map((m) => [m.value, m.currency])).toEqual([
      [9.2e12, "KRW"], [3e9, "EUR"], [4e7, "GBP"], [5e11, "JPY"],
    ]);
  });

  it("finds counts and ordinals, spelled out too", () => {
    const ms = numbersIn("It polled 101 of the top 1,000 firms in five major economic groups for the 60th time.");
    expect(ms.map((m) => [m.value, m.unit, m.noun])).toEqual([
      [101, "count", "the top 1,000 firms"], [1000, "count", "firms"], [5, "count", "major economic groups"], [60, "ordinal", "time"],
    ]);
  });

  it("lets list items inherit the unit stated once", () => {
    const s = "Top fields were chips with 91 points, robotics with 57 and cars with 39. Growth was between 3 and 5 percent.";
    expect(numbersIn(s).map((m) => [m.value, m.unit])).toEqual([[91, "points"], [57, "points"], [39, "points"], [3, "percent"], [5, "percent"]]);
  });

  it("ignores numbers inside names, dates, years and adjectives", () => {
    expect(pick("The Group of 7 (G7) met on June 17 in 1998 to discuss a one-sided 3-year deal.")).toEqual([]);
    expect(pick("")).toEqual([]);
    expect(pick("No numbers at all here.")).toEqual([]);
  });
});
