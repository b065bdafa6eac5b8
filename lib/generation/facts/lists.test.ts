import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { ListFact } from "./list-fact";

const listsOf = (...body: string[]) => analyse(`Headline\n${body.join(" ")}`).facts.filter((f): f is ListFact => f.kind === "list");

describe("list facts", () => {
  it("reads the object of a verb, with its subject, tail, time and what the subject did otherwise", () => {
    const [f] = listsOf("The survey found that before 1990, the island mainly exported sugar, rum and tobacco to Spain and imported cloth.");
    expect(f).toMatchObject({
      items: ["sugar", "rum", "tobacco"],
      what: "mainly exported to Spain",
      time: "before 1990",
      named: false,
      clause: { subject: "the island", verb: "mainly exported", tail: "to Spain" },
      contrast: { verb: "imported", items: ["cloth"] },
    });
    expect(f && f.source.sentence.slice(f.at, f.end)).toBe("sugar, rum and tobacco");
  });

  it("reads examples of a head noun in a subject, with the predicate and a leading time", () => {
    const [f] = listsOf("Since 2010, sales of farm machinery like tractors, harvesters and irrigation pumps have doubled, officials said.");
    expect(f).toMatchObject({
      items: ["tractors", "harvesters", "irrigation pumps"],
      head: "farm machinery",
      what: "farm machinery",
      time: "Since 2010",
      clause: { pre: "sales of", predicate: "have doubled" },
    });
  });

  it("reads examples of a head noun in an object", () => {
    const [f] = listsOf("The valley exports crops such as coffee, tea and cocoa to Europe.");
    expect(f).toMatchObject({ items: ["coffee", "tea", "cocoa"], head: "crops", clause: { subject: "The valley", verb: "exports", tail: "to Europe" } });
  });

  it("reads names a counted head spells out between dashes or in brackets", () => {
    const [a] = listsOf("The country's four provinces — Alpha, Beta, Gamma and Delta — held elections in May.");
    expect(a).toMatchObject({ items: ["Alpha", "Beta", "Gamma", "Delta"], head: "provinces", count: 4, named: true, clause: { predicate: "held elections in May" } });
    const [b] = listsOf("Three small ports (Ostby, Westby and Nordby) handled more cargo last year.");
    expect(b).toMatchObject({ items: ["Ostby", "Westby", "Nordby"], head: "small ports", count: 3, time: "last year" });
  });

  it("keeps a two-item list of things", () => {
    expect(listsOf("Farmers sold wheat and barley to the mills.").map((f) => f.items)).toEqual([["wheat", "barley"]]);
  });

  it("makes no list of people, quotations, figures or adjectives", () => {
    expect(listsOf("The board appointed Maria Lopez, John Smith and Ana Ruiz as directors.")).toEqual([]);
    expect(listsOf("Officials named Dr. Amy Chan, Prof. Li Wei and Sam Okafor to the panel.")).toEqual([]);
    expect(listsOf("“We sell rice, beans and maize,” the trader said.")).toEqual([]);
    expect(listsOf("The minister said the plan was “about roads, bridges and schools” and nothing else.")).toEqual([]);
    expect(listsOf("Prices rose 3, 5 and 7 percent in the three quarters.")).toEqual([]);
    expect(listsOf("The economy is strong and stable.")).toEqual([]);
    expect(listsOf("The new rules are simple, fair and cheap to apply.")).toEqual([]);
  });

  it("makes no list of what did not happen", () => {
    expect(listsOf("The island did not import cloth and salt from Spain.")).toEqual([]);
    expect(listsOf("The firm never sold cars and trucks abroad.")).toEqual([]);
    expect(listsOf("The firm doesn't sell steel and glass.")).toEqual([]);
  });

  it("makes no list of a group's members without a head saying what they are", () => {
    expect(listsOf("The pact includes Peru, Chile and Colombia.")).toEqual([]);
  });

  it("makes no list that hangs on nothing", () => {
    expect(listsOf("Exports grew, prices fell and wages rose.")).toEqual([]);
    expect(listsOf("In the north and the south, voters stayed at home.")).toEqual([]);
  });
});

describe("list facts: subjects and tails", () => {
  it("finds the subject before an aside that opens with a participle, and an 'as' phrase after the list", () => {
    const [f] = listsOf("The report, published in May, listed coal, copper and timber as the main exports of the region.");
    expect(f?.clause).toEqual({ subject: "The report", verb: "listed", tail: "as the main exports of the region" });
  });

  it("keeps no clause as a tail, and no capitalised month as an auxiliary", () => {
    const [f] = listsOf("The island exported sugar and rum as prices rose.");
    expect(f?.clause).toEqual({ subject: "The island", verb: "exported" });
  });
});

describe("list facts: edges of the clause", () => {
  it("reads a last item the tagger may take for a verb, and a subject after 'while'", () => {
    const [a] = listsOf("Since 2015, the country has exported ships, cars and phones to India.");
    expect(a).toMatchObject({ items: ["ships", "cars", "phones"], time: "Since 2015", clause: { subject: "the country", verb: "has exported", tail: "to India" } });
    const lists = listsOf("Farmers here mostly grow maize and beans, while traders sell fish and salt.");
    expect(lists.map((f) => f.clause.subject)).toEqual(["Farmers here", "traders"]);
  });

  it("gives no subject to a list whose tail is itself a list: a question would misquote it", () => {
    const [f] = listsOf("The country imports soybeans, iron ore and crude oil from Brazil, Australia and Chile.");
    expect(f?.items).toEqual(["soybeans", "iron ore", "crude oil"]);
    expect(f?.clause.subject).toBeUndefined();
  });
});

describe("list facts: time and predicate", () => {
  it("takes the time of the list's own clause, not of an aside about the source", () => {
    const [f] = listsOf("The study, released in 2021, says that the town exports cars and ships.");
    expect(f?.time).toBeUndefined();
    const [g] = listsOf("The study says that after 1995, the town mostly exported wool and cheese.");
    expect(g?.time).toBe("after 1995");
  });

  it("reads a verb of change as the predicate, never as part of an item", () => {
    const [f] = listsOf("Exports of crops such as tea and coffee rose in 2019.");
    expect(f).toMatchObject({ items: ["tea", "coffee"], head: "crops", time: "in 2019", clause: { pre: "Exports of", predicate: "rose in 2019" } });
  });

  it("never takes a reporting verb for the words before a head", () => {
    const [f] = listsOf("The study says trade in goods like cars and ships has expanded.");
    expect(f?.clause.pre).toBeUndefined();
  });
});

describe("list facts: what is no item", () => {
  it("takes alternatives, possessives and a second verb for no list items", () => {
    expect(listsOf("The company may sell its steel or cement units.")).toEqual([]);
    expect(listsOf("The shop sells shoes and travels to fairs.")).toEqual([]);
    const [f] = listsOf("The valley mostly produces cocoa, gold and oil for export.");
    expect(f?.items).toEqual(["cocoa", "gold", "oil"]);
  });
});

describe("list facts: lists that are the subject", () => {
  it("reads a subject list with its predicate, the first word lower-cased when only its place capitalises it", () => {
    const [f] = listsOf("Steel, cement and glass were among the hardest-hit industries last year.");
    expect(f).toMatchObject({ items: ["steel", "cement", "glass"], named: false, time: "last year", clause: { predicate: "were among the hardest-hit industries last year" } });
  });

  it("takes the word before 'along with' as the first item", () => {
    const [f] = listsOf("Timber, along with tea, cotton and remittances, is the region's main source of foreign currency.");
    expect(f).toMatchObject({ items: ["timber", "tea", "cotton", "remittances"], clause: { predicate: "is the region's main source of foreign currency" } });
  });

  it("reads no list in what someone said, and no predicate that is a copula alone", () => {
    expect(listsOf("He said wages, rents and prices went up.")).toEqual([]);
    const [f] = listsOf("Timber, along with tea and cotton, are");
    expect(f?.clause.predicate).toBeUndefined();
  });
});
