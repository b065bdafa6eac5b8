import { describe, expect, it } from "vitest";
import { findNumbers } from "./numbers";
import { findDates, referenceInstant } from "./dates";

const numbersIn = (s: string) => {
  const span = { start: 0, end: s.length };
  return findNumbers(s, span, findDates(s, span, referenceInstant("2025-06-23")));
};
const pick = (s: string) => numbersIn(s).map((m) => ({ value: m.value, unit: m.unit, currency: m.currency }));

describe("findNumbers", () => {
  it("reads a spelled count with its scale word as one figure (“Twelve hundred dockers” is 1,200)", () => {
    const raws = (s: string) => numbersIn(s).map((m) => ({ value: m.value, raw: m.raw }));
    expect(raws("\"Twelve hundred dockers have had no raise,\" the union said.")).toEqual([{ value: 1200, raw: "Twelve hundred" }]);
    expect(raws("Some two thousand fans waited at the gate.")).toEqual([{ value: 2000, raw: "two thousand" }]);
    // A count with no scale word after it, or digits before one, read as before.
    expect(raws("Twelve dockers stayed home.")).toEqual([{ value: 12, raw: "Twelve" }]);
    expect(raws("About 12 thousand fans came.").map((m) => m.value)).toEqual([12000]);
  });

  it("reads no side of a vote tally as a quantity ('a 6-3 vote', 'voted 4-1', 'a 5-2-2 split')", () => {
    expect(pick("The panel kept the levy at 3 percent, a 6-3 decision that split the party.")).toEqual([{ value: 3, unit: "percent", currency: undefined }]);
    expect(pick("Councillors voted 4-1 to spend 20 million dollars on roads.").map((m) => m.value)).toEqual([20_000_000]);
    expect(pick("Nine judges heard the case, which ended in a 5-2-2 split.").map((m) => m.value)).toEqual([9]);
    // A hyphen between figures that are no vote is read as before.
    expect(pick("Between 10-15 cm of snow is expected, and 40 roads are shut.").map((m) => m.value)).toContain(40);
  });

  it("reads an age in digits before the person it describes (“the 42-year-old driver”), but no other hyphened figure", () => {
    const counts = (s: string) => numbersIn(s).map((m) => ({ value: m.value, unit: m.unit }));
    expect(counts("The 63-year-old captain was arrested, and a 19-year-old deckhand was hurt.")).toEqual([{ value: 63, unit: "count" }, { value: 19, unit: "count" }]);
    expect(counts("The council backed a 5-year plan for the harbour.")).toEqual([]);
  });

  it("reads an age after the words that say it is one (“died at the age of 91”, “died aged 91”), but no bound of a group (“those aged 65 and over”)", () => {
    const ages = (s: string) => numbersIn(s).filter((m) => m.noun === "years").map((m) => m.value);
    expect(ages("The poet Lena Marsh died at the age of 91, her publisher said.")).toEqual([91]);
    expect(ages("Lena Marsh, who died aged 91 on Friday, wrote 14 books.")).toEqual([91]);
    expect(ages("She retired from the bench at the age of sixty and moved to Corran.")).toEqual([60]);
    expect(ages("Those aged 65 and over travel free on the ferries.")).toEqual([]);
    expect(ages("Children aged 5 to 11 will be offered the vaccine.")).toEqual([]);
    expect(ages("Voters aged 18 can register online.")).toEqual([]);
    expect(ages("“It was quiet,” said his neighbour Ana Cruz, aged 62, who lives nearby.")).toEqual([]);
    expect(ages("She first sailed at the age of 11-and-a-half.")).toEqual([]);
  });

  it("reads a count fronted by the whole it is part of (“Of the 40 passengers, six were …”) as a count of that whole's noun", () => {
    const counts = (s: string) => numbersIn(s).map((m) => ({ value: m.value, unit: m.unit, noun: m.noun }));
    expect(counts("Of the 40 passengers, six were still in hospital on Friday.")).toContainEqual({ value: 6, unit: "count", noun: "passengers" });
    expect(counts("Among the 212 recruits, 58 had left by June.")).toContainEqual({ value: 58, unit: "count", noun: "recruits" });
    expect(counts("Police said that of the twelve wounded, three remained in intensive care.")).toContainEqual({ value: 3, unit: "count", noun: "wounded" });
    // No fronted whole: a bare count before a verb stays unread.
    expect(counts("Six were still in hospital on Friday.").some((m) => m.value === 6)).toBe(false);
  });

  it("skips 'the two' that points back to a pair already named", () => {
    expect(pick("The new bus cuts the trip between the two towns from 50 minutes to 35 minutes.").map((m) => m.value)).toEqual([50, 35]);
    expect(pick("Trade through the two nations' ports rose 18 percent.").map((m) => m.value)).toEqual([18]);
    // A pair the sentence counts for itself stays.
    expect(pick("The council will build two bridges and 14 homes.").map((m) => m.value)).toEqual([2, 14]);
    expect(pick("The two schools will share 40 teachers.").map((m) => m.value)).toEqual([2, 40]);
  });

  it("skips a number that labels something as part of its name (N°1, No. 2, #3)", () => {
    expect(pick("Dock Union N°1 said 80 percent backed the walkout.").map((m) => m.value)).toEqual([80]);
    expect(pick("Line No. 2 carried 40,000 riders, and 300 waited at platform #3.").map((m) => m.value)).toEqual([40000, 300]);
    expect(pick("The union Nº 4 has 900 members.").map((m) => m.value)).toEqual([900]);
    // A plain "no" before a count is no label.
    expect(pick("There were no 5-star hotels, but 12 guesthouses opened.").map((m) => m.value)).toContain(12);
  });

  it("reads percentages, money with multipliers and folds", () => {
    expect(pick("Some 62.4 percent agreed, 12% did not and 0.5 per cent abstained.")).toEqual([
      { value: 62.4, unit: "percent", currency: undefined },
      { value: 12, unit: "percent", currency: undefined },
      { value: 0.5, unit: "percent", currency: undefined },
    ]);
    expect(pick("Trade grew from $200 million to $77.2 billion, a 352-fold rise.")).toEqual([
      { value: 2e8, unit: "currency", currency: "USD" },
      { value: 7.72e10, unit: "currency", currency: "USD" },
      { value: 352, unit: "fold", currency: undefined },
    ]);
    expect(pick("Profit hit 9.2 trillion won, €3bn, £40 million and 500 billion yen.").map((m) => [m.value, m.currency])).toEqual([
      [9.2e12, "KRW"], [3e9, "EUR"], [4e7, "GBP"], [5e11, "JPY"],
    ]);
  });

  it("reads a bare \"dollars\" as the one named dollar the text speaks of, else as US dollars", () => {
    const currencies = (s: string) => pick(s).map((m) => m.currency);
    expect(currencies("Flats cost 640,000 Canadian dollars on average. Buyers now borrow 90,000 dollars less.")).toEqual(["CAD", "CAD"]);
    expect(currencies("Buyers now borrow 90,000 dollars less.")).toEqual(["USD"]);
    // Two named dollars, or US dollars named too: a bare "dollars" stays US dollars.
    expect(currencies("Flats cost 640,000 Canadian dollars, or 470,000 U.S. dollars. Buyers borrow 90,000 dollars less.")).toEqual(["CAD", "USD", "USD"]);
    expect(currencies("Flats cost 640,000 Canadian dollars and 700,000 Australian dollars. Buyers borrow 90,000 dollars less.")).toEqual(["CAD", "AUD", "USD"]);
  });

  it("reads a rate as the figure counted per its base, and the base as no quantity of its own", () => {
    const of = (s: string) => numbersIn(s).map((m) => [m.raw, m.unit, m.noun]);
    expect(of("Burglaries fell to 4.7 per 100,000 homes.")).toEqual([["4.7", "count", "per 100,000 homes"]]);
    expect(of("Some 210 falls were logged, or 8.3 per 1,000 residents a year.")).toEqual([
      ["210", "count", expect.stringContaining("falls")],
      ["8.3", "count", expect.stringContaining("per 1,000 residents")],
    ]);
    // A base after a counted noun is no quantity either.
    expect(of("Nurses saw 6.1 cases per 1,000 births.").map((m) => m[0])).toEqual(["6.1"]);
    expect(of("The ward hired 30 nurses for every 100 patients.").map((m) => m[0])).toEqual(["30"]);
    // "per day" is no base; a count before "per cent" is a share.
    expect(of("The clinic saw 40 patients per day.")).toEqual([["40", "count", "patients"]]);
    expect(of("Prices rose 3 per cent.")).toEqual([["3 per cent", "percent", undefined]]);
  });

  it("reads a study's odds or hazard ratio named before its figure, once", () => {
    const of = (s: string) => numbersIn(s).map((m) => [m.raw, m.unit, m.noun]);
    expect(of("Runners had an odds ratio of 1.4 for knee pain.")).toEqual([["1.4", "count", "odds ratio"]]);
    expect(of("The drug cut deaths, with a hazard ratio of 0.82.")).toEqual([["0.82", "count", "hazard ratio"]]);
    // Restated in brackets after the figure already read, it is the same finding.
    expect(of("Smokers had 2.3 times the risk (relative risk 2.3).").map((m) => m[0])).toEqual(["2.3 times"]);
    // A plain decimal named by nothing stays out, as before.
    expect(of("The index stood at 1.4 on Friday.")).toEqual([]);
  });

  it("finds counts and ordinals, spelled out too", () => {
    const ms = numbersIn("It polled 101 of the top 1,000 firms in five major economic groups for the 60th time.");
    expect(ms.map((m) => [m.value, m.unit, m.noun])).toEqual([
      [101, "count", "the top 1,000 firms"], [1000, "count", "firms"], [5, "count", "major economic groups"], [60, "ordinal", "time"],
    ]);
  });

  it("ends a counted noun before an age or a range (\"people aged between …\")", () => {
    const nouns = numbersIn("The survey reached 4,200 farmers aged between 30 and 60, and 900 pupils between 12 and 16.").map((m) => m.noun);
    expect(nouns.slice(0, 1)).toEqual(["farmers"]);
    expect(nouns).toContain("pupils");
  });

  it("gives an age, or a figure in a new clause, no unit of the list before it", () => {
    const ms = pick("Bookings by students fell 8%, while those aged 70 and over rose 12%.");
    expect(ms.find((m) => m.value === 70)?.unit).not.toBe("percent");
  });

  it("lets list items inherit the unit stated once", () => {
    const s = "Top fields were chips with 91 points, robotics with 57 and cars with 39. Margins were 4 and 6 percent.";
    expect(numbersIn(s).map((m) => [m.value, m.unit])).toEqual([[91, "points"], [57, "points"], [39, "points"], [4, "percent"], [6, "percent"]]);
    // ", or" restates a count as a share: the count keeps no unit.
    const restated = numbersIn("Of the patients, 10,400, or 17 percent, waited a year.");
    expect(restated.find((m) => m.value === 10400)?.unit).not.toBe("percent");
    expect(restated.find((m) => m.value === 17)?.unit).toBe("percent");
    // An age or a threshold after a preposition is no item of the list.
    const ages = numbersIn("Among nurses it was 41.2 percent, and among people under 75 with heart disease it was 29.6 percent.");
    expect(ages.find((m) => m.value === 75)?.unit).not.toBe("percent");
    expect(ages.find((m) => m.value === 29.6)?.unit).toBe("percent");
  });

  it("reads thousands grouped by spaces, thin spaces or two or more dot groups as one number", () => {
    for (const sep of [" ", "\u2009", "\u202F", "\u00A0"]) {
      const s = `The roll listed 31${sep}204${sep}118 voters and 35${sep}500 observers.`;
      expect(pick(s).map((m) => m.value), JSON.stringify(sep)).toEqual([31204118, 35500]);
    }
    expect(numbersIn("Turnout was 31.204.118 ballots and 2.005.300,5 euros.").map((m) => m.value)).toEqual([31204118, 2005300.5]);
    // A single dot group is a decimal; groups of other lengths are separate numbers.
    expect(numbersIn("The rig weighs 1.234 tonnes.").map((m) => m.value)).toEqual([1.234]);
    expect(numbersIn("In 2019 150 people and 12 3456 others came.").map((m) => m.value)).not.toContain(2019150);
    expect(numbersIn("Some 12 3456 others came.").map((m) => m.value)).not.toContain(123456);
    expect(numbersIn("They ran 3 100-metre races.").map((m) => m.value)).not.toContain(3100);
  });

  it("makes no mention of either end of a range", () => {
    for (const s of [
      "Growth will be between 3 and 5 percent this year.",
      "Growth will be 5-7% this year.",
      "Growth will be 5–7 percent this year.",
      "Growth will be 5 to 7 percent this year.",
      "From 10 to 12 million people are expected to attend.",
      "The fund may need $5-7 billion.",
      "It will take two to three weeks to fix the bridge.",
    ]) expect(pick(s), s).toEqual([]);
  });

  it("keeps both figures of a change, of two shares and of a dash aside", () => {
    expect(pick("Exports rose from 10 to 12 percent.").map((m) => m.value)).toEqual([10, 12]);
    expect(pick("His lead was cut from 41% to 32%.").map((m) => m.value)).toEqual([41, 32]);
    expect(pick("The vote went 44% to 31% in her favour.").map((m) => m.value)).toEqual([44, 31]);
    expect(pick("Trade grew from $200 million to $77.2 billion.").map((m) => m.value)).toEqual([2e8, 7.72e10]);
    expect(pick("Sales rose 3 percent to 355 billion dollars.").map((m) => m.value)).toEqual([3, 3.55e11]);
    expect(numbersIn("It bought 10 planes - six jets and four others.").map((m) => m.value)).toEqual([10, 6, 4]);
  });

  it("counts a large bare figure that a quantity moves by or to", () => {
    const counts = (s: string) => numbersIn(s).filter((m) => m.unit === "count").map((m) => m.value);
    expect(counts("Jobless claims fell by 7,300 in the month to April to 2.4 million, the office said.")).toEqual([7300, 2_400_000]);
    expect(counts("Visitors rose to 48,200, reaching a five-year high of 51,000 in May.")).toEqual([48_200, 51_000]);
    // Small figures, or figures with no change verb before them, stay unclaimed.
    expect(counts("The score rose to 3 in the second half.")).toEqual([]);
    expect(counts("The office answered 7,300 in May.")).toEqual([]);
    // A toll or tally is a count whatever its size ("at least" included); a small score is not.
    expect(counts("The death toll from the floods rose to at least 86 on Sunday, police said.")).toEqual([86]);
    expect(counts("The tally of confirmed cases climbed to 412 by Tuesday.")).toEqual([412]);
    expect(counts("The score rose to at least 3 in the second half.")).toEqual([]);
    // The rest of a group counted before.
    expect(counts("The motion was backed by 120 of 150 members, while the remaining 30 abstained.")).toContain(30);
  });

  it("does not read a clock time as a quantity", () => {
    expect(pick("Demand peaked at 6 p.m. and shelters stay open until 10 pm, while 1400 GMT saw 12 trains leave.").map((m) => m.value)).toEqual([12]);
    expect(pick("Turnout reached 62 percent by 7 PM.").map((m) => m.value)).toEqual([62]);
    // A 24-hour time cut at its colon gives neither an hour nor minutes to ask.
    expect(pick("The ferry docked in Oslo at 06:45 local time with 230 cars aboard.").map((m) => m.value)).toEqual([230]);
    expect(pick("The board backed the merger 3:1, while 12 members abstained.").map((m) => m.value)).toEqual([12]);
  });

  it("does not read the count of a label or a quantifier as a quantity", () => {
    expect(pick("The top three finishers share 45 medals, and no two runners wore the same bib.").map((m) => m.value)).toEqual([45]);
    expect(pick("Only the top 10% of bidders, some 300 firms, qualified.").map((m) => m.value)).toEqual([300]);
    expect(pick("The ferry lost power in one of its four thrusters with 212 people on board.").map((m) => m.value)).toEqual([212]);
    expect(pick("She was one of only three women among 120 graduates.").map((m) => m.value)).toEqual([3, 120]);
    expect(pick("The board, which has 18 members, may act in two or three stages.").map((m) => m.value)).toEqual([18]);
    expect(pick("About 900 cases were reported, two thirds of them in towns and three-quarters in May.").map((m) => m.value)).toEqual([900]);
    expect(pick("Some 6 out of 10 voters and 3 amateur teams took part.").map((m) => m.value)).toEqual(expect.arrayContaining([6, 3]));
  });

  it("does not count a model number that follows a count", () => {
    expect(numbersIn("The airline ordered four 777 freighters.").map((m) => m.value)).not.toContain(777);
    expect(numbersIn("The airline ordered 12 737 jets.").map((m) => m.value)).not.toContain(737);
    expect(numbersIn("The airline ordered 737 jets.").map((m) => m.value)).toEqual([737]);
  });

  it("counts the noun after a model number, and nouns headed by an acronym", () => {
    const nouns = (s: string) => numbersIn(s).filter((m) => m.unit === "count").map((m) => [m.value, m.noun]);
    expect(nouns("The airline ordered four 777 freighters and two A350 jets.")).toEqual([[4, "777 freighters"], [2, "A350 jets"]]);
    expect(nouns("The Greens could win 41 PR seats; the envoys signed three MoUs.")).toEqual([[41, "PR seats"], [3, "MoUs"]]);
    expect(nouns("The talks start at 10 PM on Monday.")).toEqual([]);
    expect(nouns("It agreed to sell the carrier Delta Cargo two 767 freighters.")).toEqual([[2, "767 freighters"]]);
  });

  it("reads a word in -s after a count as a plural noun, and stops a noun phrase at a past tense", async () => {
    const { analyse } = await import("../analyse");
    const counts = (s: string) => analyse(s).facts.flatMap((f) => (f.kind === "number" && f.unit === "count" ? [[f.value, f.what]] : []));
    expect(counts("The lessor agreed to buy a total of 10 planes worth about $1 billion.")).toContainEqual([10, "planes"]);
    expect(counts("The two leaders signed three agreements on Monday.")).toEqual([[2, "leaders"], [3, "agreements"]]);
  });

  it("reads a figure grouped in thousands after a name as a quantity", () => {
    const ms = numbersIn("The ADP won 1,204,330 votes and the LRP-N 470,120 votes, while the Boeing 737 flew.");
    expect(ms.map((m) => [m.value, m.unit, m.noun])).toEqual([[1204330, "count", "votes"], [470120, "count", "votes"]]);
  });

  it("reads a length of time glued to its noun as a count, but not a decimal", () => {
    expect(numbersIn("The envoys began a 48-hour Baltic tour and a 10-day strike ended.").map((m) => [m.value, m.unit, m.noun])).toEqual([[48, "count", "hours"], [10, "count", "days"]]);
    // (An age before its person is a count of its own since an accident report's first look: the test above.)
    expect(pick("A 45-year-old driver and a 2.5-hour delay were reported.")).toEqual([{ value: 45, unit: "count", currency: undefined }]);
    expect(pick("The 10-year bond and a 7-day average of 12-month loans were cited.")).toEqual([]);
  });

  it("reads no quantity from the half of a label after a slash ('the 2025/26 season', 'open 24/7')", () => {
    expect(pick("The board expects a harvest of 410,000 tonnes in the 2025/26 season.").map((m) => m.value)).toEqual([410000]);
    expect(pick("The depot now runs 24/7 with 18 staff.").map((m) => m.value)).toEqual([18]);
  });

  it("ignores numbers inside names, dates, years and adjectives", () => {
    expect(pick("The Group of 7 (G7) met on June 17 in 1998 to discuss a one-sided 3-year deal.")).toEqual([]);
    expect(pick("")).toEqual([]);
    expect(pick("No numbers at all here.")).toEqual([]);
  });
});

describe("findNumbers: units glued to their figures", () => {
  it("reads “185mph”, “12km”, “300mm” as counts of their unit, and leaves temperatures and words alone", () => {
    const got = numbersIn("Gusts hit 120mph, the river rose 300mm and the road was shut for 12km.").map((m) => ({ value: m.value, unit: m.unit, noun: m.noun, raw: m.raw }));
    expect(got).toEqual([
      { value: 120, unit: "count", noun: "miles per hour", raw: "120" },
      { value: 300, unit: "count", noun: "millimetres", raw: "300" },
      { value: 12, unit: "count", noun: "kilometres", raw: "12" },
    ]);
    // A temperature, a model name or a letter after the figure is no glued unit.
    expect(numbersIn("It reached 40C in the shade.").map((m) => m.value)).toEqual([]);
    expect(numbersIn("The 3kmh-rated pump is sold out.").map((m) => m.unit)).not.toContain("count");
  });
});
