import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";

const issuesOf = (body: string) => analyse(`Headline\n${body}`).issues;

describe("checkConsistency", () => {
  it("accepts a ratio within rounding and flags one beyond it", () => {
    expect(issuesOf("Sales grew from $2 million in 2010 to $50 million in 2020, a 25-fold increase.")).toEqual([]);
    expect(issuesOf("Sales grew from $2 million in 2010 to $50 million in 2020, a 24.5-fold increase.")).toEqual([]);
    const [issue] = issuesOf("Sales grew from $2 million in 2010 to $50 million in 2020, a 20-fold increase.");
    expect(issue).toMatchObject({ kind: "ratio_mismatch", message: expect.stringContaining("25-fold") });
  });

  it("does not hold a percentage with a base of its own ('than the previous quarter') to the year-on-year pair", () => {
    expect(issuesOf("Revenue rose to $6 million, up from $4 million a year earlier and 9 percent higher than the previous quarter.")).toEqual([]);
    expect(issuesOf("Revenue rose 9 percent to $6 million, up from $4 million a year earlier.").map((i) => i.kind)).toEqual(["ratio_mismatch"]);
  });

  it("does not hold a clause's own measure ('on sales up 4 per cent at £2.2bn') to the amounts of the clause before", () => {
    expect(issuesOf("Net profit fell to £41.3m from £47.9m a year earlier, on sales up 4 per cent at £2.2bn.")).toEqual([]);
    expect(issuesOf("Pre-tax profit dropped to $52.6 million from $61.2 million a year ago, with sales up 6 percent at $940 million.")).toEqual([]);
    // The same amounts with the percentage on the move between them still disagree.
    expect(issuesOf("Net profit fell 4 percent to $41.3 million, down from $47.9 million a year earlier.").map((i) => i.kind)).toEqual(["ratio_mismatch"]);
  });

  it("pairs a percentage only with amounts the sentence moves between", () => {
    // The percentage has an amount of its own ("by 6 percent to 4.2 cents"): another measure.
    expect(issuesOf("Operating profit was $318 million, up from $290 million, and the board raised the quarterly dividend by 6 percent to 4.2 cents a share.")).toEqual([]);
    // "from" opens a date, not a base: the two amounts are a wage and a yearly cost.
    expect(issuesOf("The chain will lift the hourly wage of its cleaners to $19.40 from January, a rise of 4.1 percent, at a cost of about $35 million a year.")).toEqual([]);
    // The move between the amounts, stated wrongly, is still found.
    expect(issuesOf("Operating profit rose 30 percent to $318 million, up from $290 million, and the board raised the dividend.").map((i) => i.kind)).toEqual(["ratio_mismatch"]);
    expect(issuesOf("Operating profit rose 30 percent to $318 million from $290 million.").map((i) => i.kind)).toEqual(["ratio_mismatch"]);
  });

  it("flags a count smaller than the list, but not a partial 'such as' list", () => {
    expect(issuesOf("The bloc includes 10 member countries, such as Peru, Chile and Colombia.")).toEqual([]);
    expect(issuesOf("The pact includes three members: Peru, Chile, Colombia and Ecuador.").map((i) => i.kind)).toContain("count_mismatch");
  });

  it("flags a share above 100 percent and breakdowns that add to more than 100", () => {
    expect(issuesOf("Some 130 percent of voters backed the plan.").map((i) => i.kind)).toEqual(["percent_over_100"]);
    expect(issuesOf("Exports jumped 130 percent last year.")).toEqual([]);
    expect(issuesOf("Of those asked, 60 percent of members said yes, 30 percent said no and 25 percent said maybe.").map((i) => i.kind)).toEqual(["percent_sum"]);
    expect(issuesOf("Some 60 percent of members said yes and 30 percent said no.")).toEqual([]);
  });

  it("does not take one measure against another ('debt of 190 percent of disposable income') for a share of a whole", () => {
    expect(issuesOf("Household debt stands at about 190 percent of disposable income.")).toEqual([]);
    expect(issuesOf("Public debt reached 112 percent of GDP last year.")).toEqual([]);
    expect(issuesOf("About 140 percent of the town's residents voted.").map((i) => i.kind)).toEqual(["percent_over_100"]);
  });

  it("flags only shares that partition one whole", () => {
    const kinds = (body: string) => issuesOf(body).map((i) => i.kind);
    // Mutually exclusive answers to one question.
    expect(kinds("In the poll, 52 percent of voters said they would raise taxes, 38 percent said they would keep them unchanged and 21 percent said they would cut them.")).toEqual(["percent_sum"]);
    expect(kinds("Asked about the merger, 58% of staff said they supported it, 39% opposed it and 12% were undecided.")).toEqual(["percent_sum"]);
    // Several answers per respondent, or shares of different questions: no finding.
    expect(kinds("Respondents could choose up to three priorities. Some 64 percent said they want lower rents, 51 percent said they want better buses and 40 percent said they want more parks.")).toEqual([]);
    expect(kinds("Multiple answers were allowed: 70% of parents said yes to longer hours, 45% said no to school uniforms and 30% were undecided.")).toEqual([]);
    expect(kinds("Some 61 percent of farmers said they support the subsidy, while 57 percent said they back the new tariff.")).toEqual([]);
    expect(kinds("Some 72 percent of drivers said fuel prices worried them, 55 percent said repairs did and 31 percent said insurance did.")).toEqual([]);
    expect(kinds("Some 47 percent of small firms and 66 percent of large firms said they support the reform.")).toEqual([]);
    // A partition that closes is fine, and so is one that falls short (the rest may not have answered).
    expect(kinds("Some 24 percent said yes, 59 percent said no and 17 percent had no opinion.")).toEqual([]);
    expect(kinds("Some 40 percent said yes and 35 percent said no.")).toEqual([]);
    // Within rounding.
    expect(kinds("Some 33.4 percent said yes, 33.4 percent said no and 33.4 percent were unsure.")).toEqual([]);
  });

  it("says what a tally leaves unaccounted for, neutrally, and flags a tally above its total", () => {
    const [gap, ...rest] = issuesOf("The motion was backed by 61 out of 90 delegates, while 17 voted against and 8 abstained.");
    expect(rest).toEqual([]);
    expect(gap).toMatchObject({ kind: "count_mismatch", message: expect.stringContaining("4 of the 90") });
    expect(gap?.message).toMatch(/not accounted for/);
    expect(gap?.message).not.toMatch(/error|wrong|contradict/i);
    const r = analyse("Headline\nThe motion was backed by 61 out of 90 delegates, while 17 voted against and 8 abstained.");
    expect(r.facts.some((f) => f.contradicted)).toBe(false);
    // Brackets inside a part and spelled numbers.
    expect(issuesOf("The council, with 40 members in total, adopted the plan: 30 voted for it, six states (Alda, Brin and Cosa) voted against and two abstained.").map((i) => i.message))
      .toEqual([expect.stringContaining("2 of the 40")]);
    const over = issuesOf("Of the 50 members, 30 voted in favour, 15 voted against and 9 abstained.");
    expect(over).toMatchObject([{ kind: "count_mismatch", message: expect.stringContaining("more than the 50") }]);
  });

  it("does not invent tallies", () => {
    expect(issuesOf("Of the 50 members, 30 voted in favour, 15 voted against and 5 abstained.")).toEqual([]);
    // "by 52 votes to 41": the second figure is the votes against.
    expect(issuesOf("The motion passed by 52 votes to 41, with seven abstentions, in the 100-seat assembly.")).toEqual([]);
    expect(issuesOf("The motion passed by 52 votes to 41, with five abstentions, in the 100-seat assembly.").map((i) => i.message)).toEqual([expect.stringContaining("2 of the 100")]);
    expect(issuesOf("The town counts a total of 9,310 residents, with 4,702 females and 4,608 males.")).toEqual([]);
    expect(issuesOf("The town counts a total of 9,310 residents, with 4,702 females and 4,600 males.").map((i) => i.message)).toEqual([expect.stringContaining("8 of the 9,310")]);
    // No category words, or no total: nothing to check.
    expect(issuesOf("The airline ordered 12 jets out of 40 planned, 6 of them freighters and 3 for regional routes.")).toEqual([]);
    expect(issuesOf("Lawmakers voted 210 to 190 for the bill, and 12 abstained.")).toEqual([]);
    expect(issuesOf("In the first round 30 voted for the plan and 20 against; in the second, out of 60 members, most agreed.")).toEqual([]);
  });

  it("marks the contradicted fact", () => {
    const r = analyse("Headline\nSales grew from $2 million to $50 million, a 20-fold increase.");
    const fold = r.facts.find((f) => f.kind === "number" && f.unit === "fold");
    expect(fold?.contradicted).toBe(true);
    expect(r.issues[0]?.factIds).toContain(fold?.id);
  });
});
