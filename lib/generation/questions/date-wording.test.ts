import { describe, expect, it } from "vitest";
import { matchesAccepted } from "../../grading/normalise-text";
import { displayDate, ownOffset, realDate, shiftMonths, typedForms, whenQuestion } from "./date-wording";

describe("whenQuestion", () => {
  const year = (s: string, article?: string) => whenQuestion("In which year", s, article);

  it("leaves a clause that names a time of its own besides the year (“due to begin next spring and open”)", () => {
    expect(year("The first section is due to begin next spring and open to passengers")).toBeNull();
    expect(year("The museum closed on Monday and will reopen")).toBeNull();
    expect(year("The first section is due to open to passengers")).toBe("In which year is the first section due to open to passengers?");
  });

  it("leaves a verb that needs an object with nothing after it (“loans granted”, “the cyclist won”)", () => {
    expect(year("notes and loans on the harbour project granted")).toBeNull();
    expect(year("Belgian cyclist Jan Mertens won")).toBeNull();
    expect(year("the two councils signed")).toBeNull();
    // With its object, or a verb complete without one, it stays.
    expect(year("Belgian cyclist Jan Mertens won the race")).toBe("In which year did Belgian cyclist Jan Mertens win the race?");
    expect(year("the harbour closed")).toBe("In which year did the harbour close?");
  });

  it("leaves a participle after an indefinite noun with nothing after it (“a depth last recorded”)", () => {
    expect(year("a depth last recorded")).toBeNull();
    expect(year("an attendance first matched")).toBeNull();
    // An indefinite subject whose verb has an object, or no adverb before it, is an event of its own.
    expect(year("a new ferry terminal opened")).toBe("In which year did a new ferry terminal open?");
    expect(year("a flood destroyed the old bridge")).toBe("In which year did a flood destroy the old bridge?");
  });

  it("drops an 'also' that points back to an event the question never names", () => {
    expect(year("Lena Marsh also received the Dunmore Medal")).toBe("In which year did Lena Marsh receive the Dunmore Medal?");
    expect(year("Lena Marsh was also elected to the Academy")).toBe("In which year was Lena Marsh elected to the Academy?");
    expect(year("Lena Marsh has also won the Dunmore Medal")).toBe("In which year did Lena Marsh win the Dunmore Medal?");
    expect(year("Lena Marsh quietly received the Dunmore Medal")).toBe("In which year did Lena Marsh quietly receive the Dunmore Medal?");
  });

  it("inverts an auxiliary and names what happened", () => {
    expect(year("a free trade pact was first proposed by the finance ministry")).toBe("In which year was a free trade pact first proposed by the finance ministry?");
    expect(year("The harbour tunnels were closed")).toBe("In which year were the harbour tunnels closed?");
    expect(year("the new terminal will open")).toBe("In which year will the new terminal open?");
  });

  it("asks a past-tense verb with 'did' and its infinitive, adverbs kept in place", () => {
    expect(year("The guild opened its first school")).toBe("In which year did the guild open its first school?");
    expect(year("Output fell sharply")).toBe("In which year did output fall sharply?");
    expect(whenQuestion("On which date", "Norway strongly opposed the new quota")).toBe("On which date did Norway strongly oppose the new quota?");
    expect(whenQuestion("When", "the census took place")).toBe("When did the census take place?");
    // A relative clause before the clause's own verb: no question joins the two.
    expect(whenQuestion("On which date", "Drivers who are late with their papers have")).toBeNull();
    // "Applicants have until June 3 to reply": with the date cut, "have" has nothing left to ask.
    expect(whenQuestion("On which date", "Applicants have")).toBeNull();
    // A second verb joined by "and" keeps its own tense: no inverted question reads well.
    expect(year("The depot will store grain and is due to open")).toBeNull();
    expect(year("The mill closed its gates and laid off 80 workers")).toBeNull();
    expect(year("Wages rose and prices fell")).toBeNull();
    expect(year("The mill closed its gates and its warehouse")).toBe("In which year did the mill close its gates and its warehouse?");
    expect(year("The depot will store grain and salt")).toBe("In which year will the depot store grain and salt?");
    expect(whenQuestion("On which date", "Tenants had")).toBeNull();
    // A tail stopping on a preposition or "about" lost the clock time it pointed at.
    expect(whenQuestion("On which date", "the bridge closed at about")).toBeNull();
    expect(whenQuestion("On which date", "the ferry sank at")).toBeNull();
    expect(whenQuestion("On which date", "the bridge closed to traffic")).toBe("On which date did the bridge close to traffic?");
    expect(whenQuestion("On which date", "Farmers who grow rice received the grant")).toBeNull();
    // A verb of saying with what was said cut off asks nothing.
    expect(whenQuestion("On which date", "The mayor told a council meeting")).toBeNull();
    expect(whenQuestion("On which date", "The minister said")).toBeNull();
    expect(whenQuestion("On which date", "The mayor opened a council meeting")).toBe("On which date did the mayor open a council meeting?");
    // A noun that reads as a past tense ("cut", "set") before the clause's own verb.
    expect(whenQuestion("On which date", "a price cut boosted sales of the new model")).toBe("On which date did a price cut boost sales of the new model?");
  });

  it("asks a perfect tense in the simple past a year calls for", () => {
    expect(year("exports had fallen")).toBe("In which year did exports fall?");
    expect(year("the plan has been approved")).toBe("In which year was the plan approved?");
    expect(year("The rules had been relaxed")).toBe("In which year were the rules relaxed?");
    expect(year("The board had already approved the sale")).toBe("In which year did the board already approve the sale?");
  });

  it("keeps the capital of a name, and of a word the article capitalises mid-sentence", () => {
    expect(year("Portugal was admitted")).toBe("In which year was Portugal admitted?");
    expect(year("Farmland prices doubled", "Buyers said Farmland prices were rising.")).toBe("In which year did Farmland prices double?");
    expect(whenQuestion("On which date", "Vantor will publish its accounts", "OSLO (Wire) - Vantor Group, the shipping firm, said on Monday it had sold two ships.\nVantor will publish its accounts on May 4."))
      .toBe("On which date will Vantor publish its accounts?");
    expect(year("Blue Harbour won the cup")).toBe("In which year did Blue Harbour win the cup?");
    expect(year("Economist Ana Ruiz joined the bank")).toBe("In which year did economist Ana Ruiz join the bank?");
    expect(year("Output fell sharply", "Output Falls Sharply In Spring\nOutput fell sharply in 2019.")).toBe("In which year did output fall sharply?");
    // A possessive opening the subject is a name's even when the article never writes it mid-sentence.
    expect(year("Norvania's exports fell", "LISBON (Wire) - Norvania's exports fell in 2024.")).toBe("In which year did Norvania's exports fall?");
    expect(year("Today's fleet entered service", "Today's fleet entered service in 2019.")).toBe("In which year did today's fleet enter service?");
  });

  it("does not read a participle after its noun as the clause's verb", () => {
    const article = "Ferry news\nA toll scheme launched in Valmora in 2018 was scrapped by the city council in 2021.";
    expect(year("A toll scheme launched in Valmora", article)).toBeNull();
    expect(year("A toll scheme launched in Valmora in 2018 was scrapped by the city council", article)).toBeNull();
    // A past tense that is the clause's verb, and a second verb after a clause break, still ask.
    const plain = "Ferry news\nA private firm launched a toll scheme in Valmora in 2018, and it was scrapped in 2021.";
    expect(year("A private firm launched a toll scheme in Valmora", plain)).toBe("In which year did a private firm launch a toll scheme in Valmora?");
  });

  it("cuts a long tail at a clause boundary", () => {
    expect(year("The region struggled with several problems including drought and floods that ruined crops")).toBe("In which year did the region struggle with several problems?");
    expect(whenQuestion("When", "The valley received more than 1,400 millimetres of rain, a record")).toBe("When did the valley receive more than 1,400 millimetres of rain?");
  });

  it("returns null for what cannot be asked cleanly", () => {
    expect(year("less than a fifth of the cost of a similar tunnel opened")).toBeNull();
    for (const s of ["", "was signed", "founded in the north", "The bridge did not reopen", "The company sells cars", "and the deal was signed"]) {
      expect(year(s), s).toBeNull();
    }
  });
});

describe("dates as shown and as typed", () => {
  it("shows a date without 'on' or its weekday, months in full", () => {
    expect(displayDate("on Tuesday, 25 Feb.")).toBe("25 February");
    expect(displayDate("Sept. 30, 2016")).toBe("September 30, 2016");
    expect(displayDate("Jan. 15 and Feb. 20")).toBe("January 15 and February 20");
    expect(displayDate("between Nov. 28 and Dec. 3")).toBe("November 28 to December 3");
    expect(shiftMonths("December 3 to January 9", 1)).toBe("January 3 to February 9");
  });

  it("accepts the ways people type a date, and not another date", () => {
    const accepted = typedForms("30 September 2016");
    const ok = (typed: string) => accepted.some((a) => matchesAccepted(typed, a));
    for (const t of ["30 September", "September 30", "Sept. 30", "sep 30", "30th September", "September 30th", "September 30, 2016", "30 september 2016"]) expect(ok(t), t).toBe(true);
    for (const t of ["31 September", "30 October", "September", "2016"]) expect(ok(t), t).toBe(false);
    expect(accepted.length).toBeLessThanOrEqual(10);
    expect(typedForms("the spring")).toEqual(["the spring"]);
  });
});

describe("ownOffset", () => {
  it("finds the fact's own mention, or says it cannot tell", () => {
    const s = "Founded in 1998, the firm listed in 2004 and had 1998 staff by then.";
    expect(ownOffset("The port opened in 2004.", "2004")).toBe(19);
    expect(ownOffset(s, "2004")).toBe(s.indexOf("2004"));
    expect(ownOffset(s, "1998")).toBe(s.indexOf("1998"));
    expect(ownOffset("In 2001, then in 2001 again.", "2001")).toBe(-1);
    expect(ownOffset("Route 20041 was closed.", "2004")).toBe(-1);
  });
});

describe("realDate", () => {
  it("tells a day the calendar has from a month moved past its last day", () => {
    expect(realDate("September 31")).toBe(false);
    expect(realDate("31 June")).toBe(false);
    expect(realDate("February 30")).toBe(false);
    expect(realDate("February 29, 2023")).toBe(false);
    expect(realDate("February 29, 2024")).toBe(true);
    expect(realDate("October 31")).toBe(true);
    expect(realDate("1 March 2025")).toBe(true);
    // Text that is no single day is left alone.
    expect(realDate("March 3 to April 9")).toBe(true);
  });
});
