import { describe, expect, it } from "vitest";
import { agreeArticle, articleFor, clauseAround, clip, mentions, namedOnlyAsPlace, normalise } from "./text";

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
describe("clauseAround on a long sentence", () => {
  it("ends a long sentence where the clause after the figure begins, when the figure is in the main clause", () => {
    const s = "Ministers of the two countries met in the capital on Monday and signed trade deals worth USD 4 billion, and agreed to open three new consulates, as officials from both sides said the visit marked a turning point in relations.";
    expect(clauseAround(s, "USD 4 billion", [], 120)).toBe("Ministers of the two countries met in the capital on Monday and signed trade deals worth USD 4 billion");
    // A figure in a later clause is still clipped around, with the cut marked.
    expect(clauseAround(s, "three", [], 120)).toMatch(/…/);
  });

  it("ends a long sentence before a participle clause that follows the figure", () => {
    const s = "A rare 1921 Bugatti racing car sold for $9.2 million at an auction in Monterey on Saturday, setting a record for the marque and beating the estimate of the auction house by a wide margin.";
    expect(clauseAround(s, "$9.2 million", [], 150)).toBe("A rare 1921 Bugatti racing car sold for $9.2 million at an auction in Monterey on Saturday");
    // A noun in "-ing" in a list is no participle: the list stays whole or is clipped.
    const list = "The agency said prices of 14 kinds of goods rose in the month to March across the regions of the north, clothing and footwear among them, while fuel and power prices were unchanged from a year before.";
    expect(clauseAround(list, "14", [], 150)).not.toBe("The agency said prices of 14 kinds of goods rose in the month to March across the regions of the north");
  });

  it("drops an attribution that trails a long sentence", () => {
    const s = "The new register counts 1,204,311 residents in all, with 610,020 women and 594,291 men, according to a first report released by the statistics office on Friday from its national count of 2026.";
    expect(clauseAround(s, "594,291", [], 150)).toBe("The new register counts 1,204,311 residents in all, with 610,020 women and 594,291 men");
  });

  it("never cuts inside a list set off by dashes", () => {
    const s = "According to the ministry, only four parties — Red Party, Blue Party, Green Party, and Gold Party — were able to get national status in the long count that ended on Monday night in the capital city.";
    expect(clauseAround(s, "four", [], 120)).not.toMatch(/Green Party\.?$/);
  });

  it("drops a pronoun's reporting lead: the claim stands on its own", () => {
    expect(clauseAround("It said farm output grew 5.5 percent in the year.", "5.5 percent")).toBe("Farm output grew 5.5 percent in the year.");
    // A pronoun left in the claim stood for the reporter: the lead stays (and the critic asks who).
    expect(clauseAround("It said late deliveries from Airbus meant it would fly 12 fewer jets.", "12")).toBe("It said late deliveries from Airbus meant it would fly 12 fewer jets.");
    expect(clauseAround("She said the board had cut her pay by 8 percent.", "8 percent")).toBe("She said the board had cut her pay by 8 percent.");
    expect(clauseAround("She said that exports rose 3 percent.", "3 percent")).toBe("Exports rose 3 percent.");
    // A claim that opens with a figure keeps its lead, and "that" never opens the claim ("That 12 of …").
    expect(clauseAround("He added that 12 of the paintings had been restored.", "12")).toBe("He added that 12 of the paintings had been restored.");
    expect(clauseAround("The bureau said exports rose 3 percent.", "3 percent")).toBe("The bureau said exports rose 3 percent.");
    // A verb of forecasting whose object and figure are no clause keeps its lead ("The damage at …" says nothing).
    expect(clauseAround("It expects exports to rise 4 percent in May.", "4 percent")).toBe("It expects exports to rise 4 percent in May.");
    expect(clauseAround("She estimated the cost at 9 million euros.", "9 million euros")).toBe("She estimated the cost at 9 million euros.");
    expect(clauseAround("It forecast growth would slow to 2 percent.", "2 percent")).toBe("Growth would slow to 2 percent.");
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
