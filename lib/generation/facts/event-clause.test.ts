import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { DateFact, EventFact } from "../types";

const REF = { referenceDate: "2024-05-01" };
const events = (body: string) =>
  analyse(`Headline\n${body}`, REF).facts.filter((f): f is EventFact => f.kind === "event").map((e) => [e.year, e.what]);
const dates = (body: string) =>
  analyse(`Headline\n${body}`, REF).facts.filter((f): f is DateFact => f.kind === "date").map((d) => [d.raw, d.what]);

describe("the clause that owns a year", () => {
  it("dates the clause the year sits in, not the main clause around it", () => {
    expect(events("The country has joined four treaties since the agreement was signed in 2005.")).toEqual([[2005, "the agreement was signed"]]);
    expect(events("The league expanded quickly after the stadium was built in 1996.")).toEqual([[1996, "the stadium was built"]]);
    expect(events("Officials said the bridge reopened in 2012.")).toEqual([[2012, "the bridge reopened"]]);
  });

  it("gives a clause without a subject of its own the subject grammar gives it", () => {
    expect(events("The guild, founded in 1887, still trains bakers.")).toEqual([[1887, "The guild was founded"]]);
    expect(events("The ferry line, which was launched in 1978, carries cars.")).toEqual([[1978, "The ferry line was launched"]]);
    expect(events("Anna Berg, who joined the board in 2010, backed the plan.")).toEqual([[2010, "Anna Berg joined the board"]]);
    expect(events("Although first planned by the city council in 1999, the tunnels were delayed for a decade.")).toEqual([[1999, "the tunnels were first planned by the city council"]]);
    expect(events("The canal was dug in 1820 and widened in 1905.")).toEqual([[1820, "The canal was dug"], [1905, "The canal was widened"]]);
    expect(events("The museum opened in 1931 and a new wing was added in 2008.")).toEqual([[1931, "The museum opened"], [2008, "a new wing was added"]]);
  });

  it("dates nothing that happened in more than one year (“won the title in 2021 and 2023”)", () => {
    expect(events("Lena Holm, who won the title in 2021 and 2023, retired on Monday.")).toEqual([]);
    expect(events("The club won the cup in 2001, 2004 and 2019.")).toEqual([]);
    expect(events("Lena Holm, who won the title in 2021, retired in 2023.")).toEqual([[2021, "Lena Holm won the title"], [2023, expect.any(String)]]);
  });

  it("leaves a clause of place ('…, where the wells ran dry in 2019') that says nothing whole without its place", () => {
    expect(events("Water was sent to three farms near Hale, where the wells ran dry in 2019.").filter(([, what]) => what)).toEqual([]);
    expect(dates("Crews reached the hamlet of Orne, where power failed for nine hours on March 3.").map(([, what]) => what).filter(Boolean)).toEqual([]);
    expect(events("The wells near Hale ran dry in 2019.")).toEqual([[2019, "The wells near Hale ran dry"]]);
  });

  it("gives no “was” to a past tense that is no participle after a name set off by commas", () => {
    expect(events("The herd's lead mare, Tindra, came to Uppsala from a farm in Gotland in 2019 as part of a breeding scheme, which now covers the whole island.")).toEqual([[2019, "Tindra came to Uppsala from a farm in Gotland"]]);
    expect(events("The guild, founded in 1887, still trains bakers.")).toEqual([[1887, "The guild was founded"]]);
  });

  it("takes no aside closed by a comma after the date for the subject of the verb after it", () => {
    expect(events("A new ferry terminal, due to open in 2029, will handle freight from Norway.")).toEqual([[2029, ""]]);
    expect(events("A cheaper ticket, set to arrive in 2027, will replace the monthly pass.")).toEqual([[2027, ""]]);
    // A date between a subject and its verb, with no comma before the subject, still dates the clause.
    expect(events("India and Chile in 2019 signed a pact on copper.")).toEqual([[2019, "India and Chile signed a pact on copper"]]);
  });

  it("dates an apposition's participle as what happened to the noun it describes", () => {
    expect(events("Harbour Watch, a volunteer group formed in 2009, cleaned the beach.")).toEqual([[2009, "Harbour Watch was formed"]]);
    expect(events("The plan was backed by Tidewell, an engineering firm established in 1994, and the port.")).toEqual([[1994, "Tidewell was established"]]);
    // Not an apposition: a clause that ends the sentence, a reporting verb, a definite subject.
    expect(events("The scheme collapsed, a new tenant arrived in 2015.")).toEqual([[2015, "a new tenant arrived"]]);
    expect(events("The depot will shut, a spokesman said in 2019, and staff will move.")).not.toContainEqual([2019, "The depot was said"]);
    expect(events("The mayor left office, the council voted in 2011, and a deputy took over.")).toEqual([[2011, "the council voted"]]);
  });

  it("dates no relative clause that has lost its object to the noun before it", () => {
    const said = (body: string) => events(body).filter(([, what]) => what);
    expect(said("The mill ran on a water wheel that the monks had carried up the valley in 1420.")).toEqual([]);
    expect(said("The tower, which the town rebuilt in 1952, was listed as a monument.")).toEqual([]);
    // A clause after a verb keeps its own object.
    expect(events("Critics argue that the board ignored the warnings in 2019.")).toEqual([[2019, "the board ignored the warnings"]]);
    expect(events("Officials said that the bridge reopened in 2012.")).toEqual([[2012, "the bridge reopened"]]);
  });

  it("dates a clause by the year of a quarter or half it names", () => {
    expect(events("The new bridge will open in the second half of 2027.")).toEqual([[2027, "The new bridge will open"]]);
    expect(events("The first ferries arrive in the third quarter of 2026 and the rest in early 2028.")).toEqual([[2026, "The first ferries arrive"], [2028, ""]]);
    expect(events("Sales of the ferries rose 4 percent in the first quarter of 2026.")).toEqual([]); // the year dates a figure
  });

  it("gives a participle closing a sentence with a verb of its own a copula", () => {
    expect(events("Eldon, in the north, is the region's oldest mill, set up in 1871.")).toEqual([[1871, "Eldon was set up"]]);
    expect(events("Port Vale, on the coast, is the busiest harbour, opened to ships in 1902.")).toEqual([[1902, "Port Vale was opened to ships"]]);
    // Without a main verb before it, the clause is the sentence's own predicate.
    expect(events("The tram line, which has 30 stops, closed in 1961.")).toEqual([[1961, "The tram line closed"]]);
    // … but a main clause the tagger missed ("beats" read as a noun) leaves the participle to the
    // noun before it, which no question can name as a subject.
    expect(events("The bid, which includes fees, beats the previous record of $86 million, set in 2012.")).toEqual([[2012, ""]]);
    // A participle right after a noun, later than the clause's verb, dates its own phrase.
    expect(events("Nine miners died, a loss marked by a statue unveiled in 1980 at the pit.")).toEqual([[1980, ""]]);
    expect(events("The council approved a plan drafted in 2019.")).toEqual([[2019, ""]]);
    // A sentence with no opening noun phrase before its first comma reads as before.
    expect(() => events("Ms Lund said she expected fares to rise before falling in spring, provided the council begins to cut fees in 2027.")).not.toThrow();
  });

  it("tells an aside from the sentence's own predicate after it", () => {
    expect(events("The ferry line, which has 40 boats, was launched in 1978.")).toEqual([[1978, "The ferry line was launched"]]);
    expect(events("The pact, signed in 1992 by nine states, took effect in 1994.")).toEqual([[1992, "The pact was signed"], [1994, "The pact took effect"]]);
  });

  it("reads words the tagger takes for verbs as the nouns they are before the verb", () => {
    expect(events("The ministry said on Monday that exports had fallen in 2019.")).toEqual([[2019, "exports had fallen"]]);
    expect(events("Work on the new dam began in 2011.")).toEqual([[2011, "Work on the new dam began"]]);
  });

  it("reads the clause after a year that opens it", () => {
    expect(events("In 2017, the port authority dredged the harbour.")).toEqual([[2017, "the port authority dredged the harbour"]]);
  });

  it("makes no event of a year that dates a figure or is only a bound", () => {
    expect(events("Sales rose 12 percent in 2023.")).toEqual([]);
    expect(events("The mill employed 400 workers in 1950.")).toEqual([]);
    expect(events("The mill closed in 1950 with 400 jobs lost.")).toEqual([]);
    // A count in words after the date is no figure the year dates.
    expect(events("The mill was founded in 1850 by two brothers.")).toEqual([[1850, "The mill was founded"]]);
    expect(events("Output has doubled since 2010.")).toEqual([]);
    expect(events("The line will be finished by 2030.")).toEqual([]);
    expect(events("Exports fell after 2008 and recovered before 2012.")).toEqual([]);
  });

  it("dates no restrictive relative clause after 'X of Y': it may tell of either", () => {
    const said = (body: string) => events(body).filter(([, what]) => what);
    // "the second round of a dispute that started in 2015": the dispute started then, not the round.
    expect(said("The hearing opens the second round of a dispute that started in 2015, when a farmers' union sued the mill.")).toEqual([]);
    expect(said("Voters backed the last phase of a plan which began in 2011.")).toEqual([]);
    // Set off by a comma, or after a plain noun, the clause still has its subject.
    expect(events("The ferry line, which was launched in 1978, carries cars.")).toEqual([[1978, "The ferry line was launched"]]);
    expect(events("Voters backed a plan that began in 2011.")).toEqual([[2011, "a plan began"]]);
  });

  it("keeps the year but no clause when the sentence gives no complete one", () => {
    // "it" says nothing by itself; "the vote" is a noun phrase, not a clause.
    expect(events("The plant will hire staff when it opens in 2027.")).toEqual([[2027, ""]]);
    expect(events("The party collapsed after the vote in 2005.")).toEqual([[2005, ""]]);
  });
});

describe("the clause that owns a calendar date", () => {
  it("finds the clause on either side of the date", () => {
    expect(dates("The survey, conducted from March 3 to March 9, covered farms.")).toEqual([["March 3 to March 9", "The survey was conducted"]]);
    expect(dates("The two unions on Monday, 12 February, signed a wage deal, officials said.")).toEqual([["on Monday, 12 February", "The two unions signed a wage deal"]]);
    expect(dates("The regulator fined the bank on March 14.")).toEqual([["March 14", "The regulator fined the bank"]]);
  });

  it("leaves `what` empty when the date's clause has no subject that names something", () => {
    expect(dates("The bank lost the appeal, and on March 14, as the last resort, paid it.")).toEqual([["March 14", ""]]);
    expect(dates("A storm hit the coast, killing nine people on March 14, 2019.")).toEqual([["March 14, 2019", ""]]);
    // The date bounds a period: nothing happened "on" it.
    expect(dates("Unemployment fell in the three months to August.")).toEqual([["August", ""]]);
    // … also where the period opens the clause, not only where it ends it.
    expect(dates("Sales for the six months to March 31 came to $9 million.")).toEqual([["March 31", ""]]);
    expect(dates("Profit in the quarter ended June 30 doubled.")).toEqual([["June 30", ""]]);
    // … and in a relative clause after the period, which bounds it just the same.
    expect(dates("Sales in the second quarter, which ended on June 30, rose 9 percent.")).toEqual([["June 30", ""]]);
    expect(dates("Profit for the fiscal year that ended on March 31 doubled.")).toEqual([["March 31", ""]]);
    expect(dates("The museum, which closed on June 30, reopened in May.")).not.toEqual([["June 30", ""]]);
    expect(dates("The plant closed on June 30.")).toEqual([["June 30", "The plant closed"]]);
    expect(dates("Trading was the busiest since the end of June.")).toEqual([["end of June", ""]]);
  });
});
