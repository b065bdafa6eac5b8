import { describe, expect, it } from "vitest";
import { findPeople } from "./people";

const peopleIn = (s: string) => findPeople(s, { start: 0, end: s.length }).map((p) => [p.name, p.title, p.organisation]);

describe("findPeople", () => {
  it("reads titles before names, including hyphenated Korean given names", () => {
    expect(peopleIn("Chairman Chey Tae-won of the Korea Chamber of Commerce and Industry proposed a union.")).toEqual([
      ["Chey Tae-won", "Chairman", "Korea Chamber of Commerce and Industry"],
    ]);
    expect(peopleIn("Japanese Prime Minister Shigeru Ishiba met President Lee Jae Myung’s envoy.")).toEqual([
      ["Shigeru Ishiba", "Japanese Prime Minister", undefined], ["Lee Jae Myung", "President", undefined],
    ]);
  });

  it("reads roles after names", () => {
    expect(peopleIn("“Quote,” said Kim Gyu-pan, a senior researcher at KIEP.")).toEqual([["Kim Gyu-pan", "senior researcher at KIEP", "KIEP"]]);
    expect(peopleIn("said Margit Halvorsen, the council's chief economist.")).toEqual([["Margit Halvorsen", "council's chief economist", undefined]]);
  });

  it("reads a name set off by commas after a role owned by a lower-case noun (“the town's mayor, Jo Marsh,”)", () => {
    expect(peopleIn("Fares have doubled, and the town's mayor, Jo Marsh, wants them capped.")).toEqual([["Jo Marsh", "the town's mayor", undefined]]);
    expect(peopleIn("On Monday the airline's chief executive, Óscar Núñez, resigned.")).toEqual([["Óscar Núñez", "the airline's chief executive", undefined]]);
    // A place or a list after the role is no name.
    expect(peopleIn("The town's mayor, in office since 2019, wants fares capped.")).toEqual([]);
  });

  it("keeps middle initials, hyphenated surnames, particles and four-part names whole", () => {
    expect(peopleIn("Governor Maria T Lopez opened the plant.")).toEqual([["Maria T Lopez", "Governor", undefined]]);
    expect(peopleIn("said Acme Chief Executive Daniel R. Okafor-Smith, who founded it.").map((p) => p[0])).toEqual(["Daniel R. Okafor-Smith"]);
    expect(peopleIn("Commissioner Ursula von der Brandt spoke first.").map((p) => p[0])).toEqual(["Ursula von der Brandt"]);
    expect(peopleIn("President Kwame Ofori Mensah Boateng-Asare won again.").map((p) => p[0])).toEqual(["Kwame Ofori Mensah Boateng-Asare"]);
    expect(peopleIn("Finance Minister Park Min-seo said prices would rise.").map((p) => p[0])).toEqual(["Park Min-seo"]);
    expect(peopleIn("Chairman Sean McAllister of the Dock Board and Mayor Aoife O’Neill met.").map((p) => p[0])).toEqual(["Sean McAllister", "Aoife O’Neill"]);
    // An apostrophe inside a surname is part of it; a possessive is not.
    expect(peopleIn("Assembly Speaker Joseph Otieno'ombe said the bill had passed.").map((p) => p[0])).toEqual(["Joseph Otieno'ombe"]);
    expect(peopleIn("Finance Minister Amina Ng'ang'a’s plan was adopted.").map((p) => p[0])).toEqual(["Amina Ng'ang'a"]);
    expect(peopleIn("said Grace Wambui'ri, an economist at Nairobi Bank.").map((p) => p[0])).toEqual(["Grace Wambui'ri"]);
    expect(peopleIn("Speaker Tom Reyes's ruling stood.").map((p) => p[0])).toEqual(["Tom Reyes"]);
    // A weekday after the name is not part of it.
    expect(peopleIn("Prime Minister Anna Berg Tuesday announced a budget.").map((p) => p[0])).toEqual(["Anna Berg"]);
  });

  it("reads local councillors' titles apart from their names", () => {
    expect(peopleIn("Councillor Dana Whitfield voted against the plan.")).toEqual([["Dana Whitfield", "Councillor", undefined]]);
    expect(peopleIn("Cllr Omar Baig chairs the planning board.")).toEqual([["Omar Baig", "Cllr", undefined]]);
    expect(peopleIn("Alderwoman Rosa Ibarra proposed the change.")).toEqual([["Rosa Ibarra", "Alderwoman", undefined]]);
  });

  it("keeps a rank word before the title: a vice minister is not the minister", () => {
    expect(peopleIn("Vice Minister of Trade Oh Jin-hee said exports would slow.")).toEqual([["Oh Jin-hee", "Vice Minister of Trade", undefined]]);
    expect(peopleIn("Deputy Governor Tomas Lindgren voted against the rise.")).toEqual([["Tomas Lindgren", "Deputy Governor", undefined]]);
    expect(peopleIn("Assistant Commissioner Rhea Patel led the inquiry.")).toEqual([["Rhea Patel", "Assistant Commissioner", undefined]]);
    // "Executive Director", "Managing Director": a post of its own, not any director.
    expect(peopleIn("Fund Executive Director Lena Varga said reserves were ample.")).toEqual([["Lena Varga", "Executive Director", undefined]]);
    expect(peopleIn("NRB Executive Director Tomas Lindgren said rates would hold.")).toEqual([["Tomas Lindgren", "NRB Executive Director", undefined]]);
    expect(peopleIn("Managing Director Priya Raman opened the plant.")).toEqual([["Priya Raman", "Managing Director", undefined]]);
    // Titles without a rank word stay as they were.
    expect(peopleIn("Governor Tomas Lindgren voted against the rise.")).toEqual([["Tomas Lindgren", "Governor", undefined]]);
    expect(peopleIn("Vice President Ana Duarte opened the session.")).toEqual([["Ana Duarte", "Vice President", undefined]]);
  });

  it("keeps the country or organisation a title belongs to", () => {
    expect(peopleIn("said Norway’s Prime Minister Ola Strand on Monday.")).toEqual([["Ola Strand", "Norway’s Prime Minister", undefined]]);
    expect(peopleIn("Chile's finance minister Rosa Vidal said.")).toEqual([["Rosa Vidal", "Chile's finance minister", undefined]]);
    expect(peopleIn("said ACME Chief Executive Tom Reyes.")).toEqual([["Tom Reyes", "ACME Chief Executive", undefined]]);
    expect(peopleIn("EU Trade Commissioner Lars Holm met them.")).toEqual([["Lars Holm", "EU Trade Commissioner", undefined]]);
    expect(peopleIn("Later, U.S. Trade Representative Dana Cole replied.")).toEqual([["Dana Cole", "U.S. Trade Representative", undefined]]);
    expect(peopleIn("U.K. Health Secretary Ian Frost spoke.")).toEqual([["Ian Frost", "U.K. Health Secretary", undefined]]);
    expect(peopleIn("The bureau, through its Statistician-General, Omar Haddad, released it.")).toEqual([["Omar Haddad", "Statistician-General", undefined]]);
    expect(peopleIn("Meanwhile, Prime Minister, Dr. Lena Kowal-Brandt spoke.")).toEqual([["Lena Kowal-Brandt", "Prime Minister", undefined]]);
    expect(peopleIn("said Ada Moreno, Denver-based Acme's vice president of sales and marketing.")).toEqual([
      ["Ada Moreno", "Denver-based Acme's vice president of sales and marketing", undefined],
    ]);
  });

  it("reads governments named after the person who led them, not after a place", () => {
    expect(peopleIn("Although the Park Min-seo administration pushed to join, talks stalled.")).toEqual([["Park Min-seo", "administration", undefined]]);
    expect(peopleIn("It was first proposed by the Anna Berg government in 2001.")).toEqual([["Anna Berg", "government", undefined]]);
    expect(peopleIn("the Korean government and the South Korean government agreed")).toEqual([]);
  });

  it("finds no one in text without names", () => {
    expect(peopleIn("")).toEqual([]);
    expect(peopleIn("Seoul, the capital of Korea, is large.")).toEqual([]);
    expect(peopleIn("As President, he cut taxes. Vietnam’s Prime Minister said so.")).toEqual([]);
  });
});
