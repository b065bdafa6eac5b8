import { describe, expect, it } from "vitest";
import { matchesAccepted, normaliseText } from "./normalise-text";

describe("normaliseText", () => {
  it.each([
    ["European Union", "european union"],
    ["  European   Union  ", "european union"],
    ["European\tUnion\n", "european union"],
    ["The European Union.", "european union"],
    ["the European Union", "european union"],
    ["A merger", "merger"],
    ["an accord", "accord"],
    ["the", "the"],
    ["Theresa May", "theresa may"],
    ["Café Müller", "cafe muller"],
    ["São Paulo", "sao paulo"],
    ["Seoul’s", "seouls"],
    ["Seoul's", "seouls"],
    ["“quoted”", "quoted"],
    ["«Le Monde»", "le monde"],
    ["COVID-19", "covid 19"],
    ["U.S.", "u s"],
    ["rock & roll", "rock roll"],
    ["6.24", "6.24"],
    ["1,000", "1,000"],
    ["62.4%", "62.4"],
    ["end.", "end"],
    ["!!!", ""],
    ["", ""],
    ["ＦＵＬＬ", "full"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("returns an empty string for non-strings and copes with huge input", () => {
    expect(normaliseText(null)).toBe("");
    expect(normaliseText({ toString: () => "x" })).toBe("");
    expect(normaliseText("ab ".repeat(400_000)).length).toBeLessThanOrEqual(1000);
  });

  it("is idempotent", () => {
    for (const s of ["The  Café’s  end.", "COVID-19", "a b c"]) {
      expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
    }
  });
});

describe("matchesAccepted", () => {
  it.each([
    ["european union", "the European Union"],
    ["The European Union!", "European Union"],
    ["E-mail", "email"],
    ["covid19", "COVID-19"],
    ["Sao Paulo", "São Paulo"],
    ["62.4", "62.4%"],
    ["62.4 percent", "62.4%"],
    ["62,4 %", "62.4%"],
    ["62.4%", "62.4"],
    ["1000", "1,000"],
    ["3,000,000", "3 million"],
  ])("accepts %j for %j", (response, accepted) => {
    expect(matchesAccepted(response, accepted)).toBe(true);
  });

  it.each([
    ["European", "European Union"],
    ["United Nations", "European Union"],
    ["6.24", "62.4%"],
    ["6 24", "62 4"],
    ["62.5", "62.4%"],
    ["the", "the European Union"],
    ["", "EU"],
    ["!!!", "EU"],
    ["seoul", "Busan"],
  ])("refuses %j for %j", (response, accepted) => {
    expect(matchesAccepted(response, accepted)).toBe(false);
  });
});
