import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { MembershipFact, RankingFact } from "../types";
import { isItemList } from "./ranking";

const listsOf = (body: string) =>
  analyse(`Headline\n${body}`).facts.filter((f): f is MembershipFact => f.kind === "membership" && isItemList(f)).map((f) => [f.container, f.members]);

const rankingsOf = (body: string) => analyse(`Headline\n${body}`).facts.filter((f) => f.kind === "ranking");

describe("rankings of amounts", () => {
  it("are not read from one sum given in two currencies, nor from 'on top of'", () => {
    expect(rankingsOf("The loan, worth about 90 billion won ($67 million), comes on top of 30,000 tons of aid sent last year.")).toEqual([]);
    expect(rankingsOf("The grant, worth 2 million euros, comes on top of the city's own 1.5 million euros.")).toEqual([]);
    // A ranking of amounts in one currency, said to be one, is still read.
    expect(rankingsOf("The top earners were Acme with $90 million, Borel with $60 million and Cato with $20 million.")).toHaveLength(1);
  });
});

describe("rankings of shares", () => {
  it("read no item from a dateline or a hedge ('OSLO, May 2 - Nearly 61 percent …, up from 55 percent')", () => {
    expect(rankingsOf("OSLO, May 2 - Nearly 61 percent of voters backed the plan in the first count, up from 55 percent in 2021.")).toEqual([]);
    expect(rankingsOf("In the first round, almost 40 percent chose the mayor, down from 52 percent.")).toEqual([]);
    // After a dateline, a ranking is read from the sentence proper.
    const [after] = rankingsOf("SEOUL, May 2 - The most promising fields were chips with 91 points, robots with 57 points and ships with 39 points.") as RankingFact[];
    expect(after?.what).toBe("The most promising fields");
    expect(after?.items.map((i) => i.label)).toEqual(["chips", "robots", "ships"]);
  });
});

describe("item lists", () => {
  it("ends the list at the item after 'and': a phrase after it describes that item", () => {
    expect(listsOf("The co-op will release stored wheat for use in baked goods such as flatbread and simit, a sesame bread ring, and send 900 tons abroad.")).toEqual([["baked goods such as", ["flatbread", "simit"]]]);
    expect(listsOf("The port exported mostly copper, zinc, and tin to Chile.")).toEqual([["exported mostly", ["copper", "zinc", "tin"]]]);
  });

  it("reads things listed after a trade verb or a category", () => {
    expect(listsOf("Before the war, the island exported mostly sugar, rum and tobacco to Spain.")).toEqual([["exported mostly", ["sugar", "rum", "tobacco"]]]);
    expect(listsOf("Since 2010, sales of farm machinery like tractors, harvesters and irrigation pumps have doubled.")).toEqual([
      ["farm machinery like", ["tractors", "harvesters", "irrigation pumps"]],
    ]);
    expect(listsOf("The town mainly imported timber and salt from the coast and sold wool.")).toEqual([["mainly imported", ["timber", "salt"]]]);
  });

  it("reads a counted list of names only when the names match the count", () => {
    expect(listsOf("In the vote, four states (Peru, Chile, Fiji and Nepal) voted against the motion.")).toEqual([["four states", ["Peru", "Chile", "Fiji", "Nepal"]]]);
    expect(listsOf("Only three parties — Green Union, Labour Front and Civic Alliance — won seats.")).toEqual([["three parties", ["Green Union", "Labour Front", "Civic Alliance"]]]);
    expect(listsOf("In the vote, five states (Peru, Chile, Fiji and Nepal) voted against the motion.")).toEqual([]);
  });

  it("ignores single items, names and clauses that are not lists", () => {
    expect(listsOf("The island exported sugar to Spain.")).toEqual([]);
    expect(listsOf("The pact includes members such as Peru, Chile and Colombia.")).toEqual([]);
    expect(listsOf("Exports grew, prices fell and wages rose.")).toEqual([]);
    expect(listsOf("The firm sold more than it bought, and the rest went to waste.")).toEqual([]);
  });

  it("keeps groups apart from lists", () => {
    const r = analyse("Headline\nThe pact includes members such as Peru, Chile and Colombia.");
    const [g] = r.facts.filter((f): f is MembershipFact => f.kind === "membership");
    expect(g && isItemList(g)).toBe(false);
  });
});

describe("scored rankings", () => {
  const rankingsOf = (body: string) =>
    analyse(`Headline\n${body}`).facts.filter((f): f is RankingFact => f.kind === "ranking").map((f) => [f.what, f.items.map((i) => i.label)]);

  it("needs words that say what is ranked", () => {
    expect(rankingsOf("The best-rated dishes were lamb stew with 88 points, fish pie with 71 and trifle with 64.")).toEqual([
      ["The best-rated dishes", ["lamb stew", "fish pie", "trifle"]],
    ]);
    // A game's scorers, opening the sentence, rank nothing.
    expect(rankingsOf("Rivera scored 31 points on Friday, and guard Tom Okafor added 18 points and nine rebounds.")).toEqual([]);
    // A comparison over time cut in two ranks nothing either.
    expect(rankingsOf("In 2019 the gap between the richest and poorest towns was 4.1 points; it is now 2.8 points.")).toEqual([]);
  });
});

describe("a place stated for one subject", () => {
  const rankingsOf = (body: string) =>
    analyse(`Headline\n${body}`).facts.filter((f): f is RankingFact => f.kind === "ranking").map((f) => [f.what, f.items.map((i) => i.label)]);

  it("is no ranking: an ordinal alone is not an item, and 'followed by' is no part of the next one", () => {
    expect(rankingsOf('The comedy "Blue Harbour" was second with $9.4 million in its fourth weekend, followed by the western "Dry Creek" at $6.1 million and the cartoon "Moss" at $2.8 million.')).toEqual([]);
    expect(rankingsOf("Riverside came 3rd with 48 points, followed by Hillcrest at 41 points and Oakdale at 35 points.")).toEqual([]);
    // A listed ranking with 'followed by' keeps its items' names.
    expect(rankingsOf("The best-rated dishes were lamb stew with 88 points, followed by fish pie with 71 and trifle with 64.")).toEqual([
      ["The best-rated dishes", ["lamb stew", "fish pie", "trifle"]],
    ]);
  });
});
