import { describe, expect, it } from "vitest";
import { clauseAround } from "./clause";
import { agreeArticle, articleFor, clip, mentions, namedOnlyAsPlace, normalise } from "./text";

describe("text helpers", () => {
  it("namedOnlyAsPlace: a country named only where things happen or what they belong to", () => {
    const t = "Publisher: Daily Post, Bolivia\nThe talks on the borders of Bolivia resumed. Troops stayed in Bolivia, and Ecuador sent envoys to Peru. Peru's minister said the war against Chile must end, Chile said.";
    expect(namedOnlyAsPlace(t, "Bolivia")).toBe(true); // the header line is not the article's prose
    expect(namedOnlyAsPlace(t, "Ecuador")).toBe(false);
    expect(namedOnlyAsPlace(t, "Peru")).toBe(false); // "Peru's minister" acts
    expect(namedOnlyAsPlace(t, "Chile")).toBe(false); // "Chile said"
    expect(namedOnlyAsPlace(t, "Brazil")).toBe(false); // not named at all
  });

  it("normalises case, punctuation, 'the' and digit grouping", () => {
    expect(normalise("The  Britain!")).toBe("britain");
    expect(normalise("1,000 firms")).toBe("1000 firms");
    expect(normalise("62.4%")).toBe("62.4 percent");
  });

  it("finds whole words only", () => {
    expect(mentions("Australia, Canada and the Britain", "Britain")).toBe(true);
    expect(mentions("Korean firms", "Korea")).toBe(false);
    expect(mentions("Korea's economy", "Korea")).toBe(true);
  });

  it("drops banned dash asides and list items but keeps the article's punctuation", () => {
    const s = "Trade surged from $200 million in 1965 to $77.2 billion in 2024 — a 352-fold increase.";
    expect(clauseAround(s, "$77.2 billion", ["352-fold"])).toBe("Trade surged from $200 million in 1965 to $77.2 billion in 2024");
    expect(clauseAround(s, "352-fold", ["352-fold"])).toBeNull();
    const list = "It includes 12 members, such as Australia, Canada, the Britain, Mexico and Vietnam.";
    expect(clauseAround(list, "12", ["the Britain"])).toBe("It includes 12 members, such as Australia, Canada, Mexico and Vietnam.");
    // A dateline with no date is left out like one with a date; its dash is no clause break.
    expect(clauseAround("SAO PAULO (Reuters) - Rates rose 1%.", "1%")).toBe("Rates rose 1%.");
    expect(clauseAround("Sao Paulo - the city - saw rates rise 1%.", "1%")).toBe("Sao Paulo - the city - saw rates rise 1%.");
  });

  it("clips long clauses around the needle", () => {
    const long = `${"word ".repeat(80)}NEEDLE ${"word ".repeat(80)}`;
    const out = clauseAround(long, "NEEDLE", [], 100) ?? "";
    expect(out).toContain("NEEDLE");
    expect(out.length).toBeLessThanOrEqual(102);
    expect(clip("a b c d e f", 6)).toBe("a b c…");
  });
});
describe("articleFor / agreeArticle: the indefinite article a figure takes when read aloud", () => {
  it("reads eight, eleven and eighteen (and their thousands) with “an”", () => {
    for (const f of ["8", "11-day", "18 percent", "80", "8.5%", "11,000", "18,500", "$8 million", "£11 billion", "eighteen", "8th", "11th"]) expect(articleFor(f), f).toBe("an");
    for (const f of ["19-day", "1.8 percent", "110", "1,100", "180", "12", "$3 million", "US$8 million", "one", "nineteen", "100th"]) expect(articleFor(f), f).toBe("a");
  });
  it("makes a closing article agree with the figure swapped in after it", () => {
    expect(agreeArticle("The crew ended an ", "19-day")).toBe("The crew ended a ");
    expect(agreeArticle("Prices saw a ", "8 percent")).toBe("Prices saw an ");
    expect(agreeArticle("An ", "12-hour")).toBe("A ");
    expect(agreeArticle("The club won ", "8")).toBe("The club won ");
  });
});
