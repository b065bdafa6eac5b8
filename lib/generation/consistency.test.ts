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

  it("marks the contradicted fact", () => {
    const r = analyse("Headline\nSales grew from $2 million to $50 million, a 20-fold increase.");
    const fold = r.facts.find((f) => f.kind === "number" && f.unit === "fold");
    expect(fold?.contradicted).toBe(true);
    expect(r.issues[0]?.factIds).toContain(fold?.id);
  });
});
