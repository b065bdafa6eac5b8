import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { QuoteFact } from "../types";

const quotesOf = (body: string) =>
  analyse(`Headline\n${body}`).facts.filter((f): f is QuoteFact => f.kind === "quote").map((q) => [q.speaker, q.confidence >= 0.6]);

describe("buildQuoteFacts", () => {
  it("takes the full name after a possessive title, not the country or organisation", () => {
    expect(quotesOf("“We have finally closed the talks after six long years,” said Norway’s Prime Minister Ola Strand.")).toEqual([["Ola Strand", true]]);
    expect(quotesOf("“These ships reflect our confidence in the route,” said ACME Chief Executive Daniel R. Okafor-Smith.")).toEqual([["Daniel R. Okafor-Smith", true]]);
    expect(quotesOf("“We kept our nerve when it mattered most,” said Blue Harbour manager Tessa Morland, who took over in 2019.")).toEqual([["Tessa Morland", true]]);
    expect(quotesOf("“Demand will stay weak until the spring,” said North Crest Bank economist Omar Lindqvist.")).toEqual([["Omar Lindqvist", true]]);
    expect(quotesOf("“Demand will stay weak until the spring,” said Omar Lindqvist on Monday.")).toEqual([["Omar Lindqvist", true]]);
    // Capitalised words past the longest name: a title and a name, split where the rules cannot tell.
    expect(quotesOf("“The depots will stay open,” said Harbour Works Committee Member Pieter Swanepoel.").every(([, sure]) => !sure)).toBe(true);
    expect(quotesOf("“As our largest customer, the port matters a great deal,” said Ada Moreno, Denver-based Acme's vice president of sales.")).toEqual([["Ada Moreno", true]]);
  });

  it("gives a quotation the name alone when its title stands before it", () => {
    expect(quotesOf("Closing the inquiry, Judge Alan Trevithick said: “The pair have shown no remorse for what they did.”")).toEqual([["Alan Trevithick", true]]);
    expect(quotesOf("Passing sentence, Justice Ruth Okafor said: “Nothing short of prison would mark the harm done.”")).toEqual([["Ruth Okafor", true]]);
    // A longer form of the title, after a country's dots ("U.S. District Judge"), is still the title.
    expect(quotesOf("U.S. District Judge Helen R. Marsh said Corran had “misled its own auditors and its investors for years on end” in its filings.")).toEqual([["Helen R. Marsh", true]]);
    // A first name before a known name is part of another person's name, not a title.
    const two = quotesOf("Maria Lopez chairs the board.\nAna Maria Lopez said: “The board never met the auditors at all.”");
    expect(two.map(([who]) => who)).not.toContain("Maria Lopez");
  });

  it("leaves a councillor's title out of the speaker's name", () => {
    expect(quotesOf("“Nobody here wants higher fares,” said Councillor Dana Whitfield, who leads the transport board.")).toEqual([["Dana Whitfield", true]]);
    expect(quotesOf("“We cannot keep every branch open,” Cllr Omar Baig said.")).toEqual([["Omar Baig", true]]);
  });

  it("resolves a surname to the one person who has it", () => {
    const q = quotesOf("Port Spokesperson Navid Rahimi said the count would end soon.\n“We will not announce anything before the final tally arrives,” said Rahimi.");
    expect(q).toEqual([["Navid Rahimi", true]]);
  });

  it("does not trust groups, unnamed speakers or a pronoun in a new paragraph", () => {
    expect(quotesOf("“The warning lights are flashing for every exporter in the region,” officials said.").every(([, sure]) => !sure)).toBe(true);
    expect(quotesOf("“The warning lights are flashing for every exporter,” Norway’s government said.").every(([, sure]) => !sure)).toBe(true);
    expect(quotesOf("“We will ratify the treaty before the end of the year,” said Prime Minister Ola Strand.\n“It will help every exporter in the region,” he said.")).toEqual([["Ola Strand", true]]);
  });
});

describe("surnames shared by two people", () => {
  it("never hands a quote to the relative who shares the surname", () => {
    const q = quotesOf("President Tom Ward and First Lady Jill Ward arrived on Monday.\nPresident Ward spoke first.\n“Our teams have made real progress on the trade deal this week,” Ward added.");
    expect(q.map(([s]) => s)).not.toContain("Jill Ward");
    const r = quotesOf("Governor Maya Stone opened the session. First Lady Jill Ward attended.\nPresident Ward spoke first.\n“Our teams have made real progress on the trade deal this week,” Ward added.");
    expect(r.map(([s]) => s)).toEqual(["Ward"]);
  });
});
