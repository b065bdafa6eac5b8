import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { MembershipFact } from "../types";
import { membersSaid } from "./membership";

const groupsOf = (body: string) => analyse(`Headline\n${body}`).facts.filter((f): f is MembershipFact => f.kind === "membership");

describe("membersSaid", () => {
  const said = (s: string, generic = true) => membersSaid(s, ["Andean Trade Pact", "ATP"], generic);

  it("reads joining, accession and member lists", () => {
    expect(said("Ecuador became the first country to join the bloc in 2021.")).toEqual(["Ecuador"]);
    expect(said("Last year Bolivia formally acceded to the Andean Trade Pact.")).toEqual(["Bolivia"]);
    expect(said("Paraguay, which joined the ATP in 2019, exports soy.")).toEqual(["Paraguay"]);
    expect(said("Peru has been a founding member of the pact since 1998.")).toEqual(["Peru"]);
    expect(said("The pact's member states include Chile, Colombia and Peru.")).toEqual(["Chile", "Colombia", "Peru"]);
    expect(said("Costa Rica became the bloc's 12th member.")).toEqual([]); // "the bloc's": not said plainly enough
  });

  it("ignores wishes, plans, conditions and other groups", () => {
    expect(said("Ecuador pushed to join the bloc, but talks stalled.")).toEqual([]);
    expect(said("Ecuador became the first country to apply to join the pact.")).toEqual([]);
    expect(said("If Ecuador joined the pact, tariffs would fall.")).toEqual([]);
    expect(said("Ecuador has not joined the pact.")).toEqual([]);
    expect(said("Ecuador joined the World Bank in 1945.")).toEqual([]);
    expect(said("Ecuador joined the bloc in 2021.", false)).toEqual([]);
    expect(said("It joined the bloc in 2021.")).toEqual([]);
  });
});

describe("buildMembershipFacts", () => {
  it("never reads a count or a quantifier opening the sentence as the group's name", () => {
    expect(groupsOf("Seven nations, including Fiji, Tonga and Samoa, opposed the plan.").map((g) => g.container)).toEqual([]);
    expect(groupsOf("Several countries, including Fiji, Tonga and Samoa, opposed the plan.").map((g) => g.container)).toEqual([]);
    // A named group opening the sentence still is one.
    expect(groupsOf("The Pacific Forum, whose members include Fiji, Tonga and Samoa, opposed the plan.").map((g) => g.container)).toEqual(["Pacific Forum"]);
  });

  it("reads a list after a plain noun as examples of that noun, not members of the sentence's opening name", () => {
    expect(groupsOf("Monitors from the Andean Trade Organisation said voting was calm, though they saw scuffles in four towns, including Tarma and Jauja.").map((g) => g.container)).toEqual([]);
    // A list right after the group's own word still is its members.
    expect(groupsOf("The Andean Trade Organisation has grown to six members, including Peru and Bolivia.").flatMap((g) => g.members)).toEqual(expect.arrayContaining(["Peru", "Bolivia"]));
  });

  it("adds members that other sentences say joined, so they are never offered as outsiders", () => {
    const [g] = groupsOf("The Andean Trade Pact (ATP) includes 11 member states, such as Chile, Peru and Colombia. " +
      "Ecuador became the first new country to join the bloc last year. Brazil is not a member.");
    expect(g?.members).toEqual(["Chile", "Peru", "Colombia", "Ecuador"]);
    expect(g?.nonMembers).toEqual(["Brazil"]);
    expect(g?.extraSources?.map((x) => x.sentence)).toEqual(expect.arrayContaining([expect.stringContaining("Ecuador became")]));
  });

  it("follows 'the bloc' only to the group named last", () => {
    const [g] = groupsOf("The Andean Trade Pact includes members such as Chile, Peru and Colombia.\n" +
      "Separately, the Coastal Fisheries Union (CFU) met in Lima. Ecuador joined the bloc in March.");
    expect(g?.members).toEqual(["Chile", "Peru", "Colombia"]);
  });

  it("reads members and outsiders in later paragraphs that name the group", () => {
    const [g] = groupsOf("The Andean Trade Pact is made up of five smaller economies, as well as Chile, Peru and Colombia.\n" +
      "Some analysts praised the deal.\nThe pact excludes Brazil.\nArgentina is now absent from the Andean Trade Pact.");
    expect(g?.statedCount).toBeUndefined(); // the five are a part left unnamed
    expect(g?.members).toEqual(["Chile", "Peru", "Colombia"]);
    expect(g?.nonMembers).toEqual(["Brazil", "Argentina"]);
  });

  it("finds the contradiction when a named outsider is said to have joined", () => {
    const r = analyse("Headline\nThe Andean Trade Pact includes 11 member states, such as Chile, Peru and Colombia. Notably, neither Ecuador nor Brazil are members.\nEcuador became the first new country to join the pact in 2024.");
    expect(r.issues.map((i) => i.kind)).toEqual(["membership_contradiction"]);
    expect(r.issues[0]?.message).toContain("Ecuador");
  });
});
