import { describe, expect, it } from "vitest";
import { bestLongForm, findAcronyms } from "./acronyms";

const acronymsIn = (s: string) => findAcronyms(s, { start: 0, end: s.length }).map((a) => [a.short, a.long]);

describe("findAcronyms (Schwartz–Hearst)", () => {
  it("finds full long forms", () => {
    expect(acronymsIn("A survey by the Federation of Korean Industries (FKI) found…")).toEqual([["FKI", "Federation of Korean Industries"]]);
    expect(acronymsIn("entry into the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).")).toEqual([
      ["CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership"],
    ]);
    expect(acronymsIn("a study from the Korea Institute for International Economic Policy (KIEP).")).toEqual([
      ["KIEP", "Korea Institute for International Economic Policy"],
    ]);
  });

  it("reads an acronym written as a word only with a long capitalised expansion", () => {
    expect(acronymsIn("a summit of the Association of Pacific Island Nations (Apin) in June")).toEqual([["Apin", "Association of Pacific Island Nations"]]);
    expect(acronymsIn("a statement from Harbour Pilots (Reuters) and the mayor (Anna)")).toEqual([]);
  });

  it("skips numeric and non-matching parentheses", () => {
    expect(acronymsIn("the Group of 7 (G7) summit, profits (up 3%) and Apple (AAPL)")).toEqual([]);
    expect(bestLongForm("XYZ", "nothing matches")).toBeUndefined();
  });

  it("gives no long form that starts inside a longer name (a short form from another language)", () => {
    expect(acronymsIn("said the Baltic Automobile Manufacturers' Association (ACEA) on Monday")).toEqual([]);
    expect(acronymsIn("In its report, the Nordic Council of Ministers (NCM) said…")).toEqual([["NCM", "Nordic Council of Ministers"]]);
    expect(acronymsIn("The Federation of Korean Industries (FKI) said…")).toEqual([["FKI", "Federation of Korean Industries"]]);
  });
});
