import { describe, expect, it } from "vitest";
import { conflictWith, echoedCount, keysOf, nearDuplicate, promptOverlap, shownKey, showsKey } from "./giveaway";
import type { DraftQuestion } from "./questions/context";

// Sentences written for these tests.
const REVENUE = "Tourism revenue climbed 8.5% to $3.2 billion in 2022, the agency said.";
const PORTS = "Fourteen of the 20 largest ports reported delays in March.";
const at = (sentence: string) => ({ sentence, start: sentence === REVENUE ? 0 : 500, end: (sentence === REVENUE ? 0 : 500) + sentence.length });

const base = (sentence: string, factIds: string[]) => ({ explanation: "Because.", source: at(sentence), factIds });
const numeric = (prompt: string, value: number, answerText: string, factIds = ["pct"], sentence = REVENUE): DraftQuestion => ({
  type: "numeric",
  prompt,
  answer: { value, tolerance: 0.05 },
  answerText,
  ...base(sentence, factIds),
});
const single = (prompt: string, options: string[], answer: number, factIds = ["usd"], sentence = REVENUE): DraftQuestion => ({
  type: "single_choice",
  prompt,
  options,
  answer,
  answerText: options[answer] as string,
  ...base(sentence, factIds),
});
const blank = (prompt: string, accepted: string[], answerText: string, factIds = ["pct"], sentence = REVENUE): DraftQuestion => ({
  type: "fill_blank",
  prompt,
  answer: { accepted },
  answerText,
  ...base(sentence, factIds),
});
const trueFalse = (statement: string, answer: boolean, answerText: string, factIds = ["usd"], sentence = REVENUE): DraftQuestion => ({
  type: "true_false",
  prompt: `True or false? According to the article: ${statement}`,
  answer,
  answerText,
  ...base(sentence, factIds),
});

const clozePct = blank("Fill in the blank: “Tourism revenue climbed ____ percent to $3.2 billion in 2022, the agency said.”", ["8.5", "8.5 percent", "8.5%"], "8.5 percent");
const askPct = numeric("According to the article, by what percentage did tourism revenue climb in 2022? Give the figure as a percentage.", 8.5, "8.5 percent");
const askUsd = numeric("According to the article, what was tourism revenue in 2022? Answer in billions of US dollars.", 3.2, "$3.2 billion", ["usd"]);

describe("showsKey", () => {
  it("finds a figure however the article writes it", () => {
    expect(showsKey("Revenue climbed 8.5% to 3.2 billion U.S. dollars.", "$3.2 billion")).toBe(true);
    expect(showsKey(REVENUE, "8.5 percent")).toBe(true);
    expect(showsKey("Arrivals rose six per cent in May.", "6 percent")).toBe(true);
    expect(showsKey("Arrivals rose 6 per cent in May.", "six")).toBe(true);
    expect(showsKey("Some 1200 ports reported delays.", "1,200")).toBe(true);
    expect(showsKey("Turnout was 31 204 118 voters.", "31,204,118")).toBe(true);
    expect(showsKey("Imports fell to $3.2bn.", "$3.2 billion")).toBe(true);
    expect(showsKey("\"Twelve hundred dockers have had no raise,\" she said.", "1,200")).toBe(true);
    expect(showsKey("The talks began in Lisbon in 2019.", "Lisbon")).toBe(true);
  });

  it("reads a wire's short month as the month a key spells out", () => {
    expect(showsKey("The drive, which ran from Sept. 3 to Sept. 17, cost $4 million.", "September 3 to September 17")).toBe(true);
    expect(showsKey("The fair opens on 12 Feb 2026 in Porto.", "12 February 2026")).toBe(true);
    expect(showsKey("The fair opens on Feb. 12.", "February 12")).toBe(true);
  });

  it("keeps a short month apart from another date or a plain word", () => {
    expect(showsKey("The drive ran from Sept. 3 to Sept. 17.", "August 3 to August 17")).toBe(false);
    expect(showsKey("The fair opens on Feb. 21.", "February 12")).toBe(false);
    expect(showsKey("Tom Dec said the fair would open.", "December")).toBe(false);
  });

  it("does not take a different figure or unit for the key", () => {
    expect(showsKey("Prices were steady over the past 12 months.", "12 percent")).toBe(false);
    expect(showsKey("Revenue climbed to $3.2 million.", "$3.2 billion")).toBe(false);
    expect(showsKey("Revenue climbed 18.5% last year.", "8.5 percent")).toBe(false);
    expect(showsKey("The series began in 20045 BC.", "2004")).toBe(false);
    expect(showsKey("\"Twelve hundred dockers have had no raise,\" she said.", "12")).toBe(false);
    expect(showsKey("The talks began in Lisbonne.", "Lisbon")).toBe(false);
  });
});

describe("showsKey on sums of money with no scale word", () => {
  it("finds the sum written with a currency sign or name", () => {
    expect(showsKey("The council will pay grants of up to C$25,000 to each club.", "25,000 Canadian dollars")).toBe(true);
    expect(showsKey("Fares will fall to HK$ 380 per trip.", "380 Hong Kong dollars")).toBe(true);
    expect(showsKey("Each family gets 600 dollars a month.", "600 dollars")).toBe(true);
    expect(showsKey("Tickets cost €45 for adults and €20 for children.", "20 euros")).toBe(true);
    expect(showsKey("Tickets cost €45 for adults and €20 for children.", "$45")).toBe(true);
  });

  it("does not take a scaled sum, the bare digits or another figure for it", () => {
    expect(showsKey("The council set aside C$25,000 million for clubs.", "25,000 Canadian dollars")).toBe(false);
    expect(showsKey("The council set aside C$25 billion for 25,000 clubs.", "25,000 Canadian dollars")).toBe(false);
    expect(showsKey("Fares will fall to HK$ 3,800 per trip.", "380 Hong Kong dollars")).toBe(false);
    expect(showsKey("Tickets cost €45.50 for adults.", "45 euros")).toBe(false);
  });

  it("holds one of two questions blanking each of a sentence's two sums", () => {
    const s = "The city will pay C$1,500 per household and C$600 per pensioner, the mayor said.";
    const askHousehold = numeric("According to the article, what number fills the blank? “The city will pay C$____ per household and C$600 per pensioner, the mayor said.” Answer in Canadian dollars.", 1500, "1,500 Canadian dollars", [], s);
    const askPensioner = single("According to the article, which figure completes this statement? “The city will pay C$1,500 per household and ____ per pensioner, the mayor said.”", ["400 Canadian dollars", "600 Canadian dollars", "800 Canadian dollars"], 1, [], s);
    expect(conflictWith(askHousehold, askPensioner)?.code).toBe("gives_away");
    expect(conflictWith(askPensioner, askHousehold)?.code).toBe("gives_away");
  });
});

describe("keysOf", () => {
  it("reads the figure a true/false turns on, whichever way it was written", () => {
    expect(keysOf(trueFalse("x", false, "False — the article gives $3.2 billion, not $2.3 billion."))).toEqual(["$3.2 billion"]);
    expect(keysOf(trueFalse("x", true, "True — the article gives 8.5 percent."))).toEqual(["8.5 percent"]);
    expect(keysOf(trueFalse("x", true, "True — the article names Chile among the members of the pact."))).toEqual([]);
  });
});

describe("gives_away", () => {
  it("flags a true/false quoting the sentence whose figure another question blanks", () => {
    const tf = trueFalse("Tourism revenue climbed 8.5% to $3.2 billion in 2022, the agency said.", true, "True — the article gives $3.2 billion.");
    const flag = conflictWith(clozePct, tf);
    expect(flag?.code).toBe("gives_away");
    expect(flag?.message).toMatch(/^Shows the answer \(8\.5 percent\) to another question on the same sentence: “Fill in the blank: “Tourism revenue climbed ____/);
  });

  it("reads a false statement as written: it shows the figures it did not change", () => {
    // The dollar figure was swapped, the percentage still shows.
    const swappedUsd = trueFalse("Tourism revenue climbed 8.5% to $2.3 billion in 2022.", false, "False — the article gives $3.2 billion, not $2.3 billion.");
    expect(conflictWith(askPct, swappedUsd)?.code).toBe("gives_away");
    // The percentage was swapped: nothing in it answers the percentage question, and the
    // percentage question shows nothing that settles the statement.
    const swappedPct = trueFalse("Tourism revenue climbed 5.8% to $2.3 billion in 2022.", false, "False — the article gives 8.5 percent, not 5.8 percent.", ["pct"]);
    expect(conflictWith(askPct, swappedPct)).toBeNull();
    // …but the dollar question does settle it if its stem prints the true figure.
    const dollarStem = single("According to the article, tourism revenue climbed 8.5% to what in 2022?", ["$3.2 billion", "$2.3 billion", "$4.1 billion"], 0);
    expect(conflictWith(swappedPct, dollarStem)?.message).toMatch(/^Shows the answer \(8\.5 percent\)/);
  });

  it("flags a stem that prints another question's key, and says which way round", () => {
    const stemShowsUsd = single("According to the article, by how much did tourism revenue climb to $3.2 billion in 2022?", ["8.5 percent", "5.8 percent", "9.5 percent"], 0, ["pct"]);
    expect(conflictWith(askUsd, stemShowsUsd)?.message).toMatch(/^Shows the answer \(\$3\.2 billion\)/);
    expect(conflictWith(stemShowsUsd, askUsd)?.message).toMatch(/^Another question on the same sentence shows its answer \(\$3\.2 billion\)/);
  });

  it("flags a cloze printing the wire's short dates that another question asks for in full", () => {
    const DRIVE = "The drive, which ran from Sept. 3 to Sept. 17, cost $4 million, the council said.";
    const costCloze = numeric("According to the article, what number fills the blank? “The drive, which ran from Sept. 3 to Sept. 17, cost $____ million.” Answer in millions of US dollars.", 4, "$4 million", ["cost"], DRIVE);
    const when = single("When did the drive run?", ["August 3 to August 17", "September 3 to September 17", "July 3 to July 17"], 1, ["when"], DRIVE);
    expect(conflictWith(when, costCloze)?.message).toMatch(/^Shows the answer \(September 3 to September 17\)/);
  });

  it("counts options against a question the student must recall, not against another choice", () => {
    const offersUsd = single("According to the article, which figure did the agency give for tourism revenue in 2022?", ["$3.2 billion", "$2.3 billion", "$4.1 billion"], 0, ["usd-2"]);
    expect(shownKey(offersUsd, askUsd)).toBe("$3.2 billion");
    const alsoOffers = single("According to the article, what was tourism revenue in 2022?", ["$4.1 billion", "$3.2 billion", "$2.3 billion"], 1, ["usd-3"]);
    expect(shownKey(offersUsd, alsoOffers)).toBeNull();
  });

  it("does not count a matching item that is only a name the other question offers too", () => {
    const matching: DraftQuestion = {
      type: "matching",
      prompt: "Match each person to the role the article gives them.",
      prompts: ["Ana Ruiz", "Tom Berg"],
      options: ["head of the agency", "ports minister"],
      answer: [0, 1],
      answerText: "Ana Ruiz: head of the agency; Tom Berg: ports minister",
      ...base(REVENUE, ["people"]),
    };
    const who = single("Who does the article describe as head of the agency?", ["Tom Berg", "Ana Ruiz", "Lea Kim"], 1, ["ana"]);
    expect(conflictWith(matching, who)).toBeNull();
  });

  it("leaves questions on different sentences alone, and spelled numbers are figures too", () => {
    const elsewhere = single("According to the article, how many of the largest ports reported delays in March, at 8.5 percent?", ["14", "12", "16"], 0, ["ports"], PORTS);
    expect(conflictWith(askPct, elsewhere)).toBeNull();
    const portsCloze = blank("Fill in the blank: “Fourteen of the ____ largest ports reported delays in March.”", ["20"], "20", ["largest"], PORTS);
    const howMany = numeric("According to the article, how many of the largest ports reported delays in March? Answer with a number.", 14, "14", ["delayed"], PORTS);
    expect(conflictWith(howMany, portsCloze)?.code).toBe("gives_away");
  });

  it("reads a stem widened with the sentence before it as about that sentence too", () => {
    const widened = blank(`Fill in the blank: “${REVENUE} ____ of the 20 largest ports reported delays in March.”`, ["Fourteen", "14"], "14", ["delayed"], PORTS);
    expect(conflictWith(askPct, widened)?.message).toMatch(/^Shows the answer \(8\.5 percent\)/);
  });
});

describe("gives_away across sentences", () => {
  const LEAD = "Chief Executive Ana Ruiz told reporters that 40 ships had docked in March.";
  const HARBOUR = "The harbour handled 52 ships on Monday, its busiest day this year.";
  const RECORD = "In 2019 the harbour handled a record 61 ships in a day.";
  const matching: DraftQuestion = {
    type: "matching",
    prompt: "Match each person to the role the article gives them.",
    prompts: ["Ana Ruiz", "Tom Berg", "Lea Kim"],
    options: ["Chief Executive", "Ports Minister", "Analyst of Nordbank"],
    answer: [0, 1, 2],
    answerText: "Ana Ruiz: Chief Executive; Tom Berg: Ports Minister; Lea Kim: Analyst of Nordbank",
    ...base(PORTS, ["ruiz", "berg", "kim"]),
  };

  it("flags a stem that pairs a name with its role from a matching of people and roles", () => {
    const ships = numeric(`According to the article, what number fills the blank? “${LEAD.replace("40", "____")}” Answer with a number.`, 40, "40", ["ships"], LEAD);
    expect(shownKey(ships, matching)).toBe("Ana Ruiz → Chief Executive");
    expect(conflictWith(ships, matching)?.message).toMatch(/^Another question on another sentence shows its answer \(Ana Ruiz → Chief Executive\)/);
    const analyst = "Analyst Lea Kim of Nordbank said the port was full.";
    expect(shownKey(blank(`Fill in the blank: “${analyst.replace("full", "____")}”`, ["full"], "full", ["full"], analyst), matching)).toBe("Lea Kim → Analyst of Nordbank");
  });

  it("does not flag a name without its role, nor a name beside another's role", () => {
    const bare = "Ana Ruiz said 40 ships had docked in March.";
    expect(conflictWith(numeric(`According to the article, what number fills the blank? “${bare.replace("40", "____")}” Answer with a number.`, 40, "40", ["ships"], bare), matching)).toBeNull();
    const other = "Ana Ruiz met the Ports Minister as 40 ships docked.";
    expect(shownKey(numeric(`According to the article, what number fills the blank? “${other.replace("40", "____")}” Answer with a number.`, 40, "40", ["ships"], other), matching)).toBeNull();
  });

  it("flags a false true/false whose swapped-in figure is another question's key", () => {
    const monday = numeric(`According to the article, what number fills the blank? “${HARBOUR.replace("52", "____")}” Answer with a number.`, 52, "52", ["monday"], HARBOUR);
    const borrowed = trueFalse("In 2019 the harbour handled a record 52 ships in a day.", false, "False — the article gives 61, not 52.", ["record"], RECORD);
    expect(conflictWith(monday, borrowed)?.message).toMatch(/^Shows the answer \(52\) to another question on another sentence/);
    // A true statement, or a false one with a figure no question asks, stays apart from it.
    expect(conflictWith(monday, trueFalse(RECORD, true, "True — the article gives 61.", ["record"], RECORD))).toBeNull();
    expect(conflictWith(monday, trueFalse("In 2019 the harbour handled a record 71 ships in a day.", false, "False — the article gives 61, not 71.", ["record"], RECORD))).toBeNull();
    // Nor against a true/false on the 52: seeing 52 in a false statement about something else
    // says nothing of whether its own statement is right.
    const mondayTrue = { ...trueFalse(HARBOUR, true, "True — the article gives 52.", ["monday"], HARBOUR), source: { sentence: HARBOUR, start: 900, end: 900 + HARBOUR.length } };
    expect(conflictWith(mondayTrue, borrowed)).toBeNull();
    expect(conflictWith(borrowed, mondayTrue)).toBeNull();
  });
});

describe("duplicate", () => {
  const earnNumeric = numeric("According to the article, how much did the company earn in the quarter? Answer in millions of US dollars.", 41, "$41 million", ["earn"]);
  const earnChoice = single("According to the article, how much did the company earn in the quarter?", ["$41 million", "$14 million", "$44 million"], 0, ["earn"]);

  it("flags the same fact asked twice in nearly the same words", () => {
    expect(promptOverlap(earnNumeric.prompt, earnChoice.prompt)).toBe(1);
    expect(nearDuplicate(earnNumeric, earnChoice)).toBe(true);
    const flag = conflictWith(earnNumeric, earnChoice);
    expect(flag?.code).toBe("duplicate");
    expect(flag?.message).toMatch(/which is kept: “According to the article, how much did the company earn in the quarter\? Answer in millions/);
  });

  it("does not flag different stems, different facts or different keys", () => {
    const cloze = single("According to the article, which figure completes this statement? “The company earned ____ in the quarter, up from a loss.”", ["$41 million", "$14 million", "$44 million"], 0, ["earn"]);
    expect(nearDuplicate(earnNumeric, cloze)).toBe(false);
    const otherFact = single("According to the article, how much did the company earn in the quarter?", ["$41 million", "$14 million", "$44 million"], 0, ["earn-2"]);
    expect(nearDuplicate(earnNumeric, otherFact)).toBe(false);
    const otherKey = numeric("According to the article, how much did the company earn in the quarter? Answer in millions of US dollars.", 44, "$44 million", ["earn"]);
    expect(nearDuplicate(otherKey, earnChoice)).toBe(false);
  });
});

describe("echoedCount: a count another sentence states with the same noun, of the same thing", () => {
  const rule = "The council must freeze parking fees for ____ years and publish its accounts.";
  const said = "“A fee freeze of only two years will not help shoppers,” said Ana Ruiz.";
  const other = "“We cut two years off the waiting list,” said Ana Ruiz.";
  const askYears = numeric(`According to the article, what number fills the blank? “${rule}” Answer with a number.`, 2, "2", ["rule"], rule);
  const whoSaid = (quote: string, sentence: string) => single(`Who is quoted in the article as saying: “${quote}”?`, ["Ana Ruiz", "Tom Berg", "Lea Kim"], 0, ["quote"], sentence);

  it("finds the count, spelled or in digits, where the two texts share a word besides the noun", () => {
    expect(echoedCount(whoSaid("A fee freeze of only two years will not help shoppers", said), askYears)).toBe("2");
    expect(echoedCount(whoSaid("A fee freeze of only 2 years will not help shoppers", said), askYears)).toBe("2");
  });

  it("leaves a count of the same noun about something else, another noun, and a choice question", () => {
    expect(echoedCount(whoSaid("We cut two years off the waiting list", other), askYears)).toBeNull();
    expect(echoedCount(whoSaid("A fee freeze of only two months will not help shoppers", said), askYears)).toBeNull();
    const chooseYears = single(`According to the article, which figure completes this statement? “${rule}”`, ["2", "3", "5"], 0, ["rule"], rule);
    expect(echoedCount(whoSaid("A fee freeze of only two years will not help shoppers", said), chooseYears)).toBeNull();
  });
});
