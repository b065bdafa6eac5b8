import { describe, expect, it } from "vitest";
import { whQuestion } from "./wh-question";

const ask = (sentence: string, raw: string, kind: "count" | "percent_change", noun?: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = sentence.indexOf(raw, at + 1);
  return whQuestion(sentence, at, raw, kind, noun)?.stem ?? null;
};

describe("whQuestion", () => {
  it("asks no bare unit of measure that a place had or received, which measures something only the clause before names", () => {
    expect(ask("Denver saw 41 cm of hail, while Boulder had 22 cm and Golden 9 cm.", "22", "count", "cm")).toBeNull();
    expect(ask("The valley received 60 millimetres overnight, forecasters said.", "60", "count", "millimetres")).toBeNull();
    // With its of-phrase it says what was measured.
    expect(ask("The valley received 60 millimetres of rain on Sunday.", "60", "count", "millimetres")).toBe("According to the article, how many millimetres of rain did the valley receive on Sunday?");
    // A time word after what was measured stays out of the of-phrase ("of rain overnight").
    expect(ask("The valley received 60 millimetres of rain overnight in the storm.", "60", "count", "millimetres")).toBe("According to the article, how many millimetres of rain did the valley receive overnight in the storm?");
    expect(ask("Farmers lost 300 tonnes of wheat yesterday to the floods.", "300", "count", "tonnes")).toBe("According to the article, how many tonnes of wheat did farmers lose yesterday to the floods?");
    // A verb that is itself the measure keeps the unit.
    expect(ask("The convoy travelled 140 kilometres on Monday.", "140", "count", "kilometres")).toBe("According to the article, how many kilometres did the convoy travel on Monday?");
  });

  it("asks a count as how many, from the clause that owns it", () => {
    expect(ask("The Green Party won 52 seats in the regional vote.", "52", "count", "seats")).toBe("According to the article, how many seats did the Green Party win in the regional vote?");
    expect(ask("The Green Party won 52 seats, while the Liberals took 5 seats.", "5", "count", "seats", 1)).toBe("According to the article, how many seats did the Liberals take?");
    expect(ask("Rescuers found 12 survivors on Tuesday, the agency said.", "12", "count", "survivors")).toBe("According to the article, how many survivors did rescuers find on Tuesday?");
    // "so far" read into what is counted goes after the verb.
    expect(ask("Clinics have given 8,000 jabs so far, and schools another 2,000.", "8,000", "count", "jabs so far")).toBe("According to the article, how many jabs have clinics given so far?");
    expect(ask("Rangers have counted 300 nests to date.", "300", "count", "nests to date")).toBe("According to the article, how many nests have rangers counted to date?");
  });

  it("asks nothing of a clause whose subject comes after a place or time phrase joined by “and”", () => {
    expect(ask("Rice futures fell 3.2% in Osaka, and in Tokyo the trading house Maruki lost 4.1%.", "4.1", "percent_change")).toBeNull();
    expect(ask("Ticket sales rose 8% in May, and after the final the club shop sold 900 scarves.", "900", "count", "scarves")).toBeNull();
    // The clause's own subject right after "and" is asked about.
    expect(ask("Rice futures fell 3.2% in Osaka, and the trading house Maruki lost 4.1% in Tokyo.", "4.1", "percent_change")).toBe("According to the article, by what percentage did the trading house Maruki lose in Tokyo?");
  });

  it("asks no count that follows “by”, a tally or a margin (“passed by 31 votes to 22”)", () => {
    expect(ask("The motion passed by 48 votes to 12 after a long debate.", "48", "count", "votes")).toBeNull();
    expect(ask("The home side won by three goals on Sunday.", "three", "count", "goals")).toBeNull();
    expect(ask("The committee passed 48 motions in its first year.", "48", "count", "motions")).toBe("According to the article, how many motions did the committee pass in its first year?");
  });

  it("lower-cases a word the article capitalises only inside an office's title (“Deputy Transport Minister”)", () => {
    const sentence = "Transport crews have repaired 140 bridges since the floods.";
    const article = `${sentence} Deputy Transport Minister Ola Berg said more were needed.`;
    expect(whQuestion(sentence, sentence.indexOf("140"), "140", "count", "bridges", article)?.stem ?? "").toContain("have transport crews repaired");
    // A word the article capitalises on its own mid-sentence is a name.
    const named = `${sentence} Most of the work was done by Transport Nord for the Deputy Transport Minister.`;
    expect(whQuestion(sentence, sentence.indexOf("140"), "140", "count", "bridges", `${named} The firm Transport hired staff.`)?.stem ?? "").toContain("have Transport crews repaired");
  });

  it("asks no count whose noun is only a word that qualifies it (“three other categorised climbs”)", () => {
    expect(ask("The 160-kilometre stage from Tarbes included three other categorised climbs, with about 3,900 metres of climbing.", "three", "count", "other")).toBeNull();
    expect(ask("The 160-kilometre stage from Tarbes included three categorised climbs, with about 3,900 metres of climbing.", "three", "count", "categorised climbs")).toBe("According to the article, how many categorised climbs did the 160-kilometre stage from Tarbes include?");
  });
  it("asks no count whose of-phrase stops at a list's first item (“doses of the flu, polio and …”)", () => {
    expect(ask("Nurses have given 9,100 doses of the flu, polio and tetanus vaccines since March.", "9,100", "count", "doses")).toBeNull();
    expect(ask("Nurses have given 9,100 doses of the flu vaccine in March, and 400 of polio.", "9,100", "count", "doses")).toBe("According to the article, how many doses of the flu vaccine have nurses given in March?");
  });

  it("keeps the capital of a people the tagger does not know (“Finns”), with the article at hand", () => {
    const sentence = "Finns made 41 million visits to museums last year.";
    const article = `${sentence} The museums said visits rose.`;
    expect(whQuestion(sentence, sentence.indexOf("41"), "41", "count", "million visits", article)?.stem ?? "").toContain("did Finns make");
    const common = "Libraries lent 78 million books last year.";
    expect(whQuestion(common, common.indexOf("78"), "78", "count", "million books", `${common} Loans rose.`)?.stem ?? "").toContain("did libraries lend");
  });

  it("keeps what a change is measured against (“from a year earlier”), which tells a yearly change from a monthly one", () => {
    expect(ask("Ferry fares rose 3.1 percent in June from a year earlier, the agency said.", "3.1", "percent_change")).toBe("According to the article, by what percentage did ferry fares rise in June from a year earlier?");
    expect(ask("Bread prices fell 1.2 percent from the previous month.", "1.2", "percent_change")).toBe("According to the article, by what percentage did bread prices fall from the previous month?");
    expect(ask("Bread prices fell 1.2 percent in May.", "1.2", "percent_change")).toBe("According to the article, by what percentage did bread prices fall in May?");
    // "from 3.4 million the year before": the figure's phrase goes whole, its "before" with it.
    expect(ask("Ferry crossings rose 6 percent from 3.4 million the year before.", "6", "percent_change")).toBe("According to the article, by what percentage did ferry crossings rise?");
  });

  it("asks no count after a verb of counting whose counted noun carries a participle ('reported 310 people treated for …')", () => {
    expect(ask("Clinics reported 310 people treated for smoke inhalation on Sunday.", "310", "count", "people")).toBeNull();
    expect(ask("Border guards stopped 14 drivers suspected of smuggling.", "14", "count", "drivers")).toBe("According to the article, how many drivers did border guards stop?");
  });

  it("reads a clause opening with a conjunction or a passive 'announced' as no report (its time is not the figure's)", () => {
    expect(ask("Since the tour was announced in March, the band has sold 52,000 tickets in Spain.", "52,000", "count", "tickets")).toBeNull();
    expect(ask("The promoter announced that the band has sold 52,000 tickets in Spain.", "52,000", "count", "tickets")).toBe("According to the article, how many tickets has the band sold in Spain?");
  });

  it("lowers a word capitalised only for following a dateline's dash when it modifies a lower-case noun", () => {
    const article = "OSLO, May 3 — Ferry fares rose 3.1 percent in June. The agency said demand was high.";
    const sentence = "Ferry fares rose 3.1 percent in June.";
    expect(whQuestion(sentence, sentence.indexOf("3.1"), "3.1", "percent_change", undefined, article)?.stem).toBe("According to the article, by what percentage did ferry fares rise in June?");
    const named = "OSLO, May 3 — Norvika said sales rose. Norvika sold 40,000 cars in June.";
    const own = "Norvika sold 40,000 cars in June.";
    expect(whQuestion(own, own.indexOf("40,000"), "40,000", "count", "cars", named)?.stem).toBe("According to the article, how many cars did Norvika sell in June?");
    // A noun that alone also reads as a verb ("ships", "trains", "builds") is a noun as a subject.
    const cruise = "BERGEN, June 2 — Cruise ships made 118 calls at the port this year. Officials said the season was long.";
    const calls = "Cruise ships made 118 calls at the port this year.";
    expect(whQuestion(calls, calls.indexOf("118"), "118", "count", "calls", cruise)?.stem).toBe("According to the article, how many calls did cruise ships make at the port this year?");
  });

  it("asks a change in percent as by what percentage, keeping a time phrase and dropping other figures", () => {
    expect(ask("Factory output fell 3.2 percent in March.", "3.2", "percent_change")).toBe("According to the article, by what percentage did factory output fall in March?");
    expect(ask("In May, retail sales rose 4 percent to 1.2 billion euros.", "4", "percent_change")).toBe("According to the article, by what percentage did retail sales rise in May?");
    // A share of something is no change by a percentage.
    expect(ask("Norway's glaciers lost 3 per cent of their ice this year.", "3", "percent_change")).toBeNull();
    expect(ask("Farm output grew 5 percent versus 3 percent in the same quarter last year.", "5", "percent_change")).toBe("According to the article, by what percentage did farm output grow?");
    expect(ask("The fund bought a total of 8 buildings - two offices and six shops - in a deal done at list prices.", "8", "count", "buildings"))
      .toBe("According to the article, how many buildings did the fund buy?");
    expect(ask("Exports jumped by 9% year on year.", "9", "percent_change")).toBe("According to the article, by what percentage did exports jump year on year?");
  });

  it("keeps no word of a phrase it dropped, no particle for a verb, and a time phrase out of the counted noun", () => {
    // "… to 9,400 tonnes over the year": the split at "year" must not leave "… rise year?".
    expect(ask("The harvest of oysters rose 6 percent to 9,400 tonnes over the year.", "6", "percent_change")).toBe("According to the article, by what percentage did the harvest of oysters rise?");
    // "set up 14 stalls": a phrasal verb is asked as a cloze, never "did volunteers set set up".
    expect(ask("Volunteers set up 14 stalls in the square.", "14", "count", "stalls")).toBeNull();
    expect(ask("Inspectors carried out 31 raids last month.", "31", "count", "raids")).toBeNull();
    expect(ask("The ferry made just nine crossings all winter.", "nine", "count", "crossings all winter")).toBe("According to the article, how many crossings did the ferry make all winter?");
  });

  it("never dates a figure with the time of the report that follows a comma", () => {
    expect(ask("Coffee exports rose 8.5% year on year to $2.1 billion in the first half, the Coffee Growers and Roasters Federation of Peru said on Monday.", "8.5", "percent_change"))
      .toBe("According to the article, by what percentage did coffee exports rise year on year in the first half?");
  });

  it("leaves a clause whose tail holds a phrase with a figure of its own, and a subject after an opening phrase", () => {
    // The phrase says what the count is of; without it the question asks something else.
    expect(ask("Norway placed 14 ships in the top 50 of the year's safety list.", "14", "count", "ships")).toBeNull();
    expect(ask("Norway placed 14 ships in the top 50.", "14", "count", "ships")).toBeNull();
    // The end of a change ("to 1.2 billion") may go: it is the result, not what is counted.
    expect(ask("Bakeries sold 40 tonnes to 12 supermarkets in May.", "40", "count", "tonnes")).toBe("According to the article, how many tonnes did bakeries sell in May?");
    // "In June it closed …": no comma after the opening phrase, and a pronoun for a subject.
    expect(ask("In June it closed 14 branches in the north.", "14", "count", "branches")).toBeNull();
    expect(ask("Last year the bank closed 14 branches in the north.", "14", "count", "branches")).toBeNull();
    expect(ask("The bank closed 14 branches in the north.", "14", "count", "branches")).toBe("According to the article, how many branches did the bank close in the north?");    // A compound of lower-case words opening the sentence is lowered; a hyphenated name is not.
    expect(ask("Third-quarter output rose 4 percent.", "4", "percent_change")).toBe("According to the article, by what percentage did third-quarter output rise?");
    expect(ask("Rolls-Royce shares rose 4 percent.", "4", "percent_change")).toBe("According to the article, by what percentage did Rolls-Royce shares rise?");
    // Time taken needs what it was taken to do; a comparison cut leaves no comparative hanging.
    expect(ask("The tunnel took six years to dig and cost $4 billion.", "six", "count", "years")).toBeNull();
    expect(ask("Brent gained 1.4 percent after OPEC said members had cut output more than planned.", "1.4", "percent_change")).toBeNull();
    expect(ask("Brent gained 1.4 percent after OPEC cut output.", "1.4", "percent_change")).toBe("According to the article, by what percentage did Brent gain after OPEC cut output?");
    // Time spent needs what it was spent on or where.
    expect(ask("Volunteers spent 14 months cleaning the organ.", "14", "count", "months cleaning")).toBeNull();
    expect(ask("The probe will spend about 10 Earth days, one lunar day, mapping the crater.", "10", "count", "Earth days")).toBeNull();
    expect(ask("The crew spent 12 days at sea.", "12", "count", "days")).toBe("According to the article, how many days did the crew spend at sea?");
    expect(ask("The council spent 40 million euros on roads.", "40", "count", "million euros")).not.toBeNull();
  });

  it("keeps an of-phrase with what is counted, and leaves a tail that points at another sentence", () => {
    expect(ask("The fleet landed 12,400 tonnes of squid in March, up 4% from a year earlier.", "12,400", "count", "tonnes"))
      .toBe("According to the article, how many tonnes of squid did the fleet land in March?");
    expect(ask("The fleet landed 12,400 tonnes of squid in the period, up 4% from a year earlier.", "12,400", "count", "tonnes")).toBeNull();
  });

  it("keeps a name the tagger does not know when the article capitalises it mid-sentence", () => {
    const sentence = "Brantor will pay 96 euros a share for the stake.";
    const article = `${sentence} Shares in Brantor rose 3% on the news.`;
    expect(whQuestion(sentence, sentence.indexOf("96"), "96", "count", "euros", article)?.stem)
      .toBe("According to the article, how many euros will Brantor pay a share for the stake?");    // … after a dateline's dash, or before a company word.
    const hired = "Brantor hired 900 people last year.";
    for (const text of [`OSLO, May 2 — Brantor Group said sales rose. ${hired}`, `Brantor Software said sales rose. ${hired}`]) {
      expect(whQuestion(hired, hired.indexOf("900"), "900", "count", "people", text)?.stem).toBe("According to the article, how many people did Brantor hire last year?");
    }
  });

  it("lowers a plural possessive that opens the sentence, but keeps a formal title before a name", () => {
    const owners = "Farmers' unions had demanded 12 euros a tonne.";
    expect(whQuestion(owners, owners.indexOf("12"), "12", "count", "euros", `${owners} Prices fell.`)?.stem ?? "").toContain("had farmers' unions demanded");
    const title = "President Ana Lopez Reyes signed 14 decrees on Monday.";
    expect(whQuestion(title, title.indexOf("14"), "14", "count", "decrees", `${title} The decrees take effect soon.`)?.stem ?? "").toContain("did President Ana Lopez Reyes sign");
    // A job written before a name still takes a small letter.
    const job = "Goalkeeper Marta Lind made 9 saves in the final.";
    expect(whQuestion(job, job.indexOf("9"), "9", "count", "saves", `${job} The team won.`)?.stem ?? "").toContain("did goalkeeper Marta Lind make");
  });

  it("leaves a subject wrapped in a report ('X estimates that Y')", () => {
    expect(ask("The growers' council estimates that tea output will reach 48 million kilograms this year.", "48", "count", "million kilograms")).toBeNull();
  });

  it("leaves a tail that carries the subject's second verb phrase", () => {
    expect(ask("Keeper Ana Ruiz saved three shots in the final and was named player of the match.", "three", "count", "shots")).toBeNull();
  });

  it("lowers a sentence's first word the article never capitalises elsewhere", () => {
    const sentence = "Household water use fell 3.5% in 2022.";
    expect(whQuestion(sentence, sentence.indexOf("3.5"), "3.5", "percent_change", undefined, `${sentence} Prices rose.`)?.stem)
      .toBe("According to the article, by what percentage did household water use fall in 2022?");
  });

  it("keeps a run of capitalised words the tagger does not know, and leaves a tail with another clause's figure in words", () => {
    const sentence = "Lomba Selatan province reported eleven deaths on Monday.";
    expect(whQuestion(sentence, sentence.indexOf("eleven"), "eleven", "count", "deaths", `${sentence} Rain fell.`)?.stem)
      .toBe("According to the article, how many deaths did Lomba Selatan province report on Monday?");
    expect(ask("Lomba Selatan province reported eleven deaths and Tanjung Baru four.", "eleven", "count", "deaths")).toBeNull();
  });

  it("keeps a nationality's capital, and leaves a counted noun followed by a participle phrase", () => {
    const sentence = "Danish fishermen landed 12,000 tonnes of herring in March.";
    expect(whQuestion(sentence, sentence.indexOf("12,000"), "12,000", "count", "tonnes", `${sentence} Prices fell.`)?.stem)
      .toBe("According to the article, how many tonnes of herring did Danish fishermen land in March?");
    const hidden = "Border guards found 40 kilograms of gold hidden in a truck.";
    expect(whQuestion(hidden, hidden.indexOf("40"), "40", "count", "kilograms", `${hidden} Prices fell.`)).toBeNull();
  });

  it("leaves a rate ('300 kilometres per hour') and a figure after a preposition ('run at up to')", () => {
    expect(ask("Ferries will sail at up to 40 knots per hour on the new route.", "40", "count", "knots")).toBeNull();
    expect(ask("The new pumps move 900 litres a minute.", "900", "count", "litres")).toBeNull();
    expect(ask("The ferry line will carry up to 900 passengers on each crossing.", "900", "count", "passengers")).toBeNull();
    expect(ask("The treaty will take effect once 40 states have ratified it.", "40", "count", "states")).toBeNull();
    expect(ask("The ferry line carried 900 passengers in May.", "900", "count", "passengers")).toBe("According to the article, how many passengers did the ferry line carry in May?");
  });

  it("leaves a subject that holds a possessive pronoun", () => {
    expect(ask("Shares in its parent company Ardex fell 6.5% in Frankfurt.", "6.5", "percent_change")).toBeNull();
  });

  it("moves an auxiliary before the subject and keeps the rest of the verb chain", () => {
    expect(ask("The party has won 52 seats.", "52", "count", "seats")).toBe("According to the article, how many seats has the party won?");
    expect(ask("The Greens could get 41 PR seats in the assembly.", "41", "count", "PR seats")).toBe("According to the article, how many PR seats could the Greens get in the assembly?");
    expect(ask("The agency said that the charity has agreed to fund a total of 12 schools.", "12", "count", "schools"))
      .toBe("According to the article, how many schools has the charity agreed to fund?");
    expect(ask("It has opened 12 schools.", "12", "count", "schools")).toBeNull(); // pronoun subject
  });

  it("asks no reported view of what would, could or might happen without its reporter", () => {
    expect(ask("Ms Okafor said the bridge would bring 2,500 visitors a day to the old town.", "2,500", "count", "visitors")).toBeNull();
    expect(ask("Critics said the new stadium could cost 300 families their homes.", "300", "count", "families")).toBeNull();
    expect(ask("The union said that the cuts might close 14 branches.", "14", "count", "branches")).toBeNull();
    // What has happened stays a question, and so does a projection the article makes itself.
    expect(ask("Ms Okafor said the bridge has brought 2,500 visitors to the old town.", "2,500", "count", "visitors"))
      .toBe("According to the article, how many visitors has the bridge brought to the old town?");
    expect(ask("The new stadium could hold 30,000 fans.", "30,000", "count", "fans")).toBe("According to the article, how many fans could the new stadium hold?");
  });

  it("asks a clause that leaves out its verb with the verb of the clause before", () => {
    expect(ask("The Greens took 2,104,330 votes, while the Liberals won 1,998,120 votes and the Pirate Party 402,776 votes.", "402,776", "count", "votes"))
      .toBe("According to the article, how many votes did the Pirate Party win?");
    expect(ask("The ACP secured 51,200 votes and the LDU 48,730 votes in the city ballot.", "48,730", "count", "votes"))
      .toBe("According to the article, how many votes did the LDU secure in the city ballot?");
    expect(ask("The Greens could get 12 seats and the Liberals 9 seats.", "9", "count", "seats"))
      .toBe("According to the article, how many seats could the Liberals get?");
    expect(ask("Car sales fell 4 percent and Toyota 6 percent in June.", "6", "percent_change"))
      .toBe("According to the article, by what percentage did Toyota fall in June?");
  });

  it("does not read a gap where the clauses differ", () => {
    expect(ask("The Greens took 2,104 votes and the Liberals 1,998 seats.", "1,998", "count", "seats")).toBeNull(); // another noun
    expect(ask("The Greens took 2,104 votes and in May 1,998 votes.", "1,998", "count", "votes")).toBeNull(); // no subject
    expect(ask("The Greens took 2,104 votes and March 1,998 votes.", "1,998", "count", "votes")).toBeNull(); // a month, not a subject
    expect(ask("It took 2,104 votes and the Liberals 1,998 votes.", "1,998", "count", "votes")).toBeNull(); // pronoun before
    expect(ask("The Greens took 2,104 votes and the Greens 1,998 votes.", "1,998", "count", "votes")).toBeNull();
  });

  it("gives a clause coordinated after \", and\" the subject of the sentence", () => {
    expect(ask("Peru and Chile on Monday, 3 March, ratified a trade pact worth $2 billion, and signed four accords, including one on fishing, as the leaders met.", "four", "count", "accords"))
      .toBe("According to the article, how many accords did Peru and Chile sign?");
    expect(ask("The council approved the budget, and hired 40 teachers in May.", "40", "count", "teachers"))
      .toBe("According to the article, how many teachers did the council hire in May?");
    expect(ask("It approved the budget, and hired 40 teachers.", "40", "count", "teachers")).toBeNull(); // pronoun subject
    expect(ask("The council, which met on Monday, approved the budget, and hired 40 teachers.", "40", "count", "teachers")).toBeNull(); // an aside
    expect(ask("Although the council approved the budget, and hired 40 teachers.", "40", "count", "teachers")).toBeNull(); // subordinate
    expect(ask("The council has approved the budget, and hired 40 teachers.", "40", "count", "teachers")).toBeNull(); // not one simple past
    expect(ask("Officials said the firm cut its staff, and closed 12 stores.", "12", "count", "stores")).toBeNull(); // may belong to the report
  });

  it("keeps proper names as written", () => {
    expect(ask("Kenya's economy grew 6.2 percent in the second quarter.", "6.2", "percent_change")).toBe("According to the article, by what percentage did Kenya's economy grow in the second quarter?");
  });

  it("refuses what it cannot ask plainly", () => {
    expect(ask("It rose 5 percent in May.", "5", "percent_change")).toBeNull(); // pronoun subject
    expect(ask("The index was 5 percent higher.", "5", "percent_change")).toBeNull(); // no verb of change
    expect(ask("Sales of cars, trucks and vans rose 5 percent.", "5", "percent_change")).toBeNull(); // a list, not a subject
    expect(ask("The party won 52 seats.", "52", "count", "votes")).toBeNull(); // wrong noun
    expect(ask("Ten seats were won by 52 candidates.", "52", "count", "candidates")).toBeNull(); // a passive
    expect(ask("The party has been given 52 seats.", "52", "count", "seats")).toBeNull(); // a passive chain
    expect(ask("The party won 52 seats.", "53", "count", "seats")).toBeNull(); // not where it says
    expect(ask("", "5", "count", "seats")).toBeNull();
  });

  it("never glues the first of two joined verb phrases into the subject", () => {
    // The second verb phrase has no subject of its own: "how many rebounds did Okafor scored 22 points and grab?"
    expect(ask("Okafor scored 22 points and grabbed eleven rebounds in the final.", "eleven", "count", "rebounds")).toBeNull();
    expect(ask("The club scored 22 points in the final.", "22", "count", "points")).toBe("According to the article, how many points did the club score in the final?");
  });

  it("never asks what a reporter said when the count opens the reported clause", () => {
    expect(ask("Rescuers said 17 cabins had been flattened by the avalanche.", "17", "count", "cabins")).toBeNull();
    expect(ask("The agency told reporters that 9 ferries were cancelled.", "9", "count", "ferries")).toBeNull();
    expect(ask("Rescuers found 17 hikers in the valley.", "17", "count", "hikers")).toBe("According to the article, how many hikers did rescuers find in the valley?");
  });

  it("leaves a participle phrase after the counted noun out of the question", () => {
    expect(ask("Border guards stopped 5 drivers suspected of carrying cigarettes across the river.", "5", "count", "drivers"))
      .toBe("According to the article, how many drivers did border guards stop?");
  });

  it("never drops the year that dates the figure", () => {
    expect(ask("The trust sold 6 farms in 2018 and leased another two to tenants.", "6", "count", "farms")).toBeNull();
    expect(ask("The trust sold 6 farms in 2018.", "6", "count", "farms")).toBe("According to the article, how many farms did the trust sell in 2018?");
  });

  it("never runs a verb chain through another count", () => {
    expect(ask("Customs officers have caught two drivers suspected of smuggling 900 phones.", "900", "count", "phones")).toBeNull();
  });

  it("never drops an \"over\" that may be the verb's particle", () => {
    expect(ask("The raffle had rolled over 9 times since March.", "9", "count", "times")).toBeNull();
  });

  it("never asks one figure of a \"respectively\" pair about all the subjects", () => {
    expect(ask("Wheat and barley exports reached 12 million tonnes and 4 million tonnes respectively.", "12", "count", "million tonnes")).toBeNull();
  });

  it("never reads a bound before the figure (\"at least\") as the verb", () => {
    expect(ask("Rangers counted at least 250 grey seals, most of them pups.", "250", "count", "grey seals")).toBeNull();
    expect(ask("Volunteers found at least 70 nests on the cliffs.", "70", "count", "nests")).toBeNull();
    expect(ask("The ferry carries up to 300 cars in summer.", "300", "count", "cars")).toBeNull();
  });

  it("keeps a time phrase after the counted of-phrase out of what is counted", () => {
    expect(ask("Norway alone exported 2.7 million tonnes of salmon last year, mostly to Europe.", "2.7", "count", "million tonnes"))
      .toBe("According to the article, how many million tonnes of salmon did Norway alone export last year?");
    expect(ask("The mill processed 800 tonnes of the last harvest.", "800", "count", "tonnes")).not.toMatch(/tonnes of the did/);
  });
});

describe("number questions use it", () => {
  it("asks a figure as a real question where the clause allows, a cloze otherwise", async () => {
    const { generate } = await import("../index");
    const qs = generate("The Green Party won 52 seats in the regional vote. Factory output fell 3.2 percent in March, officials said.").questions;
    expect(qs.some((q) => q.prompt.startsWith("According to the article, how many seats did the Green Party win in the regional vote?"))).toBe(true);
    expect(qs.some((q) => q.prompt.startsWith("According to the article, by what percentage did factory output fall in March?"))).toBe(true);
  });
});

describe("a false statement's swapped figure", () => {
  it("is written in the article's style", async () => {
    const { inStyleOf } = await import("./number-questions");
    expect(inStyleOf("69%", "18 percent")).toBe("18%");
    // A compound number word is swapped whole, in words: never "Nine -nine".
    expect(inStyleOf("Thirty-four", "7")).toBe("seven");
    expect(inStyleOf("thirty-four", "41")).toBe("forty-one");
    expect(inStyleOf("sixty-two boats", "80")).toBe("eighty boats");
    expect(inStyleOf("Thirty-four", "250")).toBe("250");
    expect(inStyleOf("69 per cent", "18 percent")).toBe("18 per cent");
    // A sum written with a currency word keeps it: "40,000 euros" is swapped for "50,000 euros".
    expect(inStyleOf("40,000 euros", "€50,000")).toBe("50,000 euros");
    expect(inStyleOf("300 pounds", "£250")).toBe("250 pounds");
    expect(inStyleOf("1 euro", "€2")).toBe("2 euros");
    expect(inStyleOf("2 euros", "€1")).toBe("1 euro");
    expect(inStyleOf("300 yen", "¥250")).toBe("250 yen");
    expect(inStyleOf("300 pounds", "$250")).toBe("$250");
    expect(inStyleOf("69 percent", "18 percent")).toBe("18 percent");
    expect(inStyleOf("$5 billion", "$7 billion")).toBe("$7 billion");
    expect(inStyleOf("35.92 billion U.S. dollars", "$195.47 billion")).toBe("195.47 billion U.S. dollars");
    expect(inStyleOf("US$1.2 billion", "$1.2 million")).toBe("US$1.2 million");
    // A prefixed dollar keeps its prefix: "C$18.40" is not swapped for "17.90 Canadian dollars".
    expect(inStyleOf("C$18.40", "17.90 Canadian dollars")).toBe("C$17.90");
    expect(inStyleOf("A$612 million", "488 million Australian dollars")).toBe("A$488 million");
    expect(inStyleOf("HK$2.4bn", "3.1 billion Hong Kong dollars")).toBe("HK$3.1bn");
    expect(inStyleOf("C$18.40", "17.90 Australian dollars")).toBe("17.90 Australian dollars");
    // Sums written short stay short: "£2.4m" is not swapped for "£6.2 million".
    expect(inStyleOf("£2.4m", "£6.2 million")).toBe("£6.2m");
    expect(inStyleOf("$3bn", "$4.5 billion")).toBe("$4.5bn");
    expect(inStyleOf("€7 mn", "€9 million")).toBe("€9 mn");
    expect(inStyleOf("£2.4m", "$6.2 million")).toBe("$6.2 million");
    expect(inStyleOf("£2.4 million", "£6.2 million")).toBe("£6.2 million");
    expect(inStyleOf("three per cent", "6 percent")).toBe("six per cent");
    expect(inStyleOf("four", "7")).toBe("seven");
    expect(inStyleOf("four", "40")).toBe("40");
  });
});

describe("the length of a reporting period", () => {
  it("is not asked as a figure", async () => {
    const { isPeriod } = await import("./number-questions");
    const a = "Unemployment fell in the three months to August.";
    expect(isPeriod(a, { at: a.indexOf("three"), text: "three" })).toBe(true);
    const b = "Prices rose over the past two years.";
    expect(isPeriod(b, { at: b.indexOf("two"), text: "two" })).toBe(true);
    const c = "The ministers met two days before the summit.";
    expect(isPeriod(c, { at: c.indexOf("two"), text: "two" })).toBe(false);
    const d = "The firm hired the three engineers in May.";
    expect(isPeriod(d, { at: d.indexOf("three"), text: "three" })).toBe(false);
    const e = "It reported 134 cases, including 113 children below five years old.";
    expect(isPeriod(e, { at: e.indexOf("five"), text: "five" })).toBe(true);
    const g = "A man aged 45 was arrested.";
    expect(isPeriod(g, { at: g.indexOf("45"), text: "45" })).toBe(false);
  });
});

describe("a speaker's name", () => {
  it("is accepted in full, without middle initials, and by an unshared surname", async () => {
    const { nameForms } = await import("./people-questions");
    expect(nameForms("Steven F. Udvar-Hazy", ["Steven F. Udvar-Hazy", "John Feren"])).toEqual(expect.arrayContaining(["Steven F. Udvar-Hazy", "Steven Udvar-Hazy", "Udvar-Hazy", "Udvar Hazy"]));
    expect(nameForms("John Feren", ["John Feren"])).toEqual(["John Feren", "Feren"]);
    expect(nameForms("Kim Yang-hee", ["Kim Yang-hee", "Kim Gyu-pan"])).not.toContain("Kim");
    expect(nameForms("Kim Yang-hee", ["Kim Yang-hee"])).toContain("Kim");
    // Two first names joined before one surname: the surname alone could be either.
    expect(nameForms("Luis Ortega", ["Luis Ortega"], "The twins Ana and Luis Ortega both qualified.")).not.toContain("Ortega");
    expect(nameForms("Luis Ortega", ["Luis Ortega"], "Ana Ruiz and Luis Ortega both qualified.")).toContain("Ortega");
    // A surname's particles stay with it.
    expect(nameForms("Ines van der Meulen", ["Ines van der Meulen"])).toEqual(["Ines van der Meulen", "van der Meulen"]);
    expect(nameForms("Omar bin Khalid", ["Omar bin Khalid"])).not.toContain("Khalid");
    // … written with a capital as well.
    expect(nameForms("Joris Van Looy", ["Joris Van Looy"])).toEqual(["Joris Van Looy", "Van Looy"]);
    expect(nameForms("Carla De Santis", ["Carla De Santis"])).not.toContain("Santis");
    // A first name that is also a particle is no particle.
    expect(nameForms("Van Morrison", ["Van Morrison"])).toEqual(["Van Morrison", "Morrison"]);
  });

  it("keeps a run of capitalised words as a name", () => {
    expect(ask("Blue Harbour scored 44 goals in the league this season.", "44", "count", "goals")).toBe("According to the article, how many goals did Blue Harbour score in the league this season?");
    expect(ask("Factory output fell 3.2 percent in March.", "3.2", "percent_change")).toBe("According to the article, by what percentage did factory output fall in March?");
    expect(ask("Goalkeeper Ana Ruiz saved 3 penalties in the final.", "3", "count", "penalties")).toBe("According to the article, how many penalties did goalkeeper Ana Ruiz save in the final?");
  });

  it("keeps the end of a span ('in the year to April') or falls back to the sentence", () => {
    expect(ask("Rents climbed 4.1 percent in the year to April, the ministry said.", "4.1", "percent_change")).toBe("According to the article, by what percentage did rents climb in the year to April?");
    expect(ask("Rents climbed 4.1 percent in the year to April 2025.", "4.1", "percent_change")).toBeNull();
  });

  it("does not ask a figure that sits inside a phrase of its own, or a copula", () => {
    expect(ask("Neither club could score in the extra 20 minutes of play.", "20", "count", "minutes")).toBeNull();
    expect(ask("Blue Town have won it a record six times.", "six", "count", "times")).toBeNull();
    expect(ask("The fine paid by the firm was 3 million dollars in 2019.", "3 million", "count", "dollars")).toBeNull();
    expect(ask("The firm paid 3 million dollars, triple the amount paid in 2019.", "3 million", "count", "dollars")).toBe("According to the article, how many dollars did the firm pay?");
    expect(ask("The city reported 134 new cases, including 20 children in the capital.", "134", "count", "new cases")).toBe("According to the article, how many new cases did the city report?");
    expect(ask("Exports rose 7 percent year on year to 95 billion dollars in May.", "7", "percent_change")).toBe("According to the article, by what percentage did exports rise year on year in May?");
  });

  it("does not carry a relative time, a clause of its own or a pointer to another sentence into the question", () => {
    expect(ask("Harbor City levelled five minutes later when a defender scored an own goal.", "five", "count", "minutes")).toBeNull();
    expect(ask("Harbor City levelled five minutes later when a defender scored an own goal.", "five", "count", "minutes later when")).toBeNull();
    expect(ask("The home side scored 2 goals when the visitors were down to ten men.", "2", "count", "goals")).toBeNull();
    expect(ask("Wages rose 2.2 percent over the same period.", "2.2", "percent_change")).toBeNull();
  });
});

describe("whQuestion: a counted noun read with its preposition", () => {
  it("asks nothing rather than split a prepositional phrase", () => {
    expect(ask("Volunteers helped 140 walkers along the route.", "140", "count", "walkers along")).toBeNull();
    expect(ask("The Green Party won 52 seats in the regional vote.", "52", "count", "seats in")).toBeNull();
  });
});

describe("whQuestion: a frequency, and the verb's own complement", () => {
  it("asks no count of the larger part of a compound measure (“seven hours and 12 minutes”)", () => {
    expect(ask("The average driver waited seven hours and 40 minutes at the border.", "seven", "count", "hours")).toBeNull();
    expect(ask("The crew spent 3 days 6 hours at sea.", "3", "count", "days")).toBeNull();
    expect(ask("The average driver waited seven hours at the border.", "seven", "count", "hours")).toBe("According to the article, how many hours did the average driver wait at the border?");
  });

  it("asks no count inside a possessive (“two weeks' notice”) or with an adjective after its noun (“libraries open”)", () => {
    expect(ask("The council must give 28 days' notice of any closure.", "28", "count", "days")).toBeNull();
    expect(ask("The survey counted 412 cinemas open in May.", "412", "count", "cinemas open")).toBeNull();
    expect(ask("The survey counted 412 cinemas in May.", "412", "count", "cinemas")).toBe("According to the article, how many cinemas did the survey count in May?");
  });

  it("cuts a clause of cause whole rather than leave it dangling (“fall as shoppers switched?”)", () => {
    expect(ask("Cinema takings fell 6 percent as viewers moved to streaming services.", "6", "percent_change")).toBe("According to the article, by what percentage did cinema takings fall?");
    expect(ask("Exports rose 4 percent in May as demand from China recovered.", "4", "percent_change")).toBe("According to the article, by what percentage did exports rise in May?");
    expect(ask("Exports rose 4 percent in May despite a strike at the port.", "4", "percent_change")).toBe("According to the article, by what percentage did exports rise in May?");
  });

  it("asks no count of a frequency (“every six months”)", () => {
    expect(ask("The dam will now be inspected every six months.", "six", "count", "months")).toBeNull();
  });
  it("keeps a “to …” phrase the verb needs (“added 40 minutes to their commute”)", () => {
    expect(ask("Drivers have added 40 minutes to their commute.", "40", "count", "minutes")).toBe("According to the article, how many minutes have drivers added to their commute?");
  });
  it("asks nothing of a clause that opens with a place phrase after a conjunction (“while in Leeds prices climbed”)", () => {
    expect(ask("Rents rose 2 percent in York, while in Hull prices climbed 3.8 percent.", "3.8", "percent_change")).toBeNull();
    expect(ask("Sales fell in May, and across the region output dropped 2.5 percent.", "2.5", "percent_change")).toBeNull();
    // A subject of its own after the conjunction is asked as before.
    expect(ask("Rents rose 2 percent in York, while prices in Hull climbed 3.8 percent.", "3.8", "percent_change")).toBe("According to the article, by what percentage did prices in Hull climb?");
  });
  it("asks nothing of a subject with a participle after its noun (“a shelter opened at the school housed 90 people”)", () => {
    expect(ask("A shelter opened at the town school housed 90 people overnight.", "90", "count", "people")).toBeNull();
    expect(ask("Volunteers trained by the Red Cross served 400 meals.", "400", "count", "meals")).toBeNull();
    // A plain subject is asked as before.
    expect(ask("The town school housed 90 people overnight.", "90", "count", "people")).toBe("According to the article, how many people did the town school house overnight?");
  });
});

describe("whQuestion: a colon that opens a list or an explanation", () => {
  // What follows ": " spells out what was counted; carried into the tail, the question names one
  // item of the list after the thing it asks about ("how many reasons did … give for the delay:
  // staff shortages?").
  it("ends the question before the colon", () => {
    expect(ask("The inspector listed four faults in the wiring: loose sockets, bare cables, a missing fuse and damp.", "four", "count", "faults"))
      .toBe("According to the article, how many faults did the inspector list in the wiring?");
    expect(ask("The mayor gave two reasons for the delay: staff shortages at the depot, which has been short of drivers since May.", "two", "count", "reasons"))
      .toBe("According to the article, how many reasons did the mayor give for the delay?");
  });
  it("keeps a tail with no colon as it was", () => {
    expect(ask("The mayor gave two reasons for the delay.", "two", "count", "reasons"))
      .toBe("According to the article, how many reasons did the mayor give for the delay?");
  });
});

describe("whQuestion: counts shared by joined nouns or places", () => {
  it("asks no count whose noun is the first of two it counts together (“5,120 boys and girls”)", () => {
    expect(ask("Doctors screened 5,120 boys and girls aged 6 to 11 in Leeds.", "5,120", "count", "boys")).toBeNull();
    expect(ask("Doctors screened 5,120 boys and girls in Leeds.", "5,120", "count", "boys")).toBeNull();
    expect(ask("The shelter took in 58 cats or kittens under a year old in May.", "58", "count", "cats")).toBeNull();
    // A gapped clause with its own subject after "and" is another count, asked with the verb it shares.
    expect(ask("The Greens got 9,040 votes and the Liberals 1,210 votes.", "9,040", "count", "votes")).toBe("According to the article, how many votes did the Greens get?");
    // Each noun with its own figure is counted apart.
    expect(ask("Doctors screened 5,120 boys in Leeds.", "5,120", "count", "boys")).toBe("According to the article, how many boys did doctors screen in Leeds?");
  });

  it("asks no count whose place is the first of a list the question would cut (“in Leeds, York and Hull”)", () => {
    expect(ask("Doctors screened 5,120 children in Leeds, York and Hull.", "5,120", "count", "children")).toBeNull();
    expect(ask("Engineers inspected 96 bridges in Kent, Essex, and Sussex.", "96", "count", "bridges")).toBeNull();
    // A comma that closes the place before a report is no list.
    expect(ask("The charity vaccinated 7,300 llamas in Peru, the group said on Monday.", "7,300", "count", "llamas")).toBe("According to the article, how many llamas did the charity vaccinate in Peru?");
  });
});

describe("whQuestion: two auxiliaries", () => {
  it("asks no count after a modal perfect (would have, could have, will have), which one inversion cannot turn", () => {
    expect(ask("The ferry line said the detour would have cost 40 extra hours.", "40", "count", "extra hours")).toBeNull();
    expect(ask("Engineers could have saved 12 bridges with earlier repairs.", "12", "count", "bridges")).toBeNull();
    expect(ask("By June the council will have planted 3,000 trees along the river.", "3,000", "count", "trees")).toBeNull();
    // One auxiliary still moves before the subject.
    expect(ask("The council could plant 3,000 trees along the river.", "3,000", "count", "trees")).toBe("According to the article, how many trees could the council plant along the river?");
  });
});

describe("whQuestion on a climb to a rank written as a word", () => {
  it("leaves the rank out: it is a figure of its own, not where the climb went", () => {
    expect(ask("Westbrook College rose four places to ninth in the league table.", "four", "count", "places")).toBe("According to the article, how many places did Westbrook College rise in the league table?");
    expect(ask("The striker slipped two spots from fifth place after the match.", "two", "count", "spots")).toBe("According to the article, how many spots did the striker slip after the match?");
  });

  it("keeps a to-phrase that names no rank", () => {
    expect(ask("The charity sent 40 tents to the valley on Friday.", "40", "count", "tents")).toBe("According to the article, how many tents did the charity send to the valley on Friday?");
    expect(ask("Rangers moved 30 deer to the second reserve.", "30", "count", "deer")).toBe("According to the article, how many deer did rangers move to the second reserve?");
  });
});
