import { describe, expect, it } from "vitest";
import { clauseAround } from "./clause";

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

  it("ends a long sentence before an aside that ranks or compares the figure, or a participle before a quantity", () => {
    const record = "The river at the old stone bridge in Tarnow peaked at 6.8 metres shortly after midnight, the highest since gauges were installed there in 1903 and 40 centimetres above the previous mark.";
    expect(clauseAround(record, "6.8 metres", [], 150)).toBe("The river at the old stone bridge in Tarnow peaked at 6.8 metres shortly after midnight");
    const close = "The regional index of technology shares in Seoul and Taipei closed down 2.1 percent at 488.6 points on Friday, its lowest level in more than four months after a week of heavy selling by foreigners.";
    expect(clauseAround(close, "2.1 percent", [], 150)).toBe("The regional index of technology shares in Seoul and Taipei closed down 2.1 percent at 488.6 points on Friday");
    const up = "Some 12,400 visitors passed through the doors of the maritime museum in its first weekend after the renovation of the east wing, up from 9,000 on the same weekend a year earlier.";
    expect(clauseAround(up, "12,400", [], 150)).toBe("Some 12,400 visitors passed through the doors of the maritime museum in its first weekend after the renovation of the east wing");
    const ending = "Lawmakers in the northern province approved a 2.3 billion euro plan to rebuild the coastal railway between the two ports, ending more than eight years of argument about its route.";
    expect(clauseAround(ending, "2.3 billion euro", [], 150)).toBe("Lawmakers in the northern province approved a 2.3 billion euro plan to rebuild the coastal railway between the two ports");
    // A figure after the aside stays where it is, clipped.
    expect(clauseAround(record, "40 centimetres", [], 150)).toMatch(/^…/);
  });

  it("ends a long sentence before an aside that sums up or places what went before", () => {
    const find = "Divers working off the northern cape have raised a Roman cargo vessel loaded with at least 300 wine jars, a find that historians say could change what is known about coastal trade in the region.";
    expect(clauseAround(find, "300", [], 150)).toBe("Divers working off the northern cape have raised a Roman cargo vessel loaded with at least 300 wine jars");
    const form = "The curator said the coins, each weighing about 7 grams, were struck in a square shape with rounded corners, a style used across the southern islands for several centuries.";
    expect(clauseAround(form, "7 grams", [], 150)).toBe("The curator said the coins, each weighing about 7 grams, were struck in a square shape with rounded corners");
    const place = "The cave lies at a depth of 40 meters below the old quarry near the village of Sarn, one of the deepest limestone caves ever mapped in the country by the national survey.";
    expect(clauseAround(place, "40 meters", [], 150)).toBe("The cave lies at a depth of 40 meters below the old quarry near the village of Sarn");
  });

  it("ends a long sentence before an attribution midway or the next in a ranking", () => {
    const said = "Rail fares in the northern region will rise by an average of 14%, or 90 pounds a year, over the next three years, regulator Orrail said on Monday, less than operators had asked for.";
    expect(clauseAround(said, "14%", [], 150)).toBe("Rail fares in the northern region will rise by an average of 14%, or 90 pounds a year, over the next three years");
    const ranked = "The state lender was again the biggest buyer of the bonds, adding 40 million to take its holdings to 310 million, followed by the pension funds of Norway with 12 million and Chile with 9 million.";
    expect(clauseAround(ranked, "40 million", [], 150)).toBe("The state lender was again the biggest buyer of the bonds, adding 40 million to take its holdings to 310 million");
  });

  it("drops an attribution that trails a long sentence", () => {
    const s = "The new register counts 1,204,311 residents in all, with 610,020 women and 594,291 men, according to a first report released by the statistics office on Friday from its national count of 2026.";
    expect(clauseAround(s, "594,291", [], 150)).toBe("The new register counts 1,204,311 residents in all, with 610,020 women and 594,291 men");
  });

  it("drops a closing 'the <body> said' and a reported clause opened by a participle and 'that'", () => {
    const said = "A cold front swept across the eastern lowlands late on Friday, bringing gusts of up to 130 km/h and snowfall of 45 centimetres to the hill towns near the border, the national weather service said.";
    expect(clauseAround(said, "45 centimetres", [], 190)).toBe("A cold front swept across the eastern lowlands late on Friday, bringing gusts of up to 130 km/h and snowfall of 45 centimetres to the hill towns near the border");
    const ruling = "The appeals court in Lyon on Tuesday cut a 4.5 million euro penalty against the ferry operator Nordlys to 2 million euros, saying that the regulator had misread the length of the breach.";
    expect(clauseAround(ruling, "4.5 million euro", [], 150)).toBe("The appeals court in Lyon on Tuesday cut a 4.5 million euro penalty against the ferry operator Nordlys to 2 million euros");
    // A sentence short enough stays whole, attribution and all.
    expect(clauseAround("Snow reached 45 centimetres, the weather service said.", "45 centimetres", [], 150)).toBe("Snow reached 45 centimetres, the weather service said.");
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

  it("keeps the lead of a claim made by one side of a dispute", () => {
    const before = "The growers' group rejected the report. \"The figures are wrong,\" its chairman Ian Pope said.";
    expect(clauseAround("He said frost had destroyed 40 percent of the crop.", "40 percent", [], 220, before)).toBe("He said frost had destroyed 40 percent of the crop.");
    expect(clauseAround("She said rents rose 9 percent, a figure the landlords dispute.", "9 percent")).toBe("She said rents rose 9 percent, a figure the landlords dispute.");
    // A dispute further back, or none, leaves the claim standing on its own.
    const far = "The growers' group rejected the report. The harvest began in May. Prices were steady. \"It was a good year,\" Ian Pope said.";
    expect(clauseAround("He said frost had destroyed 40 percent of the crop.", "40 percent", [], 220, far)).toBe("Frost had destroyed 40 percent of the crop.");
    expect(clauseAround("He said frost had destroyed 40 percent of the crop.", "40 percent", [], 220, "The harvest began in May.")).toBe("Frost had destroyed 40 percent of the crop.");
  });

  it("keeps a person's lead on what would, could or might happen: a view, not the article's finding", () => {
    expect(clauseAround("She said the new levy would raise bus fares by 15 percent within a year.", "15 percent")).toBe("She said the new levy would raise bus fares by 15 percent within a year.");
    expect(clauseAround("He said that the merger could cost up to 2,400 jobs.", "2,400")).toBe("He said that the merger could cost up to 2,400 jobs.");
    expect(clauseAround("He added the storm might cut the harvest to 40 tonnes.", "40 tonnes")).toBe("He added the storm might cut the harvest to 40 tonnes.");
    // What happened stays cut, and so does an office's forecast; May the month is no modal.
    expect(clauseAround("She said that in May exports rose 3 percent.", "3 percent")).toBe("In May exports rose 3 percent.");
    expect(clauseAround("He said sales rose 6 percent, which would help the plant.", "6 percent")).toBe("Sales rose 6 percent, which would help the plant.");
    expect(clauseAround("It said the plant would close in 2028 with the loss of 600 jobs.", "600")).toBe("The plant would close in 2028 with the loss of 600 jobs.");
  });
});
