import { describe, expect, it } from "vitest";
import { findDates, referenceInstant } from "./dates";

const datesIn = (s: string, ref = "2025-06-23") => findDates(s, { start: 0, end: s.length }, referenceInstant(ref));

describe("findDates", () => {
  it("resolves partial dates and ranges against the reference date, never the clock", () => {
    const [range] = datesIn("The survey, conducted from May 30 to June 30, ended.");
    expect(range).toMatchObject({ iso: "2025-05-30", endIso: "2025-06-30", granularity: "day" });
    expect(datesIn("It was signed on March 3.", "2019-06-01")[0]?.iso).toBe("2019-03-03");
    expect(datesIn("Carried out between Jan. 15 and Feb. 20, the poll…")[0]).toMatchObject({ iso: "2025-01-15", endIso: "2025-02-20" });
  });

  it("finds bare years with their preposition", () => {
    const ds = datesIn("First proposed in 1998, talks stalled prior to 2000 and were halted in 2004.");
    expect(ds.map((d) => [d.iso, d.granularity, d.preposition])).toEqual([
      ["1998", "year", "in"], ["2000", "year", "prior to"], ["2004", "year", "in"],
    ]);
  });

  it("falls back to 2000-01-01 for a bad reference and ignores 'may' the verb", () => {
    expect(referenceInstant("not a date").toISOString().slice(0, 10)).toBe("2000-01-01");
    expect(datesIn("Prices may rise.")).toEqual([]);
  });
});
