import { describe, expect, it } from "vitest";
import { findDates, numericOrderOf, referenceInstant } from "./dates";

const datesIn = (s: string, ref = "2025-06-23") => findDates(s, { start: 0, end: s.length }, referenceInstant(ref));

describe("findDates", () => {
  it("resolves partial dates and ranges against the reference date, never the clock", () => {
    const [range] = datesIn("The survey, conducted from May 30 to June 30, ended.");
    expect(range).toMatchObject({ iso: "2025-05-30", endIso: "2025-06-30", granularity: "day" });
    expect(datesIn("It was signed on March 3.", "2019-06-01")[0]?.iso).toBe("2019-03-03");
    expect(datesIn("Carried out between Jan. 15 and Feb. 20, the poll…")[0]).toMatchObject({ iso: "2025-01-15", endIso: "2025-02-20" });
    // The end day alone, in the same month.
    expect(datesIn("It was carried out between February 20 and 26 by the firm.")[0]).toMatchObject({ raw: "February 20 and 26", iso: "2025-02-20", endIso: "2025-02-26" });
    expect(datesIn("The fair ran from March 3 to 9 in Oslo.")[0]).toMatchObject({ raw: "March 3 to 9", endIso: "2025-03-09" });
    expect(datesIn("Between March 3 and 9 percent of staff left.")[0]?.endIso).toBeUndefined();
    expect(datesIn("On March 3 and 9 others joined.")[0]?.endIso).toBeUndefined();
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

  it("never reads a figure after 'Month,' or one that goes on as a decimal as the day", () => {
    // Written for the test.
    expect(datesIn("Of the 9,000 runners who started in April, 7.5 percent did not finish.").map((d) => [d.raw, d.iso, d.granularity])).toEqual([["April", "2025-04", "month"]]);
    expect(datesIn("Sales in March, 12 percent above plan, pleased the board.").map((d) => [d.raw, d.granularity])).toEqual([["March", "month"]]);
    expect(datesIn("Exports in May 4.6 percent higher surprised traders.").map((d) => [d.raw, d.granularity])).toEqual([["May", "month"]]);
    // A day stays a day.
    expect(datesIn("The polls close on May 4, and results follow.").map((d) => [d.raw, d.iso, d.granularity])).toEqual([["May 4", "2025-05-04", "day"]]);
    expect(datesIn("It opened on March 12, 2024.")[0]).toMatchObject({ iso: "2024-03-12", granularity: "day" });
  });
});

describe("findDates: numeric day/month order", () => {
  const numeric = (s: string, dayFirst?: boolean) => findDates(s, { start: 0, end: s.length }, referenceInstant("2020-01-01"), { dayFirst })[0];

  it("reads numeric dates in the page's order, and unambiguous ones either way", () => {
    expect(numeric("The plant shut on 03.04.2019 after a fire.", true)).toMatchObject({ iso: "2019-04-03" });
    expect(numeric("The plant shut on 03.04.2019 after a fire.", false)).toMatchObject({ iso: "2019-03-04" });
    expect(numeric("The plant shut on 23.04.2019 after a fire.")).toMatchObject({ iso: "2019-04-23" });
    expect(numeric("The plant shut on 04/23/2019 after a fire.")).toMatchObject({ iso: "2019-04-23" });
    expect(numeric("The plant shut on 05.05.2019 after a fire.")).toMatchObject({ iso: "2019-05-05" });
  });

  it("marks an order nothing tells, and numbers without a year, as ambiguous", () => {
    expect(numeric("The plant shut on 03.04.2019 after a fire.")).toMatchObject({ ambiguous: true });
    expect(numeric("The home side won 6/2 in the final.", true)).toMatchObject({ ambiguous: true });
  });

  it("decides the page's order from dates that cannot be the other way, then from written dates", () => {
    const order = (text: string, hints: string[] = []) => numericOrderOf(text, [{ start: 0, end: text.length }], hints);
    expect(order("Filed 03.04.2019. Amended 17.04.2019.")).toBe(true);
    expect(order("Filed 03/04/2019. Amended 04/17/2019.")).toBe(false);
    expect(order("Filed 17.04.2019. Amended 04/17/2019.")).toBeUndefined();
    expect(order("Filed 03.04.2019.", ["12 March 2024"])).toBe(true);
    expect(order("Filed 03.04.2019.", ["March 12"])).toBe(false);
    expect(order("Filed 03.04.2019. The hearing on 12 May was delayed to 2 June.")).toBe(true);
    expect(order("Filed 03.04.2019. The hearing on 12 May was delayed to June 2.")).toBeUndefined();
    expect(order("Filed 03.04.2019. Growth was 5 percent.")).toBeUndefined();
  });
});

describe("findDates: partial dates when no year is known", () => {
  it("gives them no year rather than one taken from nowhere", () => {
    const s = "Talks resumed on Oct 22 and ended in December 2019, after a pause in March.";
    const ds = findDates(s, { start: 0, end: s.length }, referenceInstant(undefined), { yearKnown: false });
    expect(ds.map((d) => [d.raw, d.iso, d.yearStated])).toEqual([
      ["Oct 22", "--10-22", false], ["December 2019", "2019-12", true], ["March", "--03", false],
    ]);
  });
});
