import { describe, expect, it } from "vitest";
import type { DraftQuestion } from "../questions/context";
import type { Fact } from "../types";
import { CHECKS, type CriticContext } from "./checks";
import { critique } from "./index";
import { explainedFigures } from "./statement";

const sentence = "Exports rose 7 percent to $52 billion in May, while imports fell 5 percent.";
const source = { sentence, start: 0, end: sentence.length };
const base = { answerText: "x", explanation: "Because.", source, factIds: ["f1"] };
const ctx: CriticContext = { text: sentence, sentences: [sentence], facts: [] };

const sc = (prompt: string, options: string[], answer = 0): DraftQuestion => ({ ...base, type: "single_choice", prompt, options, answer, answerText: options[answer] as string });
const fill = (prompt: string, accepted: string[]): DraftQuestion => ({ ...base, type: "fill_blank", prompt, answer: { accepted }, answerText: accepted[0] as string });
const numeric = (prompt: string, value: number): DraftQuestion => ({ ...base, type: "numeric", prompt, answer: { value, tolerance: 0 }, answerText: String(value) });
const tf = (statement: string, answer = true): DraftQuestion => ({ ...base, type: "true_false", prompt: `True or false? According to the article: ${statement}`, answer });
/** A false true/false statement, explained as the engine explains one. */
const no = (statement: string, right: string, wrong: string): DraftQuestion => ({ ...tf(statement, false), answerText: `False — the article gives ${right}, not ${wrong}.` });
/** A figure choice on a quoted statement with one blank. */
const choice = (stem: string, options: string[], answerText: string): DraftQuestion => ({ ...base, type: "single_choice", prompt: `According to the article, which figure completes this statement? “${stem}”`, options, answer: options.indexOf(answerText), answerText });
const ordering = (options: string[]): DraftQuestion => ({ ...base, type: "ordering", prompt: "Put these in order.", options, answer: options.map((_, i) => i) });

function check(code: string) {
  const c = CHECKS.find((x) => x.code === code);
  if (!c) throw new Error(`no check ${code}`);
  return (q: DraftQuestion, context: CriticContext = ctx) => c.run(q, context);
}

describe("critic checks", () => {
  it("cut_stem: text cut off with an ellipsis", () => {
    const run = check("cut_stem");
    expect(run(fill("Fill in the blank: “Exports rose ____ percent to $52 billion in May, while…”", ["7"]))).toMatch(/cut off/);
    expect(run(sc("Which one?", ["Red", "Blue…", "Green"]))).not.toBeNull();
    expect(run(fill("Fill in the blank: “Exports rose ____ percent to $52 billion in May.”", ["7"]))).toBeNull();
    // A cut hidden by a capital letter: the statement starts mid-sentence in the source.
    expect(run(tf("Rose 7 percent to $52 billion in May."))).toMatch(/middle/);
    expect(run(tf("Imports fell 9 percent.", false))).toBeNull(); // a clause after a comma and "while"
    // The swapped figure of a false statement may be written differently from the article's.
    expect(run(tf("Rose 9 percent to $52 billion in May.", false))).toMatch(/middle/);
    // … or change its scale word ("$52 million" for "$52 billion").
    expect(run(tf("Rose 7 percent to $52 million in May.", false))).toMatch(/middle/);
    expect(run(tf("Exports rose 7 percent to $52 billion in May, while imports fell 5 percent."))).toBeNull();
    // … or write the swapped figure in words.
    const said = (statement: string, sentence: string): DraftQuestion => ({ ...tf(statement, false), source: { sentence, start: 0, end: sentence.length } });
    const wire = "OSLO, May 2 (Reuters) - A Vestfjord ferry carrying 90 people ran aground, injuring six passengers.";
    expect(run(said("Ferry carrying 90 people ran aground, injuring seven passengers.", wire))).toMatch(/middle/);
    expect(run(said("A Vestfjord ferry carrying 90 people ran aground, injuring seven passengers.", wire))).toBeNull();
    // A statement that opens with a figure cut from the middle of its sentence.
    const games = "PERTH, June 2 — The cost of venues for the 2036 Games in Perth has risen to 6.2 billion dollars, officials said.";
    expect(run(said("2036 Games in Perth has risen to 6.2 billion dollars, officials said.", games))).toMatch(/middle/);
    // A title in apposition cut off before the name leaves "Name, said".
    const titled = "The Minister of Roads and Rail, Ana Lopez Reyes, said fares would rise 4 percent this year.";
    expect(run(said("Ana Lopez Reyes, said fares would rise 4 percent this year.", titled))).toMatch(/middle/);
    const intro = "In the capital, Ana Lopez Reyes said fares would rise 4 percent this year.";
    expect(run(said("Ana Lopez Reyes said fares would rise 4 percent this year.", intro))).toBeNull();
    // A second verb of the sentence's subject, cut after "and": the statement has no subject.
    const pair = "BERLIN, June 3 - Rower Lena Vogt broke her own record and won the 2,000 metres final in 6 minutes 41 seconds on Tuesday.";
    expect(run(said("Won the 2,000 metres final in 6 minutes 41 seconds on Tuesday.", pair))).toMatch(/subject/);
    const passive = "The ferry hit a rock and was towed to port with 90 passengers on board.";
    expect(run(said("Was towed to port with 90 passengers on board.", passive))).toMatch(/subject/);
    const apposed = "The strike, which began on Monday, forced the airline to cancel 620 flights.";
    expect(run(said("Forced the airline to cancel 620 flights.", apposed))).toMatch(/subject/);
    // … but a clause with its own subject after "and" stands on its own, and a name is no verb.
    const fed = "Markets were calm on Tuesday and Fed officials raised rates by 0.25 percentage points.";
    expect(run(said("Fed officials raised rates by 0.25 percentage points.", fed))).toBeNull();
    const both = "Exports rose 7 percent and imports fell 5 percent in May.";
    expect(run(said("Imports fell 5 percent in May.", both))).toBeNull();
    const opens = "2036 will be the first year of the new plan, officials said.";
    expect(run(said("2036 will be the first year of the new plan, officials said.", opens))).toBeNull();
  });

  it("value_named: a blank the stem calls the maximum, a perfect score or full marks", () => {
    const run = check("value_named");
    expect(run(numeric("According to the article, what number fills the blank? “Eleven divers scored ____ points, the maximum.” Answer in points.", 60))).toMatch(/maximum/);
    expect(run(fill("Fill in the blank: “Only four of the gymnasts were given a perfect ____ by the judges.”", ["10"]))).toMatch(/a perfect/);
    expect(run(sc("According to the article, which figure completes this statement? “The winning essay earned 48 out of a possible ____.”", ["50", "60", "40"]))).toMatch(/out of a possible/);
    expect(run(numeric("According to the article, what number fills the blank? “The choir sang for ____ minutes, the highest possible under the rules.” Answer with a number.", 20))).toMatch(/highest possible/);
    // A blank beside other words stays; so does a statement with no blank.
    expect(run(numeric("According to the article, what number fills the blank? “Eleven divers scored ____ points, the most of any team.” Answer in points.", 60))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “____ divers scored 60 points, the maximum.” Answer with a number.", 11))).toBeNull();
    expect(run(tf("Eleven divers scored 60 points, the maximum."))).toBeNull();
  });

  it("known_total: a count of a whole everyone knows, asked or changed", () => {
    const run = check("known_total");
    const said = (statement: string, answer: boolean, answerText: string): DraftQuestion => ({ ...tf(statement, answer), answerText });
    expect(run(sc("According to the article, which figure completes this statement? “The motion won 120 votes out of ____ members of the UN General Assembly.”", ["193", "293", "393", "493"]))).toMatch(/general knowledge/);
    expect(run(numeric("According to the article, what number fills the blank? “The plan was backed by 98 of the UN's ____ member states.” Answer with a number.", 193))).toMatch(/193/);
    expect(run(numeric("According to the article, what number fills the blank? “Aid has reached 31 of the ____ US states so far.” Answer with a number.", 50))).toMatch(/50/);
    expect(run(fill("Fill in the blank: “The clinic is open ____ days a year.”", ["365"]))).toMatch(/365/);
    expect(run(said("The plan was backed by 98 of the UN's 293 member states.", false, "False — the article gives 193, not 293."))).toMatch(/general knowledge/);
    expect(run(said("The plan was backed by 98 of the UN's 193 member states.", true, "True — the article gives 193."))).toMatch(/general knowledge/);
    // The part is read from the article; so is a whole that is not the known one.
    expect(run(numeric("According to the article, what number fills the blank? “The plan was backed by ____ of the UN's 193 member states.” Answer with a number.", 98))).toBeNull();
    expect(run(said("The plan was backed by 89 of the UN's 193 member states.", false, "False — the article gives 98, not 89."))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The chess club has ____ members, an EU grant said.” Answer with a number.", 27))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The trade bloc has ____ member states.” Answer with a number.", 15))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The clinic is open ____ days a week.” Answer with a number.", 6))).toBeNull();
  });

  it("wrong_direction: a part that names its whole before 'up from' still rises", () => {
    const run = check("wrong_direction");
    expect(run(tf("The Reds won 11 of the council's 60 seats, up from 15 in 2019.", false))).toMatch(/contradicts itself/);
    expect(run(tf("The Reds won 27 of the council's 60 seats, up from 15 in 2019.", false))).toBeNull();
    expect(run(tf("The Reds won 9 of the council's 60 seats, down from 15 in 2019.", false))).toBeNull();
  });

  it("value_named: a true/false statement whose own figure it calls the maximum or a perfect score", () => {
    const run = check("value_named");
    const said = (statement: string, answer: boolean, answerText: string): DraftQuestion => ({ ...tf(statement, answer), answerText });
    // The false figure is the one called the maximum: judged from what such a score usually is.
    expect(run(said("Eleven divers scored 70 points, the maximum.", false, "False — the article gives 60 points, not 70 points."))).toMatch(/maximum/);
    expect(run(said("Only four gymnasts were given a perfect 9 by the judges.", false, "False — the article gives 10, not 9."))).toMatch(/a perfect/);
    expect(run(said("The winning essay earned 48 out of a possible 50.", true, "True — the article gives 50."))).toMatch(/out of a possible/);
    // Another figure of the sentence is tested: the named maximum is no help.
    expect(run(said("Twelve divers scored 60 points, the maximum.", false, "False — the article gives 11, not 12."))).toBeNull();
    expect(run(said("The winning essay earned 46 out of a possible 50.", false, "False — the article gives 48, not 46."))).toBeNull();
    expect(run(said("Eleven divers scored 70 points, the most of any team.", false, "False — the article gives 60 points, not 70 points."))).toBeNull();
  });

  it("pronoun_stem: “it”/“them” after a short subject's verb of expecting, before “to”", () => {
    const run = check("pronoun_stem");
    expect(run(fill("Fill in the blank: “The two firms expect it to close in the first half of ____.”", ["2028"]))).toMatch(/“it”/);
    expect(run(tf("Regulators want them to report every quarter from 2027."))).toMatch(/“them”/);
    expect(run(tf("Analysts forecast it to grow 3 percent next year."))).toMatch(/“it”/);
    // The thing expected named in the statement stays.
    expect(run(tf("The two firms expect the merger to close in 2028."))).toBeNull();
    expect(run(tf("The ministry said the bridge was safe and allowed buses to use it from 2027."))).toBeNull();
  });
  it("pronoun_stem: “Both”/“Neither” for a subject, and a subject placed at “its foot”", () => {
    const run = check("pronoun_stem");
    expect(run(tf("Both ended the winter with fewer than 12 wins."))).toMatch(/“Both”/);
    expect(run(tf("Neither of them has reopened since the storm."))).toMatch(/“Neither”/);
    expect(run(numeric("According to the article, what number fills the blank? “Both were sold for less than ____ dollars.” Answer with a number.", 40))).toMatch(/“Both”/);
    // "Each"/"Either" for a subject: one of a group the sentence before names.
    expect(run(numeric("According to the article, what number fills the blank? “Each faces up to ____ years in prison if convicted.” Answer with a number.", 15))).toMatch(/“Each”/);
    expect(run(tf("Each was fined 4,000 euros by the league."))).toMatch(/“Each”/);
    expect(run(tf("Either could still win the seat, the poll of 800 voters found."))).toMatch(/“Either”/);
    expect(run(tf("Each year about 3,000 boats pass the lock."))).toBeNull();
    expect(run(tf("Each player received 500 euros for the final."))).toBeNull();
    // A pair named in the statement itself stays.
    expect(run(tf("Both ferries ended the winter with 12 sailings a day."))).toBeNull();
    expect(run(tf("Both Ravel and Dukas wrote ballets in 1912."))).toBeNull();
    expect(run(tf("The hostel at its base sleeps 40 climbers."))).toMatch(/“its”/);
    expect(run(numeric("According to the article, what number fills the blank? “The two cafes near their entrance sold ____ ice creams.” Answer with a number.", 900))).toMatch(/“their”/);
    // A possessive that owns something other than a place stays for the other rules.
    expect(run(tf("The lighthouse on the cape was built in 1871."))).toBeNull();
  });
  it("pronoun_stem: a pronoun after an opening participle phrase, and first-person words in a question's own wording", () => {
    const run = check("pronoun_stem");
    // The participle phrase describes the pronoun, which the statement never names.
    expect(run(tf("Fully loaded with cargo, it needed 40 minutes to clear the lock."))).toMatch(/“it”/);
    expect(run(tf("Asked about the closure, she said 30 staff would move to Leeds."))).toMatch(/“she”/);
    expect(run(tf("Founded in 1952, they now run 14 ferries on the fjord."))).toMatch(/“they”/);
    expect(run(tf("Fully loaded with cargo, the barge needed 40 minutes to clear the lock."))).toBeNull();
    expect(run(tf("Asked about the closure, the mayor said 30 staff would move to Leeds."))).toBeNull();
    // A question worded by the engine that keeps a speaker's "our" or "we".
    expect(run(sc("In which year was our ferry terminal opened?", ["1998", "2001", "2004"]))).toMatch(/“our”/);
    expect(run(numeric("According to the article, how many ferries did we order in 2020? Answer with a number.", 6))).toMatch(/“we”/);
    expect(run(sc("In which year was the ferry terminal opened?", ["1998", "2001", "2004"]))).toBeNull();
    // Inside a quoted statement with its speaker named, the words stay the speaker's.
    expect(run(fill("Fill in the blank: “\"Our terminal opened in ____,\" harbour master Ada Lund said.”", ["2001"]))).toBeNull();
  });

  it("pronoun_stem: a statement opening with a pronoun, or a stem about “them”", () => {
    const run = check("pronoun_stem");
    // "its" later in the statement with nothing singular before it to own it.
    expect(run(tf("Nine of the 30 busiest ferries have been built in its shipyards."))).toMatch(/“its”/);
    expect(run(tf("Four new ferries will be built in its yards next year."))).toMatch(/“its”/);
    expect(run(numeric("According to the article, what number fills the blank? “____ of the 30 busiest ferries have been built in its shipyards.” Answer with a number.", 9))).toMatch(/“its”/);
    expect(run(numeric("According to the article, what number fills the blank? “Nine of the ____ busiest ferries have been built in its shipyards.” Answer with a number.", 30))).toMatch(/“its”/);
    expect(run(tf("Nine of the 30 busiest ferries have been built in Norway and its shipyards."))).toBeNull();
    expect(run(tf("Nine ferry firms said the port had cut its fees."))).toBeNull();
    // A quantifier for a subject, or "it" as a plural subject's object.
    expect(run(tf("Most will go to people who live nearby."))).toMatch(/“Most”/);
    expect(run(tf("Many were never found after the flood."))).toMatch(/“Many”/);
    expect(run(tf("Most workers will live within 20 miles."))).toBeNull();
    // … before a negated or modal verb, or an adverb and its verb.
    expect(run(tf("Many cannot pay for diesel, which has doubled in price since May."))).toMatch(/“Many”/);
    expect(run(tf("Most still rent their boats from the harbour board, at 40 pounds a week."))).toMatch(/“Most”/);
    expect(run(tf("Some don't own a tractor, according to the 2019 census."))).toMatch(/“Some”/);
    expect(run(tf("Many growers cannot pay for diesel, which has doubled in price since May."))).toBeNull();
    expect(run(fill("Fill in the blank: “Most objected to the noise; the quarry opened in ____ and closed in 2019.”", ["2004"]))).toMatch(/“Most”/);
    expect(run(tf("Some said the ferry had been late 30 times."))).toMatch(/“Some”/);
    expect(run(tf("Most residents objected to the noise from the quarry."))).toBeNull();
    expect(run(tf("Barges carried it to the coast, and in 1920 the port shipped 9 million tonnes."))).toMatch(/“it”/);
    expect(run(tf("Barges carried coal to the coast, and in 1920 the port shipped 9 million tonnes."))).toBeNull();
    expect(run(tf("Officials moved them to a school in 2019."))).toMatch(/“them”/);
    // An opening phrase whose object is only a pronoun.
    expect(run(tf("Within them, 12 other farms must keep their birds indoors."))).toMatch(/“them”/);
    expect(run(tf("Among those, 40 were children."))).toMatch(/“those”/);
    expect(run(tf("Within the zones, 12 other farms must keep their birds indoors."))).toBeNull();
    // A gerund subject done to "it".
    expect(run(tf("Restoring it took volunteers 9,000 hours."))).toMatch(/“it”/);
    expect(run(numeric("According to the article, what number fills the blank? “Moving them cost ____ pounds.” Answer with a number.", 900))).toMatch(/“them”/);
    expect(run(tf("Restoring the organ took volunteers 9,000 hours."))).toBeNull();
    expect(run(tf("Nothing in it was lost."))).toBeNull();
    // "it" opening a relative clause after only plural nouns.
    expect(run(tf("Rents rose in seven of the 10 cities it surveys."))).toMatch(/“it”/);
    expect(run(numeric("According to the article, what number fills the blank? “Sales fell in ____ of the 40 stores it runs.” Answer with a number.", 9))).toMatch(/“it”/);
    expect(run(tf("The agency said rents rose in seven of the 10 cities it surveys."))).toBeNull();
    expect(run(tf("Rents rose in seven of the 10 cities Halden surveys."))).toBeNull();
    expect(run(tf("Most of the shops it owns in Leeds closed."))).toMatch(/“it”/);
    // A singular subject with its verb in -s owns the "its" after it.
    expect(run(numeric("According to the article, what number fills the blank? “The cooperative stores about ____ bales in its barns.” Answer with a number.", 900))).toBeNull();
    expect(run(tf("The harbour employs 40 divers on its docks."))).toBeNull();
    expect(run(tf("The ferry marinas draw about 9,000 sailors to its quays."))).toMatch(/“its”/);
    // "That" for a subject, standing for the sentence before.
    expect(run(tf("That would be about 4% less than the 2019 catch of 12,000 tonnes."))).toMatch(/“That”/);
    expect(run(numeric("According to the article, what number fills the blank? “That brings the total to ____ stations.” Answer with a number.", 40))).toMatch(/“That”/);
    expect(run(tf("That bridge will open in May."))).toBeNull();
    // A quotation whose speaker is only "she"/"he".
    expect(run(numeric("According to the article, what number fills the blank? “\"Keep the lamps lit for ____ hours,\" she said.” Answer with a number.", 6))).toMatch(/“she”/);
    expect(run(tf("“Nobody will lose a pension,” he added on Friday."))).toMatch(/“he”/);
    expect(run(tf("“Nobody will lose a pension,” the treasurer, Mira Osei, added on Friday."))).toBeNull();
    // After an opening phrase of its own.
    expect(run(tf("If convicted, they face up to nine years in prison."))).toMatch(/“they”/);
    expect(run(tf("Under the plan, its members will pay 5 percent more."))).toMatch(/“its”/);
    expect(run(tf("If convicted, the three men face up to nine years in prison."))).toBeNull();
    expect(run(tf("In 2019, the theatre sold 41,000 tickets."))).toBeNull();
    // … or after an opening time phrase with no comma.
    expect(run(tf("In 2021 it sold 41,000 tickets to schools."))).toMatch(/“it”/);
    expect(run(fill("Fill in the blank: “In ____ I rented one shop above a bakery.”", ["2015"]))).toMatch(/“I”/);
    expect(run(fill("Fill in the blank: “Over three seasons of touring they played ____ concerts.”", ["120"]))).toMatch(/“they”/);
    expect(run(tf("In 2021 the theatre sold 41,000 tickets to schools."))).toBeNull();
    expect(run(tf("Since it opened in 2019 the theatre has sold 41,000 tickets."))).toBeNull();
    // A wh-stem about "its" something, never saying whose.
    expect(run(numeric("According to the article, what percentage of its exports go to Asia? Give the figure as a percentage.", 40))).toMatch(/“its”/);
    expect(run(numeric("According to the article, what percentage of the port's exports go to Asia? Give the figure as a percentage.", 40))).toBeNull();
    // "They" after a report by a group named only by its role may be another group.
    expect(run(numeric("What number fills the blank? “Diplomats said they would ratify the treaty within ____ months.”", 6))).toMatch(/“they”/);
    expect(run(tf("The diplomats' union said they would strike for three days."))).toBeNull();
    expect(run(fill("Fill in the blank: “Officials hope it will take effect in the first half of ____.”", ["2027"]))).toMatch(/“it”/);
    expect(run(tf("Analysts expect it to cost 4 billion euros."))).toMatch(/“it”/);
    expect(run(fill("Fill in the blank: “Officials hope the treaty will take effect in ____.”", ["2027"]))).toBeNull();
    expect(run(tf("The ministry said it would hire 300 nurses."))).toBeNull();
    expect(run(tf("They raised rates by 5 percent."))).toMatch(/“They”/);
    expect(run(numeric("According to the article, what percentage of them backed the plan?", 40))).toMatch(/“them”/);
    expect(run(fill("Fill in the blank: “It fell ____ percent.”", ["5"]))).not.toBeNull();
    expect(run(tf("Theresa May resigned in 2019."))).toBeNull();
    expect(run(tf("Shares in its largest customer Norrland Steel fell 4% on Friday."))).toMatch(/“its”/);
    expect(run(tf("Their profits rose 4% last year."))).not.toBeNull();
    expect(run(tf("About 9,100 of its 12,000 staff work in the capital."))).toMatch(/“its”/);
    expect(run(fill("Fill in the blank: “Nearly ____ of their 40 branches will close.”", ["half"]))).not.toBeNull();
    expect(run(tf("About 9,100 of the bank's 12,000 staff work in the capital."))).toBeNull();
    // … or of "it" / "them" outright.
    expect(run(fill("Fill in the blank: “Nearly ____ of them were rescued by fishing boats.”", ["300"]))).toMatch(/“them”/);
    expect(run(tf("About half of it will be spent on new trams."))).toMatch(/“it”/);
    expect(run(tf("About half of the grant will be spent on new trams."))).toBeNull();
    expect(run(fill("Fill in the blank: “Over the winter, ____ of them were moved to shelters.”", ["900"]))).toMatch(/“them”/);
    expect(run(numeric("What number fills the blank? “Officials said ____% of them were vaccinated.”", 80))).toMatch(/“them”/);
    // A clause before the comma that counts a plural is what "them" stands for.
    expect(run(fill("Fill in the blank: “At least 23 miners were hurt, most of them in the lower shaft, and ____ others were treated for smoke.”", ["12"]))).toBeNull();
    expect(run(tf("Some 40 families were moved, half of them to the school, and nine more to hotels."))).toBeNull();
    // A question of its own wording that says "its" never says whose.
    const own = (prompt: string): DraftQuestion => ({ ...base, type: "single_choice", prompt, options: ["2011", "2014", "2017"], answer: 2, answerText: "2017" });
    expect(run(own("In which year did the ferry join its fleet?"))).toMatch(/“its”/);
    expect(run(own("In which year did the ferry join the Nordic fleet?"))).toBeNull();
    expect(run(numeric("According to the article, what percentage of firms named exports as their main worry? Give the figure as a percentage.", 40))).toBeNull();
    const yearSaid = (prompt: string): DraftQuestion => ({ ...base, type: "true_false", prompt, answer: true });
    expect(run(yearSaid("True or false? According to the article, the ferry joined its fleet in 2017."))).toMatch(/“its”/);
    expect(run(tf("Shares in Norrland Steel fell 4% after its chief resigned."))).toBeNull();
    expect(run(tf("About 40% of pupils in the district score lower than that."))).toMatch(/compares with “that”/);
    expect(run(tf("About 40% of pupils score lower than that of the capital."))).toBeNull();
    expect(run(tf("Notably, these two regions grew fastest."))).toMatch(/“these”/);
    expect(run(fill("Fill in the blank: “We are proud that after ____ years of talks the deal is done.”", ["6"]))).toMatch(/“We”/);
    // A first person inside a quote whose speaker the statement names (or asks for) is fine.
    expect(run(fill("Fill in the blank with the speaker's name: “We are proud of the deal,” said trade minister ____.", ["Ana Ruiz"]))).toBeNull();
    expect(run(tf("“I will stay on,” said the coach."))).toBeNull();
    expect(run(numeric("What number fills the blank? “\"We will build ____ new schools by next year.\"”", 2))).toMatch(/“We”/);
    expect(run(tf("“They will stay on,” said the coach."))).toMatch(/“They”/);
    expect(run(sc("Which of these does the article name as members? Select all that apply.", ["a", "b", "c"]))).toBeNull();
    expect(run(numeric("According to the article, what percentage of voters backed the plan?", 40))).toBeNull();
  });

  it("vague_reference: a generic subject that points back to another sentence", () => {
    const run = check("vague_reference");
    // "before then", "by then": a time only an earlier sentence gives.
    expect(run(tf("Two more ferries are due to join the route before then."))).toMatch(/before then/);
    expect(run(tf("By then the harbour will have lost 30 berths."))).toMatch(/By then/);
    expect(run(tf("Two more ferries are due to join the route before 2030."))).toBeNull();
    expect(run(fill("Fill in the blank: “The deal was to involve ____ countries.”", ["12"]))).toMatch(/The deal/);
    expect(run(tf("The agreement aims to cut tariffs."))).not.toBeNull();
    const yearSaid = (prompt: string): DraftQuestion => ({ ...base, type: "true_false", prompt, answer: false });
    expect(run(yearSaid("True or false? According to the article, contact was lost in 2019."))).toMatch(/contact/);
    expect(run(yearSaid("True or false? According to the article, construction started in 2019."))).toMatch(/construction/);
    expect(run(yearSaid("True or false? According to the article, Oslo started in 2019."))).toBeNull();
    expect(run(yearSaid("True or false? According to the article, the ferry was launched in 2019."))).toBeNull();
    expect(run(fill("Fill in the blank: “The Paris agreement was signed by ____ countries.”", ["196"]))).toBeNull();
    expect(run(tf("The survey found 40 percent support."))).toBeNull();
    // A measure named by its kind alone points back too; "The number of …" says what it counts.
    expect(run(tf("The figure stood at 9,120 on Monday, officials said."))).toMatch(/The figure/);
    expect(run(tf("The number of cases stood at 9,120 on Monday."))).toBeNull();
    expect(run(tf("The six pupils were taken to a clinic in the town."))).toMatch(/six pupils/);
    expect(run(tf("The six pupils of the choir sang at the opening."))).toBeNull();
    expect(run(tf("The three women were released on Friday."))).toMatch(/three women/);
    expect(run(tf("The 2031 census counted 3,100 villages."))).toBeNull();
    expect(run(tf("Together the three firms employ 9,000 people."))).toMatch(/three firms/);
    expect(run(tf("Together with Oslo, the city hosts 12 events."))).toBeNull();
    expect(run(tf("The remaining 12 percent had no opinion."))).toMatch(/The remaining/);
    // A person named only by age; a bare count for a subject after a short opening phrase.
    expect(run(tf("The 22-year-old, ranked 61st in the world, saved two match points."))).toMatch(/22-year-old/);
    expect(run(tf("The 22-year-old striker scored twice."))).toMatch(/22-year-old/);
    expect(run(numeric("According to the article, what number fills the blank? Ana Ruiz said: “After today, ____ looks optimistic.” Answer with a number.", 3))).toMatch(/counts something/);
    expect(run(tf("After the storm, 300 were rescued by boat."))).toMatch(/counts something/);
    expect(run(tf("After the storm, 300 people were rescued by boat."))).toBeNull();
    expect(run(tf("The region has warmed 15 percent faster than the world."))).toMatch(/The region/);
    expect(run(tf("The region of Tuscany has 3.7 million people."))).toBeNull();
    expect(run(tf("The rest of the fleet will be sold in 2026."))).not.toBeNull();
    expect(run(numeric("What number fills the blank? “Together the ____ firms employ 9,000 people.”", 3))).not.toBeNull();
    // … and so does the blanked count of a group with no "together" ("The ____ rivals meet again in May").
    expect(run(numeric("What number fills the blank? “The ____ rivals have met twice since March.”", 2))).not.toBeNull();
    expect(run(numeric("What number fills the blank? “The ____ members of the jury agreed on Friday.”", 12))).toBeNull();
    // A question of its own wording that names its subject only as "the company".
    expect(run(sc("In which year was the company founded?", ["2011", "2014", "2016"]))).toMatch(/The company/);
    expect(run(sc("In which year was the question first asked?", ["2011", "2015", "2016"]))).toMatch(/The question/);
    expect(run(sc("In which year was the work approved?", ["2009", "2011", "2013"]))).toMatch(/the work/i);
    expect(run(sc("In which year was the work on the bridge approved?", ["2009", "2011", "2013"]))).toBeNull();
    const twoBlocs = { ...ctx, text: "The Andean and Nordic blocs signed a pact. Chile joined the bloc in 2021. Trade between the two blocs grew." };
    expect(run(sc("In which year did Chile join the bloc?", ["2019", "2021", "2023"]), twoBlocs)).toMatch(/the bloc/);
    // "the country" in a clause lifted for a question on when: the country was named in the clause left behind.
    expect(run(sc("In which year did the tribunal rule against the country?", ["2016", "2018", "2020"]))).toMatch(/the country/);
    expect(run({ ...base, type: "true_false", prompt: "True or false? According to the article, the arbitration panel fined the nation in 2017.", answer: false })).toMatch(/the nation/);
    expect(run(sc("In which year did the tribunal rule against Chile?", ["2016", "2018", "2020"]))).toBeNull();
    expect(run(sc("In which year were the scooters introduced?", ["2016", "2018", "2020"]))).toMatch(/The scooters/);
    expect(run(sc("When did the talks begin?", ["2016", "2018", "2020"]))).toMatch(/The talks/);
    expect(run(sc("In which year could the first flights take place?", ["2026", "2027", "2028"]))).toMatch(/The flights/);
    const own = (prompt: string): DraftQuestion => ({ ...base, type: "true_false", prompt, answer: true });
    expect(run(fill("Fill in the blank: “The earliest measurements could take place in ____.”", ["2027"]))).toMatch(/The measurements/);
    expect(run(fill("Fill in the blank: “The talks between the two unions resume on ____.”", ["May 4"]))).toBeNull();
    expect(run(own("True or false? According to the article, the first flights could take place in 2027."))).toMatch(/The flights/);
    expect(run(own("True or false? According to the article, the first Harbour Cup flights could take place in 2027."))).toBeNull();
    expect(run(sc("In which year were the scooters of the Lisbon fleet introduced?", ["2016", "2018", "2020"]))).toBeNull();
    expect(run(sc("In which year did the country's first ferry sail?", ["2016", "2018", "2020"]))).toBeNull();
    expect(run(sc("According to the article, what share of Chileans say the country is on the right path?", ["31 percent", "40 percent", "52 percent"]))).toBeNull();
    expect(run(fill("Fill in the blank: “Lima fined Chile in 2016 and the tribunal ruled against the country in ____.”", ["2018"]))).toBeNull();
    const oneBloc = { ...ctx, text: "The Andean bloc signed a pact. Chile joined the bloc in 2021." };
    expect(run(sc("In which year did Chile join the bloc?", ["2019", "2021", "2023"]), oneBloc)).toBeNull();
    expect(run(sc("According to the article, which figure completes this statement? “About 9,000 people have left their homes across the ____ provinces.”", ["2", "3", "4"]))).toMatch(/the ____ provinces/);
    expect(run(sc("According to the article, which figure completes this statement? “About 9,000 people have left their homes across the ____ provinces of the north.”", ["2", "3", "4"]))).toBeNull();
    // After "with", and with a nationality before the noun; a modal verb may follow.
    expect(run(numeric("According to the article, what number fills the blank? “Analysts warned that a fare war with the ____ Spanish airlines could hurt profits.” Answer with a number.", 2))).toMatch(/the ____ airlines/);
    expect(run(numeric("According to the article, what number fills the blank? “Analysts warned that a fare war with ____ Spanish airlines could hurt profits.” Answer with a number.", 2))).toBeNull();
    expect(run({ ...tf("The club agreed a deal with the three Dutch sponsors."), answerText: "True — the article gives three." })).toMatch(/the three sponsors/);
    const provinces = (answerText: string, answer = true): DraftQuestion => ({ ...tf("About 9,000 people have left their homes across the two provinces.", answer), answerText });
    expect(run(provinces("True — the article gives two."))).toMatch(/the two provinces/);
    expect(run(provinces("True — the article gives 9,000."))).toBeNull();
    const said = (prompt: string): DraftQuestion => ({ ...base, type: "true_false", prompt, answer: true });
    expect(run(said("True or false? According to the article, Chile joined the bloc in 2021."), twoBlocs)).toMatch(/the bloc/);
    const twoTreaties = { ...ctx, text: "Chile signed two treaties on fishing. It ratified the treaty in 2021." };
    expect(run(sc("In which year did Chile ratify the treaty?", ["2019", "2021", "2023"]), twoTreaties)).toMatch(/the treaty/);
    const named = { ...ctx, text: "The Andean bloc and the Nordic bloc signed a pact. Chile, which joined the bloc in 2021, is not covered. Trade between the two blocs grew." };
    expect(run(fill("Fill in the blank: “Chile, which joined the bloc in ____, is not covered.”", ["2021"]), named)).toMatch(/the bloc/);
    expect(run({ ...tf("x"), prompt: "True or false? According to the article, the company was founded in 2016." })).toMatch(/The company/);
    expect(run(numeric("According to the article, how many stores did the firm close?", 12))).toMatch(/The firm/);
    expect(run(sc("In which year was the treaty of Lisbon signed?", ["2005", "2007", "2009"]))).toBeNull();
    expect(run(sc("In which year was Ardent Foods founded?", ["2011", "2014", "2016"]))).toBeNull();
    expect(run(sc("In which year did records begin?", ["1980", "1990", "2000"]))).toMatch(/records/);
    expect(run(sc("In which year did exports to Chile begin?", ["1980", "1990", "2000"]))).toBeNull();
    // A data series or index named by its kind alone is the one an earlier sentence measured with.
    expect(run(sc("In which year did the series begin?", ["1988", "1990", "1994"]))).toMatch(/The series/);
    expect(run(sc("In which year was the index first published?", ["2001", "2004", "2006"]))).toMatch(/The index/);
    // (An article's one survey, named in its lead, is not left unclear by "the survey".)
    expect(run(sc("When was the survey carried out?", ["May 2 to June 2", "June 2 to July 2", "July 2 to August 2"]))).toBeNull();
    expect(run(sc("In which year did the series of price reports begin?", ["1988", "1990", "1994"]))).toBeNull();
    expect(run(sc("In which year did the Harlow Survey begin?", ["2001", "2004", "2006"]))).toBeNull();
  });

  it("dangling_item: ordering items that begin mid-clause", () => {
    const run = check("dangling_item");
    expect(run(ordering(["France", "followed by Germany", "Italy"]))).toMatch(/followed by Germany/);
    expect(run(ordering(["and Spain", "France", "Italy"]))).not.toBeNull();
    expect(run(ordering(["France", "Germany", "Italy"]))).toBeNull();
    expect(run(ordering(["The bridge opened", "Power was cut", "The mayor resigned"]))).toMatch(/Power was cut/);
    // Items cut from a clause: a share of something for a subject, a bare verb, a clause cut before its figure.
    expect(run(ordering(["The bridge opened", "More than half of the budget was spent", "The mayor resigned"]))).toMatch(/More than half/);
    expect(run(ordering(["The bridge opened", "Less than a fifth of the cost of a similar tunnel was paid", "The mayor resigned"]))).not.toBeNull();
    expect(run(sc("Which of these ranked highest?", ["frozen fish", "Tea exports climbed 9 percent to", "canned fruit"]))).toMatch(/climbed 9 percent to/);
    const matching: DraftQuestion = { ...base, type: "matching", prompt: "Match each of the Sales to Peru, the biggest market to the share the article gives it.", prompts: ["rose", "fell"], options: ["9 percent", "2 percent"], answer: [0, 1] };
    expect(run(matching)).not.toBeNull();
    const sound: DraftQuestion = { ...base, type: "matching", prompt: "Match each of the ports to the share the article gives it.", prompts: ["Valmora", "Eastport"], options: ["9 percent", "2 percent"], answer: [0, 1] };
    expect(run(sound)).toBeNull();
    expect(run({ ...matching, prompt: "Match each of the 2019 the gap between the top and to the score the article gives it.", prompts: ["bottom towns was", "now"] })).toMatch(/fragment/);
    expect(run(ordering(["The bridge opened", "A flood had damaged part of it", "The mayor resigned"]))).toMatch(/part of it/);
    expect(run(ordering(["The bridge opened", "It was rebuilt", "The mayor resigned"]))).not.toBeNull();
    expect(run(sc("Which figure completes this statement?", ["1.4 percent", "2 percent", "3.1 percent"]))).toBeNull();
    expect(run(sc("Why did sales fall?", ["a fall in commodity prices", "weak demand from abroad", "a strike at the main plant"]))).toBeNull();
  });

  it("broken_start: a quotation or item cut mid-word or mid-sentence", () => {
    const run = check("broken_start");
    expect(run(sc("Who is quoted in the article as saying: “S. trade policy tends to isolate countries.”?", ["A", "B", "C"]))).toMatch(/S\. trade/);
    expect(run(fill("Fill in the blank: “exports rose ____ percent.”", ["7"]))).not.toBeNull();
    const matching: DraftQuestion = { ...base, type: "matching", prompt: "Match each quotation.", prompts: ["S. policy is wrong.", "We will win."], options: ["A", "B"], answer: [0, 1] };
    expect(run(matching)).not.toBeNull();
    expect(run(sc("Who is quoted in the article as saying: “U.S. trade policy tends to isolate countries.”?", ["A", "B", "C"]))).toBeNull();
    expect(run(fill("Fill in the blank: “____ percent of firms said no.”", ["3"]))).toBeNull();
    expect(run(fill("Fill in the blank: “iPhone sales rose ____ percent.”", ["7"]))).toBeNull();
    expect(run({ ...matching, prompts: ["semiconductors", "artificial intelligence"] })).toBeNull();
  });

  it("fragment: a cut-down quoted statement with no verb", () => {
    const run = check("fragment");
    expect(run(fill("Fill in the blank: “the top ____ destinations for investment next year”", ["three"]))).toMatch(/no verb/);
    expect(run(fill("Fill in the blank: “imports fell ____ percent”", ["5"]))).toBeNull();
    // A whole sentence of the article is a claim, whatever the tagger thinks.
    expect(run(fill(`Fill in the blank: “${sentence.replace("7", "____")}”`, ["7"]))).toBeNull();
    const its = "Its trade with Europe rose by 11.7 percent.";
    expect(run(fill("Fill in the blank: “Its trade with Europe rose by ____ percent.”", ["11.7"]), { ...ctx, sentences: [its] })).toBeNull();
    // A clause cut down around "rose", which the tagger may read as a flower, still has its verb.
    expect(run(fill("Fill in the blank: “The average price of a dozen large lemons in Spanish cities rose to a record ____ euros in March, up 12 per cent from a year earlier.”", ["4.10"]))).toBeNull();
    // … and so is one quoted without its dateline.
    const dated = "LIMA, March 4 — Copper futures rose to a record 6.10 dollars a pound in London.";
    expect(run(fill("Fill in the blank: “Copper futures rose to a record ____ dollars a pound in London.”", ["6.10"]), { ...ctx, sentences: [dated] })).toBeNull();
  });

  it("ends_mid_clause, aside and misquote", () => {
    expect(check("ends_mid_clause")(tf("Growth rose to 8 percent from 6 percent in the same quarter of."))).not.toBeNull();
    expect(check("ends_mid_clause")(tf("Growth rose to 8 percent from 6 percent a year earlier."))).toBeNull();
    expect(check("aside")(tf("($1 = 101.10 shillings)."))).not.toBeNull();
    expect(check("aside")(tf("Rates (in dollars) rose 5 percent."))).toBeNull();
    expect(check("misquote")(tf("“We will win after eight years of work,” the minister said."))).not.toBeNull();
    expect(check("misquote")(tf("The minister said the talks took eight years."))).toBeNull();
  });

  it("broken_start: an article sentence that is itself a piece of a longer one", () => {
    const piece = "141.92 billion shillings, helped by low oil prices, the office said.";
    const q = { ...tf(piece), source: { sentence: piece, start: 0, end: piece.length } };
    expect(check("broken_start")(q)).toMatch(/piece of a longer one/);
  });

  it("blank_in_word: a blank glued to digits or letters", () => {
    const run = check("blank_in_word");
    expect(run(fill("Fill in the blank: “takes about ____2 seats”", ["5"]))).not.toBeNull();
    expect(run(fill("Fill in the blank: “the ____th anniversary”", ["60"]))).not.toBeNull();
    expect(run(fill("Fill in the blank: “takes about ____ seats”", ["52"]))).toBeNull();
    expect(run(fill("Fill in the blank: “worth $____ billion”", ["52"]))).toBeNull();
  });

  it("blank_mismatch: the blank must stand where the answer stands in the source", () => {
    const run = check("blank_mismatch");
    // The fact is "5 percent" (imports) but the first "percent" figure was blanked.
    expect(run(fill("Fill in the blank: “Exports rose ____ percent to $52 billion in May”", ["5"]))).toMatch(/“7”/);
    expect(run(fill("Fill in the blank: “Exports rose ____ percent to $52 billion in May”", ["7", "seven"]))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “while imports fell ____ percent.” Give the figure as a percentage.", 5))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “while imports fell ____ percent.” Give the figure as a percentage.", 7))).not.toBeNull();
    expect(run(sc("Which figure completes this statement? “Exports rose ____ to $52 billion in May”", ["5 percent", "7 percent", "9 percent"], 1))).toBeNull();
    expect(run(sc("Which figure completes this statement? “Exports rose ____ to $52 billion in May”", ["5 percent", "7 percent", "9 percent"], 0))).not.toBeNull();
    // A speaker's blank after the quote stands for the name, not for the end of the quote.
    const said = "“We are proud of the deal,” said trade minister Ana Ruiz.";
    const speaker = (accepted: string[]) => ({ ...fill("Fill in the blank with the speaker's name: “We are proud of the deal,” said trade minister ____.", accepted), source: { sentence: said, start: 0, end: said.length } });
    expect(run(speaker(["Ana Ruiz", "Ruiz"]))).toBeNull();
    expect(run(speaker(["Luis Vega"]))).toMatch(/“Ana Ruiz”/);
    // A blank at the end of the sentence holds the whole figure, not its first digit.
    expect(run(sc("Which figure completes this statement? “while imports fell ____.”", ["5 percent", "7 percent", "9 percent"], 0))).toBeNull();
    expect(run(sc("Which figure completes this statement? “Exports rose 7 percent to ____ in May”", ["$52 billion", "$5 billion", "$7 billion"], 0))).toBeNull();
    // A number written in words is the same figure as its digits.
    const words = "The group met leaders of five major firms.";
    expect(run({ ...numeric("According to the article, what number fills the blank? “The group met leaders of ____ major firms.” Answer with a number.", 5), source: { sentence: words, start: 0, end: words.length } })).toBeNull();
    expect(run({ ...numeric("According to the article, what number fills the blank? “The group met leaders of ____ major firms.” Answer with a number.", 6), source: { sentence: words, start: 0, end: words.length } })).not.toBeNull();
    // A reworded stem is not compared.
    expect(run(fill("Fill in the blank: according to the article, ABC stands for the Alpha Beta ____.", ["Corporation"]))).toBeNull();
  });

  it("count_in_stem: a count given away by the list that follows it", () => {
    const run = check("count_in_stem");
    // A long name after "the" in the apposition still counts as one named item.
    expect(run(sc("According to the article, which figure completes this statement? “Farmers asked for 10 euros, while the ____ biggest farm unions, Agrovia and the Federation of Small Vineyard Owners (FSVO), wanted 12 euros.”", ["2", "3", "4"]))).toMatch(/names the 2 items/);
    expect(run(sc("According to the article, which figure completes this statement? “Farmers asked for 10 euros, while the ____ biggest farm unions wanted 12 euros.”", ["2", "3", "4"]))).toBeNull();
    expect(run(sc("Which figure completes this statement? “Only ____ parties — Red, Blue, Green, Gold and Grey — won seats.”", ["4", "5", "6"], 1))).toMatch(/5 items/);
    expect(run(fill("Fill in the blank: “The ____ founders (Ann, Bo and Cy) met in May.”", ["three", "3"]))).not.toBeNull();
    expect(run(sc("Which figure completes this statement? “Only ____ parties — Red, Blue and Green — won seats.”", ["4", "5", "6"], 1))).toBeNull();
    expect(run(sc("Which figure completes this statement? “Only ____ parties won seats.”", ["4", "5", "6"], 1))).toBeNull();
    // A count of things just named: "these ____ towns".
    expect(run(numeric("What number fills the blank? “Alton has 5,000 people and Brill 4,000. Together these ____ towns host the fair.”", 2))).toMatch(/points back/);
    expect(run(numeric("What number fills the blank? “The ____ towns host the fair.”", 2))).toBeNull();
    expect(run(numeric("What number fills the blank? “Alton, Brill and Cray bid. Together the ____ towns host the fair.”", 3))).toMatch(/just named/);
    // Names before an apposition with an owner ("the region's ____ largest ports") count just the same.
    expect(run(numeric("What number fills the blank? “Vela Freight and Orto Lines, the region's ____ largest shippers, cut prices.”", 2))).toMatch(/2 names/);
    expect(run(numeric("What number fills the blank? “Vela, Orto and Brin, its ____ main suppliers, cut prices.”", 3))).toMatch(/3 names/);
    expect(run(fill("Fill in the blank: “The cuts hit shows in Breton and Basque, ____ of the country's six regional languages.”", ["two", "2"]))).toMatch(/2 names/);
    expect(run(fill("Fill in the blank: “The cuts hit shows in Breton, ____ of the country's six regional languages.”", ["one", "1"]))).toBeNull();
    expect(run(numeric("What number fills the blank? “Vela Freight, the region's ____ largest shipper by sales, cut prices.”", 2))).toBeNull();
    expect(run(numeric("What number fills the blank? “Vela Freight and Orto Lines, the region's ____ largest shippers, cut prices.”", 5))).toBeNull();
    // An apposition of names after the blank counts just the same.
    expect(run(numeric("What number fills the blank? “The mayor will open ____ new libraries, Northgate and Elm Park, in June.”", 2))).toMatch(/names the 2 items/);
    expect(run(numeric("What number fills the blank? “The mayor will open ____ new libraries, the first in June.”", 2))).toBeNull();
    // … with "the" before each name.
    expect(run(numeric("What number fills the blank? “The route crosses ____ other mountain passes, the Col du Mont, the Col de Sorne and the Col de Varre.”", 3))).toMatch(/names the 3 items/);
    expect(run(numeric("What number fills the blank? “The mayor will open ____ new libraries, Northgate and Elm Park, the council said.”", 2))).toMatch(/names the 2 items/);
    expect(run(numeric("What number fills the blank? “Crews fought ____ large fires near the villages of Arno, Bela and Corte.”", 3))).toMatch(/just after the blank/);
    expect(run(numeric("What number fills the blank? “Crews fought ____ large fires near the villages of Arno, Bela and Corte.”", 5))).toBeNull();
    // A set named whole after "between" or "among" further on in the sentence.
    expect(run(numeric("What number fills the blank? “Lyon is one of ____ host cities of the regatta, the oldest in Europe, which rotates between Lyon, Porto, Gdansk and Turku.”", 4))).toMatch(/between/);
    expect(run(sc("Which figure completes this statement? “The ____ prizes this year were shared among Ana Ruiz, Bo Lind and Cy Moor.”", ["3", "4", "5"]))).not.toBeNull();
    // ("among them …" names some, not all.)
    expect(run(sc("Which figure completes this statement? “The prize is split among ____ winners this year, among them Ana Ruiz, Bo Lind and Cy Moor.”", ["3", "4", "5"]))).toBeNull();
    expect(run(numeric("What number fills the blank? “Lyon is one of ____ host cities of the regatta, which rotates between Lyon, Porto, Gdansk and Turku.”", 9))).toBeNull();
    expect(run(numeric("What number fills the blank? “The ferry makes ____ crossings a day between Oslo and Kiel.”", 3))).toBeNull();
  });

  it("count_in_stem and counted_list: names followed by a reporting verb say who said it, not what is counted", () => {
    const blank = check("count_in_stem");
    const list = check("counted_list");
    const on = (sentence: string, n: number): DraftQuestion => ({ ...tf(sentence), answerText: `True — the article gives ${n}.`, source: { sentence, start: 0, end: sentence.length } });
    // The speakers after the count: not its items, so a good question stays ready.
    expect(blank(numeric("What number fills the blank? “The mill hired ____ welders at the yard, Okafor and Brandt said.”", 2))).toBeNull();
    expect(blank(numeric("What number fills the blank? “____ pilots joined the airline last spring, Ida Holm and Tom Reyes told reporters.”", 2))).toBeNull();
    expect(list(on("The mill hired two welders at the yard, Okafor and Brandt said.", 2))).toBeNull();
    expect(list(on("Two pilots joined the airline last spring, Ida Holm and Tom Reyes told reporters.", 2))).toBeNull();
    // Names set off as an apposition are the items counted, whatever verb follows them.
    expect(blank(numeric("What number fills the blank? “The mill hired ____ welders, Okafor and Brandt, said the union.”", 2))).toMatch(/names the 2 items/);
    expect(blank(numeric("What number fills the blank? “____ welders at the yard, Okafor and Brandt, were injured.”", 2))).toMatch(/names the 2 items/);
    expect(list(on("Two welders at the yard, Okafor and Brandt, were injured.", 2))).toMatch(/2 items/);
  });

  it("counted_list: a true/false count whose items the sentence names right after it", () => {
    const run = check("counted_list");
    const on = (sentence: string, statement: string, answerText: string, answer = true): DraftQuestion =>
      ({ ...tf(statement, answer), answerText, source: { sentence, start: 0, end: sentence.length } });
    const s1 = "The Liberals and three independents, Ann Moss, Raj Patel and Lea Wu, backed the motion.";
    expect(run(on(s1, s1.replace("three", "four"), "False — the article gives 3, not 4.", false))).toMatch(/3 items/);
    expect(run(on(s1, s1, "True — the article gives 3."))).not.toBeNull();
    const s2 = "Only four clubs — Ashby, Brent, Corby and Derwent — reached the final round.";
    expect(run(on(s2, s2, "True — the article gives 4."))).not.toBeNull();
    const s3 = "Two ministers resigned on Friday, and the cabinet met on Monday.";
    expect(run(on(s3, s3, "True — the article gives 2."))).toBeNull();
    const s5 = "Crews fought three large fires near the villages of Arno, Bela and Corte.";
    expect(run(on(s5, s5, "True — the article gives 3."))).toMatch(/just after the count/);
    const s4 = "Three of the firms, including Oxley and Penn, cut jobs.";
    expect(run(on(s4, s4, "True — the article gives 3."))).toBeNull();
    const s6 = "The probe will map three of Saturn's largest moons, Titan, Rhea and Iapetus, from 2036.";
    expect(run(on(s6, s6, "True — the article gives three."))).toMatch(/3 items/);
    expect(run(on(s6, s6.replace("three", "four"), "False — the article gives three, not four.", false))).toMatch(/3 items/);
    // A set named whole after "between" or "among" further on in the sentence.
    const s7 = "Lyon is one of four host cities of the regatta, the oldest in Europe, which rotates between Lyon, Porto, Gdansk and Turku.";
    expect(run(on(s7, s7, "True — the article gives four."))).toMatch(/between" or "among/);
    expect(run(on(s7, s7.replace("four", "five"), "False — the article gives four, not five.", false))).toMatch(/between" or "among/);
    const s8 = "The ferry makes three crossings a day between Oslo and Kiel.";
    expect(run(on(s8, s8, "True — the article gives three."))).toBeNull();
  });

  it("counted_list and count_in_stem: a count that points back at the names just given ('A and B …, when the two countries …')", () => {
    const said = (statement: string, gives: string) => ({ ...tf(statement), answerText: `True — the article gives ${gives}.`, source: { sentence: statement, start: 0, end: statement.length } });
    const run = check("counted_list");
    expect(run(said("Norway and Iceland have shared fishing data since 2021, when the two countries signed a pact.", "2"))).toMatch(/points back/);
    expect(run(said("Peru, Chile and Bolivia met in Lima, and the three governments agreed to a plan.", "3"))).toMatch(/points back/);
    expect(run(said("Norway has shared fishing data since 2021, when the two countries signed a pact.", "2"))).toBeNull();
    // The count set after the names as an apposition.
    expect(run(said("Oslo, Bergen and Tromsø, three port cities, together handle 40 ferries.", "3"))).toMatch(/points back/);
    expect(run(said("Oslo and Bergen, three hours apart by train, together handle 40 ferries.", "3"))).toBeNull();
    expect(run(said("Norway and Iceland have shared fishing data since 2021, when the two countries signed a pact.", "2021"))).toBeNull();
    const inStem = check("count_in_stem");
    expect(inStem(numeric("What number fills the blank? “Norway and Iceland have shared fishing data since 2021, when the ____ countries signed a pact.”", 2))).toMatch(/names/);
    expect(inStem(numeric("What number fills the blank? “Norway has shared fishing data since 2021, when the ____ countries signed a pact.”", 2))).toBeNull();
    expect(inStem(numeric("What number fills the blank? “Oslo, Bergen and Tromsø, ____ port cities, together handle 40 ferries.”", 3))).toMatch(/names/);
    expect(inStem(numeric("What number fills the blank? “Oslo, Bergen and Tromsø, ____ hours apart, together handle 40 ferries.”", 5))).toBeNull();
  });

  it("vague_reference: a question of its own wording asking about a place named only by its kind (“did the island receive”)", () => {
    const check1 = check("vague_reference");
    // An article that names an island (or speaks of provinces) besides the one the sentence meant.
    const named = "Ferries from Gozo island were cancelled. The island received 2.4 million cruise passengers last year, and two provinces will close 40 schools.";
    const namedCtx: CriticContext = { text: named, sentences: [named], facts: [] };
    const run = (q: DraftQuestion) => check1(q, namedCtx);
    expect(run(numeric("According to the article, how many cruise passengers did the island receive last year? Answer in millions.", 2.4))).toMatch(/the island/);
    expect(run(numeric("According to the article, how many schools will the province close in June? Answer with a number.", 40))).toMatch(/the province/);
    // An article that only ever says "the island" is about one island: the question says as much.
    const one = "The island received 2.4 million cruise passengers last year.";
    expect(check1(numeric("According to the article, how many cruise passengers did the island receive last year? Answer in millions.", 2.4), { text: one, sentences: [one], facts: [] })).toBeNull();
    // A name anywhere in the question says which (the format hint after "?" is not the question).
    expect(run(numeric("According to the article, how many cruise passengers did the island of Malta receive last year? Answer in millions.", 2.4))).toBeNull();
    expect(run(numeric("According to the article, how many Maltese workers did the island employ in 2024? Answer with a number.", 300))).toBeNull();
    expect(run(numeric("According to the article, how many schools did the province's teachers run? Answer in US dollars.", 40))).toBeNull();
    // A place that is not the subject of the question's verb is left alone.
    expect(run(numeric("According to the article, how many boats did fishermen lose near the island? Answer with a number.", 12))).toBeNull();
  });

  it("vague_reference: a record or mark named by its kind alone (“The mark stood for 13 years”)", () => {
    const run = check("vague_reference");
    expect(run(tf("The mark stood for 22 years."))).toMatch(/The mark/);
    expect(run(tf("The record lasted until 2011, when it fell in Oslo."))).toMatch(/The record/);
    expect(run(fill("Fill in the blank: “The previous best had been set in ____.”", ["1998"]))).toMatch(/previous best/);
    // Saying which record, or a record label's own name, it stands alone.
    expect(run(tf("The record for the women's 800 metres stood for 22 years."))).toBeNull();
    expect(run(tf("The record-breaking crowd of 90,000 filled the stadium."))).toBeNull();
    expect(run(tf("The marketing budget rose to 4 million pounds."))).toBeNull();
  });

  it("vague_reference: a letter or petition named by its kind alone, and a noun with a name set beside it", () => {
    const run = check("vague_reference");
    expect(run(tf("The petition drew about 12,000 signatures in a week."))).toMatch(/The petition/);
    expect(run(tf("The letter, sent in May, was signed by 40 doctors."))).toMatch(/The letter/);
    expect(run(tf("The letter from the bishops was read in 300 churches."))).toBeNull();
    // "The firm, Kestrel Freight, …": the name beside the noun says which firm.
    expect(run(tf("The firm, Kestrel Freight, was ordered to pay 2 million euros."))).toBeNull();
    expect(run(tf("The group, Friends of the Earth, collected 9,000 names."))).toBeNull();
    // An aside that names no one still leaves the noun pointing back.
    expect(run(tf("The firm, which employs 300 people, was ordered to pay 2 million euros."))).toMatch(/The firm/);
    expect(run(tf("The firm, Reuters reported, was ordered to pay 2 million euros."))).toMatch(/The firm/);
  });

  it("vague_reference: a change named by its kind alone at the head of the statement ('The rise follows …')", () => {
    const run = check("vague_reference");
    expect(run(tf("The rise follows an increase of 3.1% last year."))).toMatch(/The rise/);
    expect(run(numeric("According to the article, what number fills the blank? “The drop comes after ____ months of growth.” Answer with a number.", 14))).toMatch(/The drop/);
    // Said of what, or quoted after the sentence that sets the change out, it stands alone.
    expect(run(tf("The rise in bus fares follows an increase of 3.1% last year."))).toBeNull();
    expect(run(tf("The drop of 40 points was the steepest since 2008."))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “Ferry operators will raise fares by 6% in May. The rise follows an increase of ____% last year.” Give the figure as a percentage.", 3.1))).toBeNull();
    expect(run(tf("The rise-and-fall pattern repeated for 12 years."))).toBeNull();
  });

  it("vague_reference: an act or change named by its kind alone ('Restoration could take …', '… said the reduction would …')", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, what number fills the blank? “Repairs could take up to ____ weeks on the worst stretches, the ministry said.” Answer with a number.", 6))).toMatch(/Repairs/);
    expect(run(tf("Reopening is expected within 48 hours, officials said."))).toMatch(/Reopening/);
    expect(run(fill("Fill in the blank: “The farmers' union said the increase would push up feed costs by ____.”", ["2028"]))).toMatch(/the increase/);
    expect(run(tf("The retailers' group warned that the ban could cost 3,000 jobs."))).toMatch(/the ban/);
    // Said of what, it stands alone.
    expect(run(tf("Repairs to the bridge could take up to six weeks."))).toBeNull();
    expect(run(tf("Reconstruction of the pier began in 2021."))).toBeNull();
    expect(run(tf("The farmers' union said the increase in fuel duty would push up feed costs."))).toBeNull();
    expect(run(tf("The union said the company would hire 200 people."))).toBeNull();
    expect(run(tf("The plaintiffs' lawyer said the decision came six years too late."))).toBeNull();
    // A sentence quoted before it says what the change is only if it names one.
    expect(run(numeric("According to the article, what number fills the blank? “Backers said fees were too high. Critics warned that the cut would close ____ studios.” Answer with a number.", 4))).toMatch(/the cut/);
    expect(run(numeric("According to the article, what number fills the blank? “Voters rejected a plan to cut the fee. Critics warned that the cut would close ____ studios.” Answer with a number.", 4))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The council plans to cut the working week to 35 hours. Employers said the reduction would cost ____ jobs.” Answer with a number.", 400))).toBeNull();
  });

  it("vague_reference: a demand or offer whose figure is all the statement gives", () => {
    const run = check("vague_reference");
    expect(run(tf("Prosecutors had sought NZ$2 million."))).toMatch(/asked for or offered/);
    expect(run(tf("The union had demanded 12 percent."))).toMatch(/asked for or offered/);
    expect(run(no("Defence lawyers asked for three years.", "two years", "three years"))).toMatch(/asked for or offered/);
    // Saying what was sought makes it checkable.
    expect(run(tf("Prosecutors had sought a fine of NZ$2 million."))).toBeNull();
    expect(run(tf("The union had demanded a 12 percent pay rise for nurses."))).toBeNull();
  });

  it("vague_reference: a span counted on from a moment only an earlier sentence gives", () => {
    const run = check("vague_reference");
    expect(run(tf("The lifeboat reached the yacht 25 minutes later."))).toMatch(/counts from a moment/);
    expect(run(fill("Fill in the blank: “The bridge reopened to cars ____ weeks later.”", ["three"]))).toMatch(/counts from a moment/);
    // The statement names its own starting point, or compares with "than".
    expect(run(tf("The alarm was raised at 4:05 p.m. and the lifeboat reached the yacht 25 minutes later."))).toBeNull();
    expect(run(tf("After the storm passed, the bridge reopened three weeks later."))).toBeNull();
    expect(run(tf("The bridge reopened three weeks later than planned."))).toBeNull();
    expect(run(tf("The bridge reopened three weeks ago."))).toBeNull();
    // A period set against the same one a year before; a minute of the match named first.
    expect(run(tf("Gross margin widened to 41.2% from 38.9% a year earlier."))).toBeNull();
    expect(run(tf("Lee scored in the 12th minute, and 20 minutes later Park struck again."))).toBeNull();
    expect(run(tf("Lee scored again 20 minutes later."))).toMatch(/counts from a moment/);
  });

  it("pronoun_stem: reported words closed by ', it said' with nothing in the statement for 'it'", () => {
    const run = check("pronoun_stem");
    const text = "The regional roads office gave an update. Repairs on the coast road will take another six weeks, it said. Ticket sales should double by June, he said.";
    const c: CriticContext = { ...ctx, text };
    expect(run(tf("Repairs on the coast road will take another six weeks, it said."), c)).toMatch(/given to “it”/);
    expect(run(tf("Ticket sales should double by June, he said."), c)).toMatch(/given to “he”/);
    expect(run(fill("Fill in the blank: “Repairs on the coast road will take another ____ weeks, it told reporters on Monday.”", ["six"]), c)).toMatch(/given to “it”/);
    // The statement names who "it" or "he" is.
    expect(run(tf("The roads office expects the coast road to reopen in six weeks, it said."), c)).toBeNull();
    expect(run(tf("Harlow Council expects the coast road to reopen in six weeks, it said."), c)).toBeNull();
    expect(run(tf("Mayor Ines Duarte expects ticket sales to double by June, she said."), c)).toBeNull();
    expect(run(tf("Ticket sales should double by June, officials said."), c)).toBeNull();
  });

  it("wrong_direction: an adverb between 'up'/'down' and 'from', and a slight change that is a large one", () => {
    const run = check("wrong_direction");
    expect(run(tf("Attendance was 91.5 percent, up only slightly from 63.2 percent a year ago.", false))).toMatch(/contradicts itself/);
    expect(run(tf("The harbour fee is €48, down sharply from €31 in 2020.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Membership stood at 4,100, down marginally from 5,900.", false))).toMatch(/contradicts itself/);
    // A slight change that is slight, and a sharp one that is sharp, are sound.
    expect(run(tf("Attendance was 64.1 percent, up only slightly from 63.2 percent a year ago.", false))).toBeNull();
    expect(run(tf("The harbour fee is €18, down sharply from €31 in 2020.", false))).toBeNull();
    expect(run(tf("Attendance was 91.5 percent, up sharply from 63.2 percent a year ago.", false))).toBeNull();
  });

  it("wrong_direction: a hedge word before either figure of “rose to X from Y”", () => {
    const run = check("wrong_direction");
    expect(run(tf("Ferry fares have climbed to about 3.5% from 12% a decade ago.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Ferry fares have fallen to roughly 8% from around 2% in 2019.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Ferry fares have climbed to about 13.5% from 12% a decade ago.", false))).toBeNull();
    // A slight change written before "to … from" that is a large one.
    expect(run(tf("The number of open repair requests fell slightly, to 3,100 from 4,250 in June.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Ferry fares edged up slightly to 19% from 12% a decade ago.", false))).toMatch(/contradicts itself/);
    expect(run(tf("The number of open repair requests fell slightly, to 3,950 cases from 4,250 in June.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Ferry fares rose slightly, to 15.4% from 12.1% a decade ago.", false))).toMatch(/contradicts itself/);
    expect(run(tf("The number of open repair requests fell slightly, to 4,180 from 4,250 in June.", false))).toBeNull();
    expect(run(tf("Ferry fares rose slightly, to 13.9% from 12.1% a decade ago.", false))).toBeNull();
    expect(run(tf("The number of open repair requests fell sharply, to 3,100 from 4,250 in June.", false))).toBeNull();
  });

  it("bound_true: a wrong figure that a bound before it keeps true", () => {
    const run = check("bound_true");
    expect(run(no("More than 40 orchards were planted along the valley.", "70", "40"))).toMatch(/true as well/);
    // A raised figure behind "more than" is not ruled out by the article either.
    expect(run(no("More than 90 orchards were planted along the valley.", "70", "90"))).toMatch(/does not show/);
    expect(run(no("The hall holds up to 900 guests.", "600", "900"))).toMatch(/true as well/);
    expect(run(no("The hall holds up to 300 guests.", "600", "300"))).toMatch(/does not show/);
    expect(run(no("The fund paid at least €2 million to growers.", "€5 million", "€2 million"))).toMatch(/true as well/);
    // "over" a span of time is "during", not a bound.
    expect(run(no("Wardens caught 12 poachers over five weeks.", "6", "5"))).toBeNull();
    expect(run(no("Farmers planted 12 orchards.", "15", "12"))).toBeNull();
    // A choice whose wrong option sits inside the bound.
    expect(run(sc("Which figure completes this statement? “More than ____ orchards were planted along the valley.”", ["70", "40", "95", "120"]))).toMatch(/a true sentence too/);
    expect(run(sc("Which figure completes this statement? “More than ____ orchards were planted along the valley.”", ["70", "85", "95", "120"]))).toBeNull();
    expect(run(sc("Which figure completes this statement? “Builders finished ____ orchards along the valley.”", ["70", "40", "95", "120"]))).toBeNull();
    // A mark passed bounds from below just the same.
    expect(run(sc("Which figure completes this statement? “Ticket sales passed ____ for the first time.”", ["€1 million", "€2 million", "€400,000", "€1.3 million"]))).toMatch(/€400,000/);
    expect(run(sc("Which figure completes this statement? “Membership crossed the ____ mark in May.”", ["50,000", "20,000", "80,000"]))).toMatch(/20,000/);
    expect(run(sc("Which figure completes this statement? “Ticket sales passed ____ for the first time.”", ["€1 million", "€2 million", "€3 million"]))).toBeNull();
    // "the" and a figure that is another thing's own: no bound.
    expect(run(sc("Which figure completes this statement? “The opening topped the ____ start of another film in July.”", ["$141 million", "$58 million", "$114 million"]))).toBeNull();
  });

  it("bound_true: finds the figure however the statement writes it, and reads a denied bound", () => {
    const run = check("bound_true");
    // The answer writes "£2.4 billion", the statement "2.4 billion pounds".
    expect(run(no("Four of the bakeries each borrowed more than 2.4 billion pounds.", "£30 million", "£2.4 billion"))).toMatch(/does not show/);
    expect(run(no("Four of the bakeries each borrowed more than 12 million pounds.", "£30 million", "£12 million"))).toMatch(/true as well/);
    // … or in words.
    expect(run(no("The ferry has sailed for more than two decades.", "3", "2"))).toMatch(/true as well/);
    // "none … more than" bounds from above: a raised figure keeps the sentence true.
    expect(run(no("The library has bought six atlases since 2015, but none cost more than 80,000 euros.", "€20,000", "€80,000"))).toMatch(/true as well/);
    expect(run(no("The choir never sang for more than 45 minutes.", "30", "45"))).toMatch(/true as well/);
    expect(run(no("The library has bought six atlases since 2015, but none cost more than 8,000 euros.", "€20,000", "€8,000"))).toMatch(/does not show/);
    // No bound at all: a plain wrong figure is false.
    expect(run(no("The library bought an atlas for 80,000 euros.", "€20,000", "€80,000"))).toBeNull();
    // A choice behind a denied bound: a larger wrong option makes a true sentence too.
    expect(run(sc("Which figure completes this statement? “None of the atlases cost more than ____ euros.”", ["20,000", "25,000", "15,000", "12,000"]))).toMatch(/a true sentence too/);
    expect(run(sc("Which figure completes this statement? “None of the atlases cost more than ____ euros.”", ["20,000", "15,000", "12,000", "10,000"]))).toBeNull();
  });

  it("vague_reference: a demonstrative after a preposition later in the statement, and a counted group as subject", () => {
    const run = check("vague_reference");
    expect(run(tf("Lopez had come second in that contest with 31 percent."))).toMatch(/that contest/);
    expect(run(tf("Ticket sales rose 12 percent during those weeks."))).toMatch(/those weeks/);
    expect(run(tf("Lopez had come second in the first round with 31 percent."))).toBeNull();
    // A relative "that" or "in that" with a clause is no pointer.
    expect(run(tf("The union said in that it would strike for 3 days."))).toBeNull();
    // A sentence before it in the stem says what it is.
    expect(run(fill("Fill in the blank: “A first round of voting was held on 3 May. Lopez came second in that round with ____ percent.”", ["31"]))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The gap between the ____ finalists was about 90,000 votes.” Answer with a number.", 2))).toMatch(/finalists/);
    const gap = { ...tf("The gap between the two finalists was about 90,000 votes."), answerText: "True — the article gives two." };
    expect(run(gap)).toMatch(/the two finalists/);
    const figure = { ...tf("The gap between the two finalists was about 90,000 votes."), answerText: "True — the article gives 90,000." };
    expect(run(figure)).toBeNull();
  });

  it("vague_reference: a person named by age alone, and a film or book named by its kind", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, how many points did the 31-year-old score in the final? Answer with a number.", 22))).toMatch(/31-year-old/);
    expect(run(tf("The 19-year-old finished fourth in 4:02.11 on Sunday."))).toMatch(/19-year-old/);
    expect(run(tf("The twenty-year-old was sent off in the 70th minute."))).toMatch(/twenty-year-old/);
    // A name beside the age says who.
    expect(run(tf("The 19-year-old Ana Ruiz finished fourth on Sunday."))).toBeNull();
    expect(run(tf("Ruiz, the 19-year-old, finished fourth on Sunday."))).toBeNull();
    // An age of a thing is no person.
    expect(run(tf("The 150-year-old bridge will close for 3 months."))).toBeNull();
    expect(run(tf("Pupils aged 13 to 18 took part, and 40 percent were girls."))).toBeNull();
    // A sentence before it in the stem names the person.
    expect(run(fill("Fill in the blank: “Ana Ruiz won the race. The 19-year-old finished ____ seconds clear.”", ["12"]))).toBeNull();
    // "The film, made for $9 million, …": which film is in the sentence before.
    expect(run(tf("The film, made for about $9 million, was nominated in six categories."))).toMatch(/The film/);
    expect(run(tf("The novel sold 40,000 copies in its first week."))).toMatch(/The novel/);
    expect(run(tf("The film festival drew 30,000 visitors."))).toBeNull();
    expect(run(tf("The film-maker spent 3 years on the script."))).toBeNull();
  });

  it("vague_reference: 'the company' after an opener that itself points back", () => {
    const run = check("vague_reference");
    expect(run(tf("In a separate statement, the company said quarterly orders rose 6% to 3.1 billion francs."))).toMatch(/The company/i);
    expect(run(tf("Separately, the firm said it would shut 2 plants by 2028."))).toMatch(/The firm/i);
    expect(run(tf("Meanwhile, the committee approved 4 new posts."))).toMatch(/The committee/i);
    // A name after the opener, or beside the noun, says which.
    expect(run(tf("In a separate statement, Helvion said quarterly orders rose 6% to 3.1 billion francs."))).toBeNull();
    expect(run(tf("Separately, the firm, Helvion Holdings, said it would shut 2 plants by 2028."))).toBeNull();
  });

  it("vague_reference: a committee, panel or board named by its kind alone", () => {
    const run = check("vague_reference");
    // "He said the committee had cut …": which committee is in the sentence before.
    expect(run(tf("The committee had trimmed 9 billion rupees from the ministries' car budgets."))).toMatch(/The committee/);
    expect(run(tf("The panel voted 7-2 to approve the drug."))).toMatch(/The panel/);
    expect(run(tf("The board will meet again on May 4 to pick a chairman."))).toMatch(/The board/);
    // A name beside it, or "of …", says which.
    expect(run(tf("The committee, the Senate Finance Committee, trimmed 9 billion rupees."))).toBeNull();
    expect(run(tf("The committee of inquiry heard 40 witnesses."))).toBeNull();
  });

  it("vague_reference: a stage of something an earlier sentence names", () => {
    const run = check("vague_reference");
    expect(run(tf("A second, of 3.1 billion euros, was cut to 2.9 billion by the court in 2022."))).toMatch(/“A second”/);
    expect(run(tf("Another was fined 40,000 euros in May."))).toMatch(/“Another”/);
    expect(run(tf("A second ferry was fined 40,000 euros in May."))).toBeNull();
    expect(run(tf("Another 300 jobs will go in 2027."))).toBeNull();
    expect(run(tf("The last one, in March, cost the airline 40 million euros a day."))).toMatch(/The last one/);
    expect(run(tf("The last one-day strike cost 40 million euros."))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The first phase is due to open in 2031 and would carry up to ____ million riders a year.” Answer in millions.", 12))).toMatch(/The first phase/);
    expect(run(tf("The second stage will cost 300 million euros."))).toMatch(/second stage/);
    expect(run(tf("The final round is played on 14 June."))).toMatch(/final round/);
    // A stage that says of what stays.
    expect(run(tf("The first phase of the metro line opens in 2031."))).toBeNull();
    expect(run(tf("The first ferry left at 6 a.m."))).toBeNull();
    expect(run(tf("The service now also runs in five other countries, including Chad."))).toMatch(/The service/);
    expect(run(sc("In which year did the city win the right to host the Games?", ["2019", "2021", "2023"]))).toMatch(/The city/);
    // A subject with "a"/"an" says no which.
    expect(run(sc("In which year was a record for the fair first held?", ["1998", "2001", "1994"]))).toMatch(/“a record.*does not say which/);
    expect(run(sc("In which year did a glazed earthenware range launch?", ["2016", "2012", "2019"]))).toMatch(/“a glazed.*does not say which/);
    expect(run(sc("In which year did Ana Ruiz launch a new range?", ["2016", "2012", "2019"]))).toBeNull();
    const said = (prompt: string): DraftQuestion => ({ ...base, type: "true_false", prompt, answer: true });
    expect(run(said("True or false? According to the article, a glazed earthenware range launched in 2016."))).toMatch(/“a glazed.*does not say which/);
    expect(run(said("True or false? According to the article, Ana Ruiz launched a new range in 2016."))).toBeNull();
    expect(run(said("True or false? According to the article, a record for the fair was first held in 1998."))).toMatch(/“a record.*does not say which/);
    expect(run(said("True or false? According to the article, the Harbour Fair was first held in 1998."))).toBeNull();
    expect(run(sc("In which year was the Harbour Fair first held?", ["1998", "2001", "1994"]))).toBeNull();
  });

  it("pronoun_stem: a subject that is “its” best, biggest or first", () => {
    const run = check("pronoun_stem");
    expect(run(tf("Cracks in two of its steel cables had been reported in 2019."))).toMatch(/“its”/);
    expect(run(fill("Fill in the blank: “Repairs to three of their ferries will cost ____ million euros.”", ["4"]))).toMatch(/“their”/);
    expect(run(fill("Fill in the blank: “Cracks in ____ of its steel cables had been reported in 2019.”", ["two"]))).toMatch(/“its”/);
    expect(run(tf("Cracks in two of the bridge's steel cables had been reported in 2019."))).toBeNull();
    expect(run(fill("Fill in the blank: “The music school in Graz was its best entry, in a band between ____ and 300th.”", ["251st"]))).toMatch(/“its”/);
    expect(run(tf("Oslo is their biggest market, with 40 percent of sales."))).toMatch(/“their”/);
    expect(run(tf("The Tana river remains its longest, at 360 kilometres."))).toBeNull(); // no noun after the superlative: not this rule
    // "its" owned inside the statement, or a report of what someone says, stays.
    expect(run(tf("Norway has 5 million people, and Oslo is its largest city."))).toBeNull();
    expect(run(tf("The council says Oslo is its busiest port."))).toBeNull();
    expect(run(tf("The music school in Graz was the best entry, in a band between 251st and 300th."))).toBeNull();
  });

  it("unattributed_quote: a stem that is a whole quotation with no speaker", () => {
    const run = check("unattributed_quote");
    expect(run(numeric("According to the article, what number fills the blank? “\"Without a new runway, growth will stop within ____ years.\"” Answer with a number.", 3))).toMatch(/never says who/);
    expect(run(fill("Fill in the blank: ““We expect ____ new routes next year.””", ["four"]))).toMatch(/never says who/);
    // A quotation with its speaker, or a statement that only quotes a phrase, stays.
    expect(run(numeric("According to the article, what number fills the blank? “\"We have waited ____ years,\" said the mayor, Ana Ruiz.” Answer with a number.", 3))).toBeNull();
    expect(run(fill("Fill in the blank: “The minister called the ____ per cent rise \"a warning\".”", ["7"]))).toBeNull();
    expect(run(tf("“We have waited three years,” said the mayor."))).toBeNull(); // misquote's
    // The first person of a quotation whose speaker comes, with a title, before the verb.
    expect(check("pronoun_stem")(fill("Fill in the blank: “\"We lose ____ ferries a month,\" harbour master Inés Ødegård told reporters.”", ["two"]))).toBeNull();
    expect(check("pronoun_stem")(fill("Fill in the blank: “\"We lose ____ ferries a month.\"”", ["two"]))).toMatch(/“We”/);
  });

  it("unattributed_quote: a sentence of an interview's question or answer turn", () => {
    const run = check("unattributed_quote");
    const article = [
      "The port authority will spend 90 million euros on two new quays, its director said.",
      "",
      "Q: Critics say the quays will take 6 years to build. Are they right?",
      "",
      "A: The first quay opens in 2029. The second follows 18 months later.",
      "",
      "**A:** Rents will not rise for 3 years.",
      "",
      "Plan A: the ferries move to the north pier in 2027.",
    ].join("\n");
    const at = (sentence: string) => ({ sentence, start: article.indexOf(sentence), end: article.indexOf(sentence) + sentence.length });
    const from = (q: DraftQuestion, sentence: string) => run({ ...q, source: at(sentence) }, { text: article, sentences: [], facts: [] });
    expect(from(tf("Critics say the quays will take 6 years to build."), "Critics say the quays will take 6 years to build.")).toMatch(/interview/);
    expect(from(fill("Fill in the blank: “The first quay opens in ____.”", ["2029"]), "The first quay opens in 2029.")).toMatch(/interview/);
    expect(from(numeric("According to the article, what number fills the blank? “The second follows ____ months later.” Answer with a number.", 18), "The second follows 18 months later.")).toMatch(/interview/);
    expect(from(tf("Rents will not rise for 3 years."), "Rents will not rise for 3 years.")).toMatch(/interview/);
    // The article's own paragraphs, and a label inside a sentence, stay.
    expect(from(numeric("According to the article, what number fills the blank? “The port authority will spend ____ million euros on two new quays, its director said.” Answer with a number.", 90), "The port authority will spend 90 million euros on two new quays, its director said.")).toBeNull();
    expect(from(fill("Fill in the blank: “Plan A: the ferries move to the north pier in ____.”", ["2027"]), "Plan A: the ferries move to the north pier in 2027.")).toBeNull();
  });

  it("computable: the side of a vote that the body's size less the other side gives", () => {
    const run = check("computable");
    expect(run(numeric("According to the article, what number fills the blank? “The change needs the backing of its 15 trustees. ____ trustees voted in favour and four against.” Answer with a number.", 11))).toMatch(/15 − 4/);
    // Sides that do not make up the body, or a split with no vote, stay.
    expect(run(numeric("According to the article, what number fills the blank? “The change needs the backing of its 15 trustees. ____ trustees voted in favour and four against.” Answer with a number.", 9))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The firm has 15 stores, and ____ of its staff are for the plan and four against.” Answer with a number.", 11))).toBeNull();
  });

  it("computable: a true/false whose count is another count less or more “one” (“one short of the 19 needed”)", () => {
    const run = check("computable");
    const on = (said: string, q: DraftQuestion): DraftQuestion => ({ ...q, source: { sentence: said, start: 0, end: said.length } });
    const said = "A pact of the two parties would have 18 seats, one short of the 19 needed for a majority.";
    // 12 seats "one short of the 19 needed" cannot be: 19 − 1 is 18, whatever the article says.
    expect(run(on(said, no("A pact of the two parties would have 12 seats, one short of the 19 needed for a majority.", "18", "12")))).toMatch(/19 − 1/);
    const more = "The ferry line now runs 41 boats, one more than the 40 it ran last year.";
    expect(run(on(more, no("The ferry line now runs 45 boats, one more than the 40 it ran last year.", "41", "45")))).toMatch(/1 \+ 40/);
    // A gap with no second count, or "one" that is no gap, is reading.
    const bare = "A pact of the two parties would have 18 seats, one short of a majority.";
    expect(run(on(bare, no("A pact of the two parties would have 12 seats, one short of a majority.", "18", "12")))).toBeNull();
    // … and the blank of the same sentence.
    expect(run(choice("A pact of the two parties would have ____ seats, one short of the 19 needed for a majority.", ["18", "14", "36", "48"], "18"))).toMatch(/one and 19/);
    expect(run(choice("A pact of the two parties would have ____ seats, one of the largest blocs the 19 councils have seen.", ["18", "14", "36", "48"], "18"))).toBeNull();
    const other = "A pact of the two parties would have 18 seats, one of the largest blocs the 19 councils have seen.";
    expect(run(on(other, no("A pact of the two parties would have 12 seats, one of the largest blocs the 19 councils have seen.", "18", "12")))).toBeNull();
  });

  it("vague_reference: a bare count of members for a subject (“Nine members voted in favour”)", () => {
    const run = check("vague_reference");
    expect(run(tf("Seven members voted in favour and two against."))).toMatch(/“Seven”/);
    expect(run(fill("Fill in the blank: “____ delegates walked out before the vote.”", ["Forty"]))).toMatch(/counts something/);
    // Members of a body the statement names, or a count that is no subject, stay.
    expect(run(tf("Seven members of the harbour board voted in favour."))).toBeNull();
    expect(run(tf("The harbour board has seven members."))).toBeNull();
    // … and before a modal: "Another 300 will come from …" counts what only the question before it named.
    expect(run(fill("Fill in the blank: Jo Marsh said: “Another 300 will come from old warehouses, which owners may let at ____% below market rents.”", ["15"]))).toMatch(/“300”/);
    expect(run(tf("About 40 could be sold to private buyers by 2030."))).toMatch(/“40”/);
    expect(run(tf("About 40 flats could be sold to private buyers by 2030."))).toBeNull();
  });

  it("vague_reference: a wh-question naming by its kind alone one of several the article counts; needs_context: “them” as a verb's object", () => {
    const run = check("vague_reference");
    const text = "The studio sold three games this year. Its strategy game \"Iron Coast\" led. The game was released on May 2.";
    const many: CriticContext = { text, sentences: [text], facts: [] };
    expect(run(sc("On which date was the game released?", ["May 2", "May 9", "June 2", "April 2"]), many)).toMatch(/one of several/);
    const one = "The studio released its strategy game on May 2. The game sold well.";
    expect(run(sc("On which date was the game released?", ["May 2", "May 9", "June 2", "April 2"]), { text: one, sentences: [one], facts: [] })).toBeNull();
    // Others still to come ("three more games") leave "the game" the one the story is about; "other" ones do not.
    const more = "The studio released its strategy game \"Iron Coast\" on May 2. It plans three more strategy games by 2030.";
    expect(run(sc("On which date was the game released?", ["May 2", "May 9", "June 2", "April 2"]), { text: more, sentences: [more], facts: [] })).toBeNull();
    const other = "The studio released its strategy game \"Iron Coast\" on May 2. It also sells three other strategy games.";
    expect(run(sc("On which date was the game released?", ["May 2", "May 9", "June 2", "April 2"]), { text: other, sentences: [other], facts: [] })).toMatch(/one of several/);
    const them = check("needs_context");
    expect(them(fill("Fill in the blank: “Councils have until the end of ____ to adopt them, but several have asked for more time.”", ["March 2027"]))).toMatch(/“them”/);
    expect(them(tf("Inspectors checked 40 boats and approved them, the port said."))).toBeNull();
    expect(them(tf("Councils have until 2027 to adopt the rules, but several have asked for more time."))).toBeNull();
  });

  it("vague_reference: a pointing word and its noun at the head of a statement", () => {
    const run = check("vague_reference");
    expect(run(tf("To meet that target the council is hiring 40 new teachers."))).toMatch(/“that target” points back/);
    expect(run(tf("Despite this setback, the mill kept all 300 jobs."))).toMatch(/“this setback”/);
    expect(run(tf("That estimate puts the cost at 2 million euros."))).toMatch(/“That estimate”/);
    expect(run(fill("Fill in the blank: “Because of those delays, the bridge will open in ____.”", ["2029"]))).toMatch(/“those delays”/);
    expect(run(tf("In that year the mill employed 300 people."))).toMatch(/“that year”/);
    // The article's own time, a pointing word that is a subject with its verb (pronoun_stem's), or none.
    expect(run(tf("This year the mill employed 300 people."))).toBeNull();
    expect(run(tf("In these months the mill employed 300 people."))).toBeNull();
    expect(run(tf("That was the mill's best year since 1990."))).toBeNull();
    expect(run(tf("To meet the target, the council is hiring 40 new teachers."))).toBeNull();
    expect(run(tf("The council is hiring 40 new teachers to meet that target."))).toBeNull();
    // "it" after an opening "To …" phrase with no comma has nothing to stand for.
    expect(check("pronoun_stem")(tf("To cut costs it will close two of its plants."))).toMatch(/“it”/);
  });

  it("key_stands_out: a key far longer than every wrong option", () => {
    const run = check("key_stands_out");
    const stem = "According to the article, which words complete this sentence? “The harbour board aims to ____.”";
    expect(run(sc(stem, ["move the fish market to a larger site on the eastern quay", "train more teachers", "build new rail links", "stabilise food prices"]))).toMatch(/12 words/);
    expect(run(sc(stem, ["move the fish market to the quay", "train more teachers", "build new rail links", "stabilise food prices"]))).toBeNull();
    expect(run(sc(stem, ["move the fish market", "train more teachers", "build new rail links", "stabilise food prices"]))).toBeNull();
    // Figures are not read by their length.
    expect(run(sc("How much did the board spend?", ["2.5 million euros in the first half of the year", "3", "4", "5"]))).toBeNull();
  });

  it("vague_reference: a bare count for a subject, and a wh-question about “the government”", () => {
    const run = check("vague_reference");
    expect(run(tf("Only four grew, and the remaining 11 shrank."))).toMatch(/“four” counts/);
    expect(run(numeric("According to the article, what number fills the blank? “____ were sold to buyers abroad.” Answer with a number.", 12))).toMatch(/“____” counts/);
    expect(run(tf("Only four towns grew, and the remaining 11 shrank."))).toBeNull();
    expect(run(tf("2024 was the warmest year on record."))).toBeNull();
    const own = (prompt: string): DraftQuestion => sc(prompt, ["2019", "2020", "2021", "2022"]);
    expect(run(own("In which year did the government ban trawling?"))).toMatch(/“The government”/);
    expect(run(own("In which year did the ministry open its first office?"))).toMatch(/“The ministry”/);
    expect(run(own("In which year did Iceland ban trawling?"))).toBeNull();
  });

  it("pronoun_stem: a count of “those” or “these”", () => {
    const run = check("pronoun_stem");
    expect(run(numeric("According to the article, what number fills the blank? “____ of those were built in Gdansk.” Answer with a number.", 4))).toMatch(/“those”/);
    expect(run(tf("Four of these were built in Gdansk."))).toMatch(/“these”/);
    expect(run(tf("Four of the ships were built in Gdansk."))).toBeNull();
  });

  it("bound_true: a count swapped inside a claim about every member of a group", () => {
    const run = check("bound_true");
    expect(run(no("None of the region's three biggest dairies plans to close.", "4", "3"))).toMatch(/may hold for 3/);
    expect(run(no("All of its six ferries were built in Gdansk.", "5", "6"))).toMatch(/may hold/);
    expect(run(no("Three of the region's dairies plan to close.", "4", "3"))).toBeNull();
  });

  it("computable: a blank that is a multiple the stem names (“triple”, “twice”, “half”) of another figure", () => {
    const run = check("computable");
    const q = (statement: string, value: number, answerText = String(value)) => ({ ...numeric(`According to the article, what number fills the blank? “${statement}” Answer with a number.`, value), answerText });
    expect(run(q("Exports could reach ____ billion euros by 2030, triple last year's 4 billion euros.", 12, "€12 billion"))).toMatch(/triple and 4/);
    expect(run(q("Exports could reach 12 billion euros by 2030, triple last year's ____ billion euros.", 4, "€4 billion"))).not.toBeNull();
    expect(run(q("The new ferry carries ____ passengers, twice as many as the 350 of the old one.", 700))).not.toBeNull();
    // A hedged multiple ("almost double", "nearly triple") puts the blank within a halving's reach.
    expect(run(q("The fair drew 9.4 million visitors, almost double the ____ million of last year.", 5.1, "5.1 million"))).toMatch(/double and 9.4/);
    expect(run(q("The fair drew 9.4 million visitors, double the ____ million of last year.", 5.1, "5.1 million"))).toBeNull();
    expect(run(q("The fair drew 9.4 million visitors, almost double the ____ million of last year.", 3.2, "3.2 million"))).toBeNull();
    // … and a true/false statement on either figure.
    const exports = "Exports could reach 12 billion euros by 2030, triple last year's 4 billion euros.";
    const said = (statement: string, answerText: string): DraftQuestion => ({ ...tf(statement, answerText.startsWith("True")), answerText, source: { sentence: exports, start: 0, end: exports.length } });
    expect(run(said(exports.replace("12 billion", "15 billion"), "False — the article gives 12 billion euros, not 15 billion euros."))).toMatch(/multiplying/);
    expect(run(said(exports, "True — the article gives 4 billion euros."))).toMatch(/multiplying/);
    expect(run(said(exports, "True — the article gives 2030."))).toBeNull();
    // The multiple that does not hold, or no multiple word, is reading.
    expect(run(q("Exports could reach ____ billion euros by 2030, triple the level of 2019.", 12, "€12 billion"))).toBeNull();
    expect(run(q("Exports could reach ____ billion euros by 2030, up from last year's 4 billion euros.", 12, "€12 billion"))).toBeNull();
    expect(run(q("The new ferry carries ____ passengers, twice as many as the old one, and 350 cars.", 600))).toBeNull();
  });

  it("computable: a count one less than the ordinal that follows it (“two mines … a third”)", () => {
    const run = check("computable");
    const stem = (text: string) => `According to the article, what number fills the blank? “${text}” Answer with a number.`;
    expect(run(numeric(stem("The brewery runs ____ pubs in the old town and plans to open a fourth by March."), 3))).toMatch(/a fourth/);
    expect(run(fill("Fill in the blank: “Okafor has won ____ national titles and is chasing another third next season.”", ["two"]))).toMatch(/third/);
    expect(run(no("The club owns three grounds and is building a third.", "two", "three"))).toBeNull();
    expect(run({ ...no("The club owns three grounds and is building a third.", "two", "three"), source: { sentence: "The club owns two grounds and is building a third.", start: 0, end: 49 } })).toMatch(/third/);
    // A fraction or a compound is no next one; nor an ordinal that is not the next.
    expect(run(numeric(stem("The brewery runs ____ pubs and spends a third of its budget on rent."), 2))).toBeNull();
    expect(run(numeric(stem("The brewery runs ____ pubs and reported a third-quarter loss."), 2))).toBeNull();
    expect(run(numeric(stem("The brewery runs ____ pubs and plans to open a fourth by March."), 2))).toBeNull();
  });
  it("computable: a year the stem reaches from another year and a span of years, or a span between two years", () => {
    const run = check("computable");
    expect(run(fill("Fill in the blank: “The bakery opened in 1988 and traded for 25 years before closing in ____.”", ["2013"]))).toMatch(/1988 and a span of 25 years/);
    expect(run(fill("Fill in the blank: “She left the band in ____, eleven years after joining it in 2001.”", ["2012"]))).toMatch(/2001 and a span of 11 years/);
    expect(run(numeric("According to the article, what number fills the blank? “From 2004 until 2019, a run of ____ years, the mill made no loss.” Answer with a number.", 15))).toMatch(/15 years apart/);
    // A year the span does not reach, or a span the stem does not give, is read, not worked out.
    expect(run(fill("Fill in the blank: “The bakery opened in 1988 and was sold in ____, after 25 years of growth.”", ["2010"]))).toBeNull();
    expect(run(fill("Fill in the blank: “The bakery opened in 1988 and closed in ____.”", ["2013"]))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The 2019 law gives firms ____ years to comply.” Answer with a number.", 5))).toBeNull();
  });

  it("computable: one end of a change whose percentage and other end the stem shows", () => {
    const computable = check("computable");
    // 1,600 less 18% is 1,312: the blanked end follows by multiplying.
    expect(computable({ ...numeric("According to the article, what number fills the blank? “Thefts dropped to ____ in 2023, down 18% from 1,600, the lowest since 1998.” Answer with a number.", 1310), answerText: "1,310" })).toMatch(/percentage change and its other end/);
    expect(computable(sc("According to the article, which figure completes this statement? “Ferry trips fell to 8,200 last winter, down 18% from ____ a year before.”", ["10,000", "12,000", "9,100", "14,000"]))).not.toBeNull();
    expect(computable(fill("Fill in the blank: “Club sales rose 20 percent to €____ million from €80 million.”", ["€96 million", "96"]))).not.toBeNull();
    // An end whose other end is not shown, or a percentage the two ends do not make, is reading.
    expect(computable({ ...numeric("According to the article, what number fills the blank? “Thefts dropped to ____ in 2023, down 18% on the year.” Answer with a number.", 1310), answerText: "1,310" })).toBeNull();
    expect(computable({ ...numeric("According to the article, what number fills the blank? “Thefts dropped to ____ in 2023, down 40% from 1,600 at the peak in 2009.” Answer with a number.", 1310), answerText: "1,310" })).toBeNull();
  });

  it("computable: a percentage change whose two ends the stem shows", () => {
    const computable = check("computable");
    const stem = (blanked: string) => `According to the article, what number fills the blank? “${blanked}” Give the figure as a percentage.`;
    const pct = (prompt: string, value: number): DraftQuestion => ({ ...numeric(prompt, value), answerText: `${value} percent` });
    // 1,310 from 1,600 is a fall of 18.1 percent; €96 million from €80 million a rise of 20.
    expect(computable(pct(stem("Thefts dropped to 1,310 from 1,600 in 2023, a fall of ____ percent and the lowest since 1998."), 18.1))).toMatch(/1,600 and 1,310/);
    expect(computable(pct(stem("The club reported sales of €96 million for 2024, up ____ percent from €80 million a year earlier."), 20))).not.toBeNull();
    // … and a printed change rounded from the two ends (2,050 from 1,900 is 7.9 percent).
    expect(computable(pct(stem("Visitors rose to 2,050 from 1,900, an increase of ____ percent."), 7.8))).not.toBeNull();
    // One end only, or two figures that do not make the change, is reading.
    expect(computable(pct(stem("Thefts dropped ____ percent to 1,310, the lowest since 1998."), 18.1))).toBeNull();
    expect(computable(pct(stem("Thefts dropped to 1,310 from 1,600 in 2023, a fall of ____ percent, while 45 arrests were made."), 31))).toBeNull();
    // A sum given twice in two currencies is no change.
    expect(computable(pct(stem("The club reported sales of €96 million ($104 million) for 2024, up ____ percent on the year."), 8.3))).toBeNull();
    // Shares, not ends of a change.
    expect(computable(pct(stem("Turnout was ____ percent, down from 64.2 percent, with 3,100 of 4,800 voters."), 58))).toBeNull();
    // … as a choice whose options carry the unit, or a true/false on the change.
    const choice = sc("According to the article, which figure completes this statement? “The club reported sales of €96 million for 2024, up ____ from €80 million a year earlier.”", ["20 percent", "25 percent", "16 percent", "30 percent"]);
    expect(computable(choice)).not.toBeNull();
    const said = (statement: string, answerText: string, sentence: string): DraftQuestion => ({ ...tf(statement, answerText.startsWith("True")), answerText, source: { sentence, start: 0, end: sentence.length } });
    const thefts = "Thefts dropped to 1,310 from 1,600 in 2023, a fall of 18.1 percent and the lowest since 1998.";
    expect(computable(said(thefts, "True — the article gives 18.1 percent.", thefts))).toMatch(/both ends/);
    expect(computable(said(thefts.replace("18.1", "24.1"), "False — the article gives 18.1 percent, not 24.1 percent.", thefts))).toMatch(/both ends/);
    expect(computable(said(thefts.replace("1,310", "1,370"), "False — the article gives 1,310, not 1,370.", thefts))).toMatch(/both ends/);
    expect(computable(said(thefts, "True — the article gives 1998.", thefts))).toBeNull();
    // One end of the change, when the stem gives the other end and the percentage (620,000 less
    // 15 percent is 527,000).
    const blank = (blanked: string) => `According to the article, what number fills the blank? “${blanked}” Answer with a number.`;
    expect(computable(numeric(blank("Ferry passengers fell to ____ last year, down 15% from 620,000 in 2019."), 527000))).toMatch(/620,000/);
    expect(computable(numeric(blank("Ferry passengers rose 15% to 713,000 last year from ____ in 2019."), 620000))).toMatch(/713,000/);
    expect(computable(numeric(blank("Ferry passengers fell to ____ last year, down 15% on 2019."), 527000))).toBeNull();
    expect(computable(numeric(blank("Ferry passengers fell to ____ last year, down 15%, while 620,000 cars crossed."), 400000))).toBeNull();
    const oneEnd = "Thefts dropped 18.1 percent to 1,310, the lowest since 1998.";
    expect(computable(said(oneEnd, "True — the article gives 18.1 percent.", oneEnd))).toBeNull();
  });

  it("computable: a whole less two parts; bound_true: “within” a span of time; vague_reference: “the government” in a statement of the engine's wording", () => {
    const computable = check("computable");
    const stem = (blanked: string) => `According to the article, what number fills the blank? “${blanked}” Answer with a number.`;
    expect(computable(numeric(stem("Of the 40 ferries inspected, 22 passed. Only six failed, and the remaining ____ were not finished."), 12))).toMatch(/40 − 22 − 6 = 12/);
    expect(computable(numeric(stem("Of the 40 ferries inspected, 22 passed. Only ____ failed, and the remaining 12 were not finished."), 6))).not.toBeNull();
    expect(computable(numeric(stem("Of the 40 ferries inspected, 22 passed. Only six failed, and the remaining ____ were not finished."), 9))).toBeNull();
    // A balance and one side give the other ("leaving a surplus of …").
    const balance = (blanked: string, key: string): DraftQuestion => sc(`According to the article, which figure completes this statement? “${blanked}”`, [key, "$21.2 billion", "$40.1 billion"]);
    expect(computable(balance("Exports rose 2 percent to 47.3 billion dollars, while imports fell to ____, leaving a trade surplus of 5.1 billion dollars.", "$42.2 billion"))).toMatch(/5.1 billion \+ 42.2 billion = 47.3 billion/);
    expect(computable(balance("Exports rose 2 percent to 47.3 billion dollars, while imports fell to ____, leaving a trade surplus of 5.1 billion dollars.", "$40.2 billion"))).toBeNull();
    expect(computable(balance("Exports rose 2 percent to 47.3 billion dollars, while imports fell to ____ in May.", "$42.2 billion"))).toBeNull();
    // A span between two dates the stem shows, or a date the other date and the span fix.
    expect(computable(numeric(stem("The council moved the opening from March 1 to Sept. 1, giving traders ____ months to prepare."), 6))).toMatch(/March 1 to September 1 = 6 months/);
    expect(computable(numeric(stem("The ban was pushed back from 3 May to 17 May, giving farmers another ____ weeks."), 2))).toMatch(/calendar/);
    expect(computable(fill("Fill in the blank: “The council moved the opening from ____ to Sept. 1, giving traders six months to prepare.”", ["March 1"]))).toMatch(/calendar/);
    expect(computable(fill("Fill in the blank: “The council moved the opening from March 1 to ____, giving traders six months to prepare.”", ["September 1"]))).toMatch(/calendar/);
    // Dates and a span that do not fix each other are read, not counted.
    expect(computable(numeric(stem("The council moved the opening from March 1 to Sept. 1, and traders have ____ months of stock."), 4))).toBeNull();
    expect(computable(numeric(stem("The council met on March 1 and will decide within ____ months."), 6))).toBeNull();
    expect(computable(fill("Fill in the blank: “The council met on ____ and will decide within six months of Sept. 3.”", ["March 1"]))).toBeNull();
    expect(computable(fill("Fill in the blank: “Voting opens on ____ and lasts three days.”", ["May 4"]))).toBeNull();
    const bound = check("bound_true");
    expect(bound(no("The plan aims to connect every village within twenty years.", "10", "20"))).toMatch(/true as well/);
    expect(bound(no("The plan aims to connect every village within four years.", "10", "4"))).toMatch(/does not show/);
    expect(bound(no("The plan aims to connect 20 villages within a year.", "10", "20"))).toBeNull();
    const vague = check("vague_reference");
    const own = (statement: string): DraftQuestion => ({ ...tf("x"), prompt: `True or false? According to the article, ${statement}` });
    expect(vague(own("the government capped rents in 2021."))).toMatch(/“The government”/);
    expect(vague(own("Iceland capped rents in 2021."))).toBeNull();
  });

  it("impossible_option: a rank the sentence puts in the top N", () => {
    const run = check("impossible_option");
    const choose = (stem: string, options: string[]) => sc(`According to the article, which figure completes this statement? “${stem}”`, options);
    expect(run(choose("The choir finished ____, the first from the region to reach the top five.", ["4th", "6th", "3rd", "2nd"]))).toMatch(/“6th”/);
    expect(run(choose("The choir finished ____, the first from the region to reach the top five.", ["4th", "5th", "3rd", "2nd"]))).toBeNull();
    expect(run(choose("The choir finished ____, just outside the top five.", ["6th", "7th", "8th", "9th"]))).toBeNull();
  });

  it("impossible_option: a vote tally names the larger side first (“carried by 4 votes to 9”)", () => {
    const run = check("impossible_option");
    expect(run(tf("The council's budget was carried by 4 votes to 9 after a night of debate.", false))).toMatch(/4 votes to 9/);
    expect(run(tf("The amendment fell by eleven votes to eleven in the upper house.", false))).toMatch(/cannot be true/);
    expect(run(tf("The court upheld the ban by a vote of 3-6.", false))).toMatch(/3-6/);
    expect(run(tf("The council's budget was carried by 14 votes to 9 after a night of debate.", false))).toBeNull();
    expect(run(tf("The court upheld the ban by a vote of 6-3.", false))).toBeNull();
    // A score or a share is no tally of votes.
    expect(run(tf("The hosts won by 2 to 3 on penalties.", false))).toBeNull();
    const choose = (stem: string, options: string[]) => sc(`According to the article, which figure completes this statement? “${stem}”`, options);
    expect(run(choose("The board approved the merger by ____ votes to 5.", ["8", "4", "7", "9"]))).toMatch(/“4”/);
    expect(run(choose("The board approved the merger by ____ votes to 5.", ["8", "6", "7", "9"]))).toBeNull();
  });

  it("impossible_option: a part larger than its whole, or a century not yet come", () => {
    const run = check("impossible_option");
    // A part of "them" larger than the count before it.
    expect(run(sc("According to the article, which figure completes this statement? “About 640 blazes were burning on Monday, ____ of them out of control.”", ["215", "710", "512"]))).toMatch(/710/);
    expect(run(sc("According to the article, which figure completes this statement? “About 640 blazes were burning on Monday, ____ of them out of control.”", ["215", "310", "512"]))).toBeNull();
    expect(run(tf("About 640 blazes were burning on Monday, 710 of them out of control.", false))).not.toBeNull();
    const choose = (stem: string, options: string[]) => sc(`According to the article, which figure completes this statement? “${stem}”`, options);
    // A whole named at the head of the sentence, a part after the comma.
    expect(run(choose("Of the 24 bakers asked by the guild, ____ said flour prices had doubled.", ["19", "29", "17", "21"]))).toMatch(/“29”/);
    expect(run(choose("Of the 24 bakers asked by the guild, ____ said flour prices had doubled.", ["19", "16", "17", "21"]))).toBeNull();
    // "____ of the 12 …": the part before its whole.
    expect(run(choose("Only ____ of the 12 ferries ran on Sunday.", ["5", "15", "4", "6"]))).toMatch(/“15”/);
    expect(run(choose("Only ____ of the 12 ferries ran on Sunday.", ["5", "3", "4", "6"]))).toBeNull();
    // "… of their last ____ games": a run of games shorter than the games it counts.
    expect(run(choose("The Owls won five of their last ____ matches before the break.", ["7", "4", "9", "6"]))).toMatch(/“4”/);
    expect(run(choose("The Owls won five of their last ____ matches before the break.", ["7", "8", "9", "6"]))).toBeNull();
    expect(run(tf("Rovers lost six of their final four games.", false))).toMatch(/cannot be true/);
    expect(run(tf("Rovers lost three of their final four games.", false))).toBeNull();
    // A century after the present one.
    expect(run(choose("The abbey bought a ____-century psalter.", ["14th", "24th", "13th", "15th"]))).toMatch(/“24th”/);
    expect(run(choose("The abbey bought a ____-century psalter.", ["14th", "12th", "13th", "15th"]))).toBeNull();
    // A false statement that contradicts itself so.
    expect(run(tf("Among the 40 towns on the list, 52 have no bus service.", false))).toMatch(/cannot be true/);
    expect(run(tf("Seventeen of the nine judges backed the ruling.", false))).toMatch(/cannot be true/);
    expect(run(tf("Among the 40 towns on the list, 32 have no bus service.", false))).toBeNull();
    // Not a part of a whole: a share, money, or a compound figure.
    expect(run(tf("About 30 percent of the 12 towns have no bus service.", false))).toBeNull();
    expect(run(tf("Farmers sold 300 of their 40-kilogram sacks.", false))).toBeNull();
    expect(run(tf("The guild paid $50 of the 20 fees.", false))).toBeNull();
  });

  it("wrong_direction: a figure on the wrong side of the bound its aside names, and a 'most' that another figure passes", () => {
    const run = check("wrong_direction");
    expect(run(no("Opener Kerr made 14, the only other innings above 40 on the day.", "41", "14"))).toMatch(/contradicts itself/);
    expect(run(no("Opener Kerr made 44, the only other innings above 40 on the day.", "41", "44"))).toBeNull();
    expect(run(no("The ward saw 9 percent, one of only two districts under 5 percent.", "3 percent", "9 percent"))).toMatch(/contradicts itself/);
    expect(run(no("Oslo had 54 mm of rain, the most of any city, while Bergen had 61 mm and Tromso 12 mm.", "16 mm", "61 mm"))).toMatch(/contradicts itself/);
    expect(run(no("Oslo had 54 mm of rain, the most of any city, while Bergen had 31 mm and Tromso 12 mm.", "16 mm", "31 mm"))).toBeNull();
    expect(run(no("Tromso had 4 mm, the least of any city, while Bergen had 2 mm.", "22 mm", "2 mm"))).toMatch(/contradicts itself/);
    // Figures of another unit are not compared with the most.
    expect(run(no("Oslo had 54 mm of rain, the most of any city, and 70 flights were cut.", "40", "70"))).toBeNull();
    // A wrong option that breaks the bound is ruled out without reading.
    expect(run(choice("Ruiz made ____ not out, the only other score above 30.", ["31", "13", "29", "41"], "31"))).toMatch(/ruled out/);
  });

  it("wrong_direction: a side of a two-way vote that is neither its majority nor part of its minority", () => {
    const run = check("wrong_direction");
    expect(run(no("The council approved the budget in an 8-3 vote, with six members opposing the plan.", "three", "six"))).toMatch(/contradicts itself/);
    expect(run(no("Judges voted 5-4 against the appeal, with seven justices dissenting.", "four", "seven"))).toMatch(/contradicts itself/);
    expect(run(no("The council approved the budget in an 8-3 vote, with two members opposing the plan.", "three", "two"))).toBeNull();
    expect(run(no("The council approved the budget in an 8-3 vote, with eight members backing the plan.", "nine", "eight"))).toBeNull();
    // A three-way split is left alone.
    expect(run(no("Rates were cut in a 5-2-2 split, with four members wanting a bigger move.", "two", "four"))).toBeNull();
    expect(run(choice("The board held rates in a 6-3 vote, with ____ members favouring a cut.", ["3", "4", "5", "2"], "3"))).toMatch(/ruled out/);
  });

  it("wrong_direction: a leader that trails, and a single wrong option that turns a rise into a fall", () => {
    const run = check("wrong_direction");
    expect(run(tf("Lyon led the rise with a gain of 1.1%, followed by Lille, where rents climbed 2.3%.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Lyon led the rise with a gain of 3.1%, followed by Lille, where rents climbed 2.3%.", false))).toBeNull();
    const choose = (options: string[]) => sc("Which figure completes this statement? “About 9,400 runners started, up from ____ last year.”", options);
    expect(run(choose(["8,800", "9,900", "7,400", "8,100"]))).toMatch(/A wrong option/);
    expect(run(choose(["8,800", "8,900", "7,400", "8,100"]))).toBeNull();
  });

  it("wrong_direction: a change to the figure it started from, and words between “from X” and “to Y”", () => {
    const run = check("wrong_direction");
    // A false figure equal to the other end of the change: no change at all.
    expect(run(tf("The toll on the bridge will rise from 6 euros a car next year to 6 euros in 2031.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Bus fares were cut from 2.40 pounds a ride to 2.40 pounds.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Rents climbed to 7.5% in March from 7.5% in February.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Turnout was 64 percent, up from 64 percent in 2021.", false))).toMatch(/contradicts itself/);
    // Words (a unit, a time) between the first figure and "to" no longer hide a fall that rises.
    expect(run(tf("The levy will fall from 40 francs a barrel this spring to 55 francs by 2030.", false))).toMatch(/contradicts itself/);
    // A change that goes the way its verb says is sound, with or without the words between.
    expect(run(tf("The toll on the bridge will rise from 4 euros a car next year to 6 euros in 2031.", false))).toBeNull();
    expect(run(tf("The levy will fall from 70 francs a barrel this spring to 55 francs by 2030.", false))).toBeNull();
    expect(run(tf("Turnout was 61 percent, up from 58 percent in 2021.", false))).toBeNull();
    // A true statement is never held by this check, and unlike units are not compared.
    expect(run(tf("The toll on the bridge will rise from 6 euros a car next year to 6 euros in 2031.", true))).toBeNull();
    expect(run(tf("Spending rose from 12% of the budget this year to $12 billion.", false))).toBeNull();
  });

  it("wrong_direction: a false statement whose changed figure turns a fall into a rise", () => {
    const run = check("wrong_direction");
    // "slightly below" a figure it is far from, or above.
    expect(run(tf("Turnout was 21.4 per cent, slightly below the 77.9 per cent of the last vote.", false))).toMatch(/slightly below/);
    expect(run(tf("Turnout was 79.2 per cent, slightly above the 77.9 per cent of the last vote.", false))).toBeNull();
    expect(run(tf("Turnout was 71.5 per cent, slightly below the 77.9 per cent of the last vote.", false))).toBeNull();
    expect(run(tf("Turnout was 79.2 per cent, slightly below the 77.9 per cent of the last vote.", false))).not.toBeNull();
    expect(run(tf("The party's lead was cut from 12% to 30% in the spring poll.", false))).toMatch(/contradicts itself/);
    expect(run(tf("Sales rose from $40 million to $25 million last year.", false))).not.toBeNull();
    expect(run(tf("The party's lead was cut from 42% to 30% in the spring poll.", false))).toBeNull();
    expect(run(tf("Sales rose from $20 million to $25 million last year.", false))).toBeNull();
    expect(run(tf("Attendance was 41.2 percent, down from 38.5 percent in 2019.", false))).toMatch(/down from/);
    expect(run(tf("Attendance was 41.2 percent, up from 48.5 percent in 2019.", false))).not.toBeNull();
    expect(run(tf("Attendance was 41.2 percent, down from 48.5 percent in 2019.", false))).toBeNull();
    expect(run(tf("About 5.2 million borrowers were listed with credit agencies for late payment, down from 3.1 million.", false))).toMatch(/down from/);
    expect(run(tf("About 2.2 million borrowers were listed with credit agencies for late payment, down from 3.1 million.", false))).toBeNull();
    // The earlier figure named before it is given.
    expect(run(tf("The mill now expects output of 5.3 million tonnes, down from a previous estimate of 4.6 million tonnes.", false))).toMatch(/down from/);
    expect(run(tf("The mill now expects output of 3.9 million tonnes, down from a previous estimate of 4.6 million tonnes.", false))).toBeNull();
    // A choice whose wrong options each make the sentence contradict itself.
    expect(run(sc("Which figure completes this statement? “Attendance was 41.2 percent, down from ____ in 2019.”", ["48.5 percent", "31.2 percent", "22.5 percent"]))).toMatch(/without the article/);
    // … or just one of them (a teacher would edit that option out).
    expect(run(sc("Which figure completes this statement? “Attendance was 41.2 percent, down from ____ in 2019.”", ["48.5 percent", "51.2 percent", "22.5 percent"]))).toMatch(/A wrong option/);
    expect(run(sc("Which figure completes this statement? “Attendance was 41.2 percent, down from ____ in 2019.”", ["48.5 percent", "51.2 percent", "62.5 percent"]))).toBeNull();
    // A first place that trails the one after it.
    expect(run(tf("Dentistry had the longest waits, with a median of 41 weeks, followed by dermatology at 58 weeks.", false))).toMatch(/followed by/);
    expect(run(tf("Dentistry had the longest waits, with a median of 71 weeks, followed by dermatology at 58 weeks.", false))).toBeNull();
    // A record below the one it beats.
    expect(run(tf("The fair drew a record 41,000 visitors, beating the previous high of 52,000 set in 2018.", false))).toMatch(/beating/);
    expect(run(tf("The fair drew a record 61,000 visitors, beating the previous high of 52,000 set in 2018.", false))).toBeNull();
    // A currency written as a word.
    expect(run(sc("Which figure completes this statement? “A day pass will cost 7.20 euros, up from ____, while a week pass stays at 30 euros.”", ["€6.40", "€9.40", "€8.10", "€7.60"]))).toMatch(/guess|contradict/);
    // A lead that trails: "41%, ahead of the Greens on 52%".
    expect(run(tf("The Liberals won 41.5%, just ahead of the Greens on 52.5%.", false))).toMatch(/ahead of/);
    expect(run(tf("The Liberals won 41.5%, just ahead of the Greens on 40.5%.", false))).toBeNull();
    expect(run(tf("The Liberals won 41.5%, well behind the Greens on 40.5%.", false))).not.toBeNull();
    // Any wrong option ruled out by the sentence itself (a teacher would edit it out).
    expect(run(sc("Which figure completes this statement? “The Liberals won 41.5%, just ahead of the Greens on ____.”", ["40.5 percent", "51.5 percent", "45.5 percent", "12.1 percent"]))).toMatch(/A wrong option/);
    expect(run(sc("Which figure completes this statement? “The Liberals won 41.5%, just ahead of the Greens on ____.”", ["40.5 percent", "51.5 percent", "35.5 percent", "12.1 percent"]))).toMatch(/A wrong option/);
    expect(run(sc("Which figure completes this statement? “The Liberals won 41.5%, just ahead of the Greens on ____.”", ["40.5 percent", "31.5 percent", "35.5 percent", "12.1 percent"]))).toBeNull();
    // The new figure first: "slowed to X in May from Y in April".
    expect(run(tf("Wage growth slowed to 4.8 percent in May from 4.1 percent in April, the agency said.", false))).toMatch(/slowed to 4.8 percent/);
    expect(run(tf("Exports climbed to $12 billion in June from $15 billion a year earlier.", false))).not.toBeNull();
    expect(run(tf("Wage growth slowed to 3.6 percent in May from 4.1 percent in April, the agency said.", false))).toBeNull();
    expect(run(tf("Exports climbed to $18 billion in June from $15 billion a year earlier.", false))).toBeNull();
    // A true statement is the article's own wording: never judged here.
    expect(run(tf("The party's lead was cut from 12% to 30% in the spring poll.", true))).toBeNull();
  });

  it("computable: a total and its rate a day, week or month, one a calendar multiple of the other", () => {
    const run = check("computable");
    expect(run(choice("The bakery gave away 730 loaves last year, about ____ loaves a day.", ["2", "4", "3", "1"], "2"))).toMatch(/365 times/);
    expect(run(choice("The bakery gave away ____ loaves last year, about 2 loaves a day.", ["730", "520", "910", "610"], "730"))).toMatch(/365 times/);
    expect(run(numeric("According to the article, what number fills the blank? “The ferry carries 1,040 cars a year, about ____ cars a week.” Answer with a number.", 20))).toMatch(/52 times/);
    expect(run(no("The bakery gave away 730 loaves last year, about 5 loaves a day.", "2", "5"))).toMatch(/dividing/);
    // No calendar multiple, another unit, or no rate.
    expect(run(choice("The bakery gave away 730 loaves last year, about ____ loaves a day.", ["5", "4", "3", "6"], "5"))).toBeNull();
    expect(run(choice("The bakery gave away 730 loaves last year, about ____ cakes a day.", ["2", "4", "3", "1"], "2"))).toBeNull();
    expect(run(choice("The bakery gave away 730 loaves last year and ____ loaves this year.", ["2", "4", "3", "1"], "2"))).toBeNull();
  });

  it("computable: a part and its whole beside 'halfway' halve each other", () => {
    const run = check("computable");
    expect(run(choice("With ____ of 30 stages raced, the two leaders are level on time at the halfway point of the tour.", ["15", "12", "18", "10"], "15"))).toMatch(/halfway/);
    expect(run(choice("With 15 of ____ stages raced, the two leaders are level on time at the halfway point of the tour.", ["30", "25", "35", "20"], "30"))).toMatch(/halfway/);
    expect(run(no("With 15 of 36 stages raced, the two leaders are level on time at the halfway point of the tour.", "30", "36"))).toMatch(/halfway/);
    // Not half, or no word that says so.
    expect(run(choice("With ____ of 30 stages raced, the two leaders are level on time.", ["15", "12", "18", "10"], "15"))).toBeNull();
    expect(run(choice("With ____ of 30 stages raced, the race has passed the halfway point.", ["18", "12", "15", "10"], "18"))).toBeNull();
    expect(run(no("With 15 of 36 stages raced, the two leaders are level on time.", "30", "36"))).toBeNull();
  });

  it("computable: the parts of a race or clock time are no counts to add", () => {
    const computable = check("computable");
    const at = (stem: string, key: number): DraftQuestion => ({ ...numeric(`According to the article, what number fills the blank? “${stem}” Answer with a number.`, key), source: { sentence: stem.replace("____", String(key)), start: 0, end: 0 } });
    expect(computable(at("A pack of six riders was still together at ____ kilometres, reached in 2:18:33.", 51))).toBeNull();
    expect(computable(at("The ferry left at 9:41 and covered ____ nautical miles.", 50))).toBeNull();
    // Counts in digits still add up.
    expect(computable(at("Of the 21 riders, 9 finished and the other ____ withdrew.", 12))).not.toBeNull();
  });

  it("computable: a true/false share among three that make up a whole with 'the remaining'", () => {
    const run = check("computable");
    const sentence = "Lakeland Mining owns 60 percent of the pit; Orvo holds 25 percent and a group of banks owns the remaining 15 percent.";
    const at = (statement: string, answerText: string): DraftQuestion => ({ ...tf(statement, false), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(run(at("Lakeland Mining owns 80 percent of the pit; Orvo holds 25 percent and a group of banks owns the remaining 15 percent.", "False — the article gives 60 percent, not 80 percent."))).toMatch(/add up to 100/);
    // Shares that make no whole stay.
    const loose = "Lakeland Mining owns 60 percent of the pit; Orvo holds 25 percent of the other pit and banks own the remaining 5 percent.";
    expect(run({ ...at("Lakeland Mining owns 80 percent of the pit; Orvo holds 25 percent of the other pit and banks own the remaining 5 percent.", "False — the article gives 60 percent, not 80 percent."), source: { sentence: loose, start: 0, end: loose.length } })).toBeNull();
  });

  it("computable: a blank that is the difference of two figures in the stem", () => {
    const run = check("computable");
    expect(run(numeric("What number fills the blank? “The alliance holds 61 seats, ____ more than the 56 needed to govern.”", 5))).toMatch(/difference/);
    expect(run(fill("Fill in the blank: “Sales reached $90 million, ____ million short of the $100 million target.”", ["10"]))).not.toBeNull();
    expect(run(numeric("What number fills the blank? “The alliance holds ____ seats, more than any other group.”", 61))).toBeNull();
    expect(run(numeric("What number fills the blank? “Half said yes, 30 percent said no and 12 percent were unsure. The remaining ____ percent gave no answer.”", 8))).toMatch(/subtraction/);
    expect(run(numeric("What number fills the blank? “The remaining ____ percent gave no answer.”", 8))).toBeNull();
    expect(run(numeric("What number fills the blank? “The alliance holds 61 seats and won ____ more seats in the south.”", 5))).toBeNull();
    // A two-way split: either half is 100 less the other.
    expect(run(numeric("What number fills the blank? “The state will hold 62% of the venture and its partner the remaining ____%.”", 38))).toMatch(/subtraction/);
    expect(run(numeric("What number fills the blank? “The state will hold ____% of the venture and its partner the remaining 38%.”", 62))).toMatch(/100 less/);
    expect(run(numeric("What number fills the blank? “The state will hold ____% of the venture, up from 38% last year.”", 62))).toBeNull();
    expect(run(sc("Which figure completes this statement? “The state will hold ____ of the venture and its partner the remaining 38%.”", ["62 percent", "52 percent", "72 percent"]))).toMatch(/100 less/);
    const split = "The state will hold 62% of the venture and its partner the remaining 38%.";
    const tfSplit = (statement: string): DraftQuestion => ({ ...tf(statement, false), answerText: "False — the article gives 62 percent, not 26 percent.", source: { sentence: split, start: 0, end: split.length } });
    expect(run(tfSplit("The state will hold 26% of the venture and its partner the remaining 38%."))).toMatch(/add up to 100/);
  });

  it("computable: a whole and its parts, or a mark and the gap to it, in digits or words", () => {
    const run = check("computable");
    expect(run(sc("Which figure completes this statement? “Six of the ____ judges backed the appeal, while three dissented.”", ["9", "8", "10"]))).toMatch(/6 \+ 3/);
    expect(run(fill("Fill in the blank: “It was her ____ title, leaving her four short of the club record of 31.”", ["27th", "27"]))).toMatch(/31 − 4/);
    expect(run(numeric("What number fills the blank? “Six of the ____ judges backed the appeal.”", 9))).toBeNull(); // no parts
    expect(run(sc("Which figure completes this statement? “Six of the ____ judges backed the appeal, while three dissented.”", ["11", "8", "10"]))).toBeNull(); // the sum is not the key
    expect(run(numeric("What number fills the blank? “Prices rose ____ percent, while wages rose 3 percent after 5 years.”", 8))).toBeNull(); // a share, not a count
    const said = (statement: string, answer: boolean, gives: string) => {
      const q = tf(statement, answer);
      return { ...q, answerText: answer ? `True — the article gives ${gives}.` : `False — the article gives ${gives}, not x.`, source: { sentence: statement, start: 0, end: statement.length } };
    };
    // The true count sits in a sentence whose other counts add up to it.
    expect(run(said("Of 31 analysts surveyed, 22 expected a hold, while the other nine forecast a hike.", false, "31"))).toMatch(/22 \+ 9/);
    expect(run(said("Of 31 analysts surveyed, 22 expected a hold, while most others forecast a hike.", false, "31"))).toBeNull();
    // "one" as the count of a member who did something else.
    expect(run(said("Seven of the eight judges backed the appeal, while one dissented.", false, "7"))).toMatch(/8 − 1/);
    expect(run(said("The club signed 22 players and sold nine, the most in 31 years.", false, "31"))).toBeNull(); // no parts set against each other
    // Counts of other things (teams, a day of the month) make no sum of the blank's points.
    expect(run(fill("Fill in the blank: “Near the foot, Avon have 18 points, Bure ____ points and Cray 24 points, with two of the three to go down on June 3.”", ["21"]))).toBeNull();
    expect(run(numeric("What number fills the blank? “Avon have 18 points from 30 games, Bure ____ points, with two of the three to go down.”", 21))).toBeNull();
    expect(run(numeric("What number fills the blank? “Avon have 18 points, Bure ____ points and Cray 24 points, with three of the four to go down.”", 21))).toBeNull();
    // … while counts of the same thing, or with no noun, still add up, and so do parts of other nouns.
    expect(run(numeric("What number fills the blank? “The town has a total of 5,210 people, ____ women and 2,590 men.”", 2620))).toMatch(/5210 − 2590/);
    expect(run(numeric("What number fills the blank? “Lund scored ____ goals, three more than Berg, who has 19.”", 22))).toMatch(/3 \+ 19/);
    expect(run(numeric("What number fills the blank? “Avon have 18 points, Bure ____ points, 3 points more, with two of the three to go down.”", 21))).toMatch(/18 \+ 3/);
  });

  it("computable: the tested count said twice, once as the rest of a whole (“Two of the five …; the remaining two”)", () => {
    const run = check("computable");
    const board = "Two of the four are judges named by parliament; the remaining two, including the chair, come from the bar.";
    const changed = (statement: string, gives: string): DraftQuestion => ({ ...tf(statement, false), answerText: `False — the article gives ${gives}.`, source: { sentence: board, start: 0, end: board.length } });
    expect(run(changed("Three of the four are judges named by parliament; the remaining two, including the chair, come from the bar.", "two, not three"))).toMatch(/4 − 2/);
    // The changed count is the whole, not a part the rest gives: nothing to add up.
    const coach = "The coach picked two of the 30 players; two more were left out.";
    const coachTf: DraftQuestion = { ...tf("The coach picked two of the 40 players; two more were left out.", false), answerText: "False — the article gives 30, not 40.", source: { sentence: coach, start: 0, end: coach.length } };
    expect(run(coachTf)).toBeNull();
    // A blank for the first count, with the rest shown.
    expect(run(numeric("What number fills the blank? “____ of the four are judges named by parliament; the remaining two come from the bar.”", 2))).toMatch(/4 − 2/);
    expect(run(numeric("What number fills the blank? “____ judges were named in 2024, up from two in 2020.”", 2))).toBeNull();
  });

  it("computable: n earlier tries beside the (n + 1)th (“after two failed bids, a third”)", () => {
    const run = check("computable");
    const bid = "The town, whose two earlier bids failed, will make a third attempt in 2030.";
    const bidTf: DraftQuestion = { ...tf("The town, whose five earlier bids failed, will make a third attempt in 2030.", false), answerText: "False — the article gives two, not five.", source: { sentence: bid, start: 0, end: bid.length } };
    expect(run(bidTf)).toMatch(/third/);
    expect(run(numeric("What number fills the blank? “After ____ previous attempts, the team won its 4th title.”", 3))).toMatch(/4th/);
    expect(run(numeric("What number fills the blank? “After ____ previous attempts, the team won its first title.”", 3))).toBeNull();
    expect(run(numeric("What number fills the blank? “The town, whose ____ earlier bids failed, came second in 2030.”", 3))).toBeNull();
  });
  it("computable: the ordinal first, then the count already there (“a fourth hall to join the three existing ones”)", () => {
    const run = check("computable");
    expect(run(numeric("What number fills the blank? “The plan adds a fourth hall to join the ____ existing ones under one roof.”", 3))).toMatch(/fourth/);
    expect(run(numeric("What number fills the blank? “A fifth judge will sit beside the other ____ from March.”", 4))).toMatch(/fifth/);
    expect(run(numeric("What number fills the blank? “The plan adds a fourth hall to join the ____ existing ones under one roof.”", 5))).toBeNull();
    expect(run(numeric("What number fills the blank? “A third of the budget goes to the ____ existing halls.”", 2))).toBeNull();
    expect(run(numeric("What number fills the blank? “A fourth hall will open beside the ____ halls.”", 3))).toBeNull();
  });

  it("time_reference: a blank that is the span of a time reference", () => {
    const run = check("time_reference");
    expect(run(numeric("What number fills the blank? “Officials confirmed a second outbreak at a farm in less than ____ weeks.” Answer with a number.", 2))).toMatch(/window/);
    expect(run(numeric("What number fills the blank? “The firm sold 40,000 units in under ____ days.” Answer with a number.", 3))).toMatch(/window/);
    expect(run(numeric("What number fills the blank? “Officials confirmed ____ outbreaks in less than two weeks.” Answer with a number.", 3))).toBeNull();
    expect(run(fill("Fill in the blank: “Sales reached 9,100 units, compared with 8,700 ____ months earlier.”", ["12", "twelve"]))).toMatch(/time reference/);
    expect(run(numeric("What number fills the blank? “The plant closed ____ years ago.”", 3))).not.toBeNull();
    expect(run(numeric("What number fills the blank? “Wind farms met 31 percent of demand, up from 22 percent ____ winters ago.” Answer with a number.", 3))).toMatch(/time reference/);
    expect(run(numeric("What number fills the blank? “The review will take place after ____ years.”", 3))).toBeNull();
    expect(run(numeric("What number fills the blank? “The strike lasted ____ days.”", 9))).toBeNull();
    const sentence = "Sales reached 9,100 units, compared with 8,700 twelve months earlier.";
    const on = (statement: string, answerText: string): DraftQuestion => ({ ...tf(statement, false), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(run(on("Sales reached 9,100 units, compared with 8,700 21 months earlier.", "False — the article gives 12, not 21."))).toMatch(/time reference/);
    expect(run(on("Sales reached 9,100 units, compared with 7,800 twelve months earlier.", "False — the article gives 8,700, not 7,800."))).toBeNull();
  });

  it("headline: a question asked from the headline", () => {
    const run = check("headline");
    const headline = "Port traffic climbs 9% as grain trade returns";
    const q = { ...numeric("What number fills the blank? “Port traffic climbs ____% as grain trade returns.”", 9), source: { sentence: headline, start: 0, end: headline.length } };
    expect(run(q, { ...ctx, headlines: [headline] })).toMatch(/headline/);
    expect(run(q, ctx)).toBeNull();
  });

  it("dateline: a statement that opens with the story's dateline", () => {
    const run = check("dateline");
    expect(run(tf("LIMA, May 3 - Peru's copper output rose 4% in March."))).toMatch(/dateline/);
    expect(run(tf("OSLO, 12 June 2024 — The fund sold its last coal shares."))).not.toBeNull();
    expect(run(tf("Peru's copper output rose 4% in March."))).toBeNull();
    expect(run(tf("In May, Peru's copper output rose 4%."))).toBeNull();
  });

  it("long_stem: one sentence up to 300 characters, a two-sentence passage up to 440", () => {
    const run = check("long_stem");
    const clause = "the harbour board said its tonnage rose again".padEnd(140, " and again");
    expect(run(fill(`Fill in the blank: “${clause} by ____ percent, ${clause}.”`, ["7"]))).not.toBeNull();
    expect(run(fill(`Fill in the blank: “${clause}. It rose by ____ percent, ${clause.slice(0, 100)}.”`, ["7"]))).toBeNull();
    expect(run(fill(`Fill in the blank: “${clause}. It rose by ____ percent, ${clause}, ${clause}.”`, ["7"]))).not.toBeNull();
  });

  it("answer_in_stem: the key or an option readable in the stem", () => {
    const run = check("answer_in_stem");
    expect(run(sc("Did exports rise 7 percent?", ["7 percent", "5 percent", "9 percent"]))).toMatch(/7 percent/);
    expect(run(numeric("Exports rose 7 percent; by how much did they rise?", 7))).not.toBeNull();
    expect(run(fill("Fill in the blank: “Exports ____ 7 percent”", ["rose"]))).toBeNull();
    expect(run(sc("By how much did exports rise?", ["7 percent", "5 percent", "9 percent"]))).toBeNull();
    // The key's number given bare in a bracket or a restatement, without the option's unit word.
    const which = "Which figure completes this statement?";
    expect(run(sc(`${which} “Smokers had ____ the risk of a stroke (hazard ratio 2.4; 95% CI 1.8 to 3.1).”`, ["3.4 times", "2.4 times", "1.4 times"], 1))).toMatch(/2\.4/);
    expect(run(sc(`${which} “The tower is ____ tall, or 320 metres counting its mast.”`, ["300 metres", "320 metres", "280 metres"], 1))).toMatch(/320/);
    // A small whole number met again by chance, or another figure of the stem, is no leak.
    expect(run(sc(`${which} “Prices rose ____ in 2 months.”`, ["3 percent", "2 percent", "4 percent"], 1))).toBeNull();
    expect(run(sc(`${which} “Smokers had ____ the risk of a stroke (hazard ratio 2.4; 95% CI 1.8 to 3.1).”`, ["3.4 times", "2.4 times", "1.4 times"], 0))).toBeNull();
    // A name that spells the blank's count out: the name stays whatever the count.
    const fills = (blanked: string) => `According to the article, what number fills the blank? “${blanked}” Answer with a number.`;
    expect(run(numeric(fills("The audit covered all ____ firms of the Big Four, for the first time since 2019."), 4))).toMatch(/Big Four/);
    expect(run(numeric(fills("Summit leaders from the ____ members of the Group of Seven met in Rome."), 7))).toMatch(/Group of Seven/);
    expect(run(fill("Fill in the blank: “She has climbed ____ of the Seven Summits since 2015.”", ["5"]))).toBeNull();
    expect(run(fill("Fill in the blank: “Climbers must scale the ____ peaks of the Seven Summits.”", ["7"]))).toMatch(/Seven Summits/);
    // A number word opening a sentence is a count, not a name; another count is no leak.
    expect(run(numeric(fills("The jury retired on Monday. Seven jurors voted to convict, and ____ to acquit."), 7))).toBeNull();
    expect(run(numeric(fills("The club won ____ titles, four of them in the Premier League."), 4))).toBeNull();
    // … and a true/false turning on that count, false or true.
    expect(run(no("The audit covered all three firms of the Big Four for the first time.", "four", "three"))).toMatch(/Big Four/);
    expect(run({ ...tf("The audit covered all four firms of the Big Four for the first time."), answerText: "True — the article gives four." })).toMatch(/Big Four/);
    expect(run(no("The audit covered all three firms of the Big Four for the first time in 12 years.", "12", "10"))).toBeNull();
  });

  it("options_equal: options equal by text or by value", () => {
    const run = check("options_equal");
    expect(run(sc("How much?", ["2.0 percent", "2 percent", "3 percent"]))).not.toBeNull();
    expect(run(sc("How much?", ["$1,000", "$1000", "$3,000"]))).not.toBeNull();
    expect(run(sc("How much?", ["$1.2 billion", "$1,200 million", "$3 billion"]))).not.toBeNull();
    expect(run(sc("How much?", ["2 percent", "2 points", "3 percent"]))).toBeNull();
    expect(run(sc("How much?", ["2 percent", "20 percent", "3 percent"]))).toBeNull();
  });

  it("few_options: a choice between only two", () => {
    const run = check("few_options");
    expect(run(sc("Which?", ["Canada", "Mexico"]))).not.toBeNull();
    expect(run(sc("Which?", ["Canada", "Mexico", "Chile"]))).toBeNull();
  });

  it("distractor_true: a wrong option the article says is a member", () => {
    const run = check("distractor_true");
    const text = "The pact has 11 members, including Chile and Peru. Norway became the first new country to join the pact last year.";
    const group: Fact = {
      id: "f1", kind: "membership", sentenceIndex: 0, label: "pact", container: "the pact", members: ["Chile", "Peru"], nonMembers: [],
      source: { sentence: "The pact has 11 members, including Chile and Peru.", start: 0, end: 50 },
    };
    const withGroup: CriticContext = { text, sentences: text.split(/(?<=\.) /), facts: [group] };
    const ms: DraftQuestion = { ...base, type: "multiple_select", prompt: "Which of these are members of the pact, according to the article?", options: ["Chile", "Peru", "Norway", "Brazil"], answer: [0, 1] };
    expect(run(ms, withGroup)).toMatch(/Norway/);
    expect(run({ ...ms, options: ["Chile", "Peru", "Spain", "Brazil"] }, withGroup)).toBeNull();
    expect(run(tf("Norway is a member of the pact.", false), withGroup)).toMatch(/Norway/);
    expect(run(ms, ctx)).toBeNull();
  });

  it("guessable: the key is the consensus of one-word edits, or the only option whose initials fit", () => {
    const run = check("guessable");
    expect(run(sc("Which figure completes this statement? “The zone was widened from half a mile to ____ mile.”", ["1", "2", "3", "4"]))).toMatch(/singular/);
    expect(run(numeric("What number fills the blank? “The zone was widened from half a mile to ____ mile.”", 1))).toMatch(/singular/);
    expect(run(sc("Which figure completes this statement? “The zone was widened to ____ miles.”", ["2", "1", "3", "4"]))).toBeNull();
    expect(run(numeric("What number fills the blank? “The rally lasted ____ day-long stages.”", 1))).toBeNull();
    const edits = ["Federation of Korean Industries", "Forum of Korean Industries", "Federation of Knowledge Industries", "Federation of Korean Investors"];
    expect(run(sc("According to the article, what does FKI stand for?", edits, 0))).toMatch(/most common word/);
    expect(run(sc("According to the article, what does WTA stand for?", ["World Trade Association", "Global Commerce Forum", "Pacific Trade Council"], 0))).toMatch(/initials/);
    expect(run(sc("According to the article, what does FKI stand for?", ["Federation of Korean Industries", "Foundation for Korean Innovation", "Forum of Knowledge Investors", "Fund for Kindred Institutions"], 0))).toBeNull();
    expect(run(sc("Who said it?", ["Kim Gyu-pan", "Kim Yang-hee", "Chey Tae-won", "Roh Moo-hyun"], 0))).toBeNull();
  });

  it("trivia: everyday acronyms", () => {
    const run = check("trivia");
    expect(run(sc("According to the article, what does GDP stand for?", ["Gross domestic product", "a", "b"]))).not.toBeNull();
    expect(run(sc("According to the article, what does KITA stand for?", ["Korea International Trade Association", "a", "b"]))).toBeNull();
    // A passing detail about someone quoted.
    expect(run(numeric("According to the article, what number fills the blank? “\"We were lucky,\" said Ana Ruiz, 41, who was travelling with her ____ sons.” Answer with a number.", 3))).toMatch(/someone quoted/);
    expect(run(numeric("According to the article, what number fills the blank? “\"We were lucky,\" said Ana Ruiz, ____, who was travelling with her sons.” Answer with a number.", 41))).toMatch(/someone quoted/);
    expect(run({ ...tf("“We were lucky,” said Ana Ruiz, 41, who was travelling with her four sons.", false), answerText: "False — the article gives three, not four." })).toMatch(/someone quoted/);
    expect(run(numeric("According to the article, what number fills the blank? “\"We lost ____ homes,\" said Ana Ruiz, 41, a farmer.” Answer with a number.", 3))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “\"We were lucky,\" said Ana Ruiz, who runs ____ shops in town.” Answer with a number.", 3))).toBeNull();
    expect(run(fill("Fill in the blank: “\"Trade is back,\" said Ana Ruiz, who runs a bakery her father opened in ____.”", ["1961"]))).toMatch(/someone quoted/);
    expect(run(numeric("According to the article, what number fills the blank? “Her husband died in 2001. She is survived by a daughter and ____ grandchildren.” Answer with a number.", 5))).toMatch(/family/);
    expect(run({ ...tf("He is survived by his wife and six grandchildren.", false), answerText: "False — the article gives five, not six." })).toMatch(/family/);
    expect(run(numeric("According to the article, what number fills the blank? “Her team rebuilt ____ houses.” Answer with a number.", 5))).toBeNull();
    expect(run(sc("Which figure completes this statement? “\"Prices hold,\" said Ana Ruiz, the gallery's head of ____ and 20th century art.”", ["19th", "17th", "18th"]))).toMatch(/title of someone quoted/);
    expect(run(fill("Fill in the blank with the speaker's name: \"Prices hold,\" said ____, the gallery's head of 19th century art.", ["Ana Ruiz"]))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “\"We were lucky,\" said Ana Ruiz, who flew with her ____ children.” Answer with a number.", 3))).toMatch(/someone quoted/);
    // The age a bystander did something at, or their age told with "aged".
    expect(run(numeric("According to the article, what number fills the blank? “\"We were lucky,\" said Ana Ruiz, who moved to the island at the age of ____.” Answer with a number.", 12))).toMatch(/someone quoted/);
    expect(run(numeric("According to the article, what number fills the blank? “\"We were lucky,\" said Ana Ruiz, aged ____, a farmer.” Answer with a number.", 41))).toMatch(/someone quoted/);
    // … or a relative's.
    expect(run(numeric("According to the article, what number fills the blank? “Reyes's daughter, who moved to Manila at the age of ____, said the funeral would be private.” Answer with a number.", 18))).toMatch(/relative/);
    expect(run({ ...tf("Reyes's daughter, who moved to Manila at the age of 19, said the funeral would be private.", false), answerText: "False — the article gives 18, not 19." })).toMatch(/relative/);
    // The age at which the story's subject died is its news.
    expect(run(numeric("According to the article, what number fills the blank? “The poet Lena Marsh has died at the age of ____, her publisher said.” Answer with a number.", 91))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “\"It works,\" said Dr Ana Ruiz, who led the study of ____ patients.” Answer with a number.", 400))).toBeNull();
  });

  it("stilted: template wording", () => {
    const run = check("stilted");
    expect(run(sc("According to the article, which year is given for the following: first proposed by the administration?", ["1998", "2004", "2001"]))).not.toBeNull();
    expect(run(sc("In which year was the agreement first proposed?", ["1998", "2004", "2001"]))).toBeNull();
  });

  it("garbled: a row of a Markdown table read as a sentence, without its header", () => {
    const run = check("garbled");
    expect(run(tf("| Harwich | 1,240 | 18 | +6% |."))).toMatch(/row of a table/);
    expect(run(numeric("According to the article, what number fills the blank? “| Harwich | 1,240 | ____ | +6% |.” Answer with a number.", 18))).toMatch(/row of a table/);
    expect(run(tf("Harwich handled 1,240 ships, 18 more than in 2023."))).toBeNull();
    expect(run(tf("The ferry runs Harwich–Hook of Holland twice a day."))).toBeNull();
  });

  it("vague_reference: “The party” in a story of several parties, named with a capital “Party”", () => {
    const run = check("vague_reference");
    const story = "The Labour Party and the Centre Party both gained seats. Four parties are now in parliament. The party won 27 of the 101 seats.";
    const election: CriticContext = { text: story, sentences: [story], facts: [] };
    expect(run(tf("The party won 27 of the 101 seats, up from 19."), election)).toMatch(/“the party” is one of several/);
    expect(run(numeric("According to the article, what number fills the blank? “The party's share rose to ____ percent.” Answer with a number.", 31), election)).toMatch(/“the party”/);
    const mines = "The Arne Mine and the Tolv Mine both reopened. The three mines employ 800 people. The mine produced 2 million tonnes.";
    expect(run(tf("The mine produced 2 million tonnes."), { text: mines, sentences: [mines], facts: [] })).toMatch(/“the mine”/);
    // A question in the engine's words on "other …" says no other than what.
    const wh = (prompt: string): DraftQuestion => ({ ...sc(prompt, ["2021", "2022", "2023", "2024"]) });
    expect(run(wh("In which year did other exporters raise their prices?"))).toMatch(/“other exporters”/);
    expect(run({ ...tf("x"), prompt: "True or false? According to the article, other lenders followed in 2019." })).toMatch(/“other lenders”/);
    expect(run(wh("In which year did exporters raise their prices?"))).toBeNull();
    expect(run(wh("In which year did the exporters raise other prices?"))).toBeNull();
    expect(run(tf("Other regions reported 40 cases in 2024."))).toMatch(/“Other regions”/);
    expect(run(tf("Other regions than the north reported 40 cases in 2024."))).toBeNull();
    expect(run(tf("Regions other than the north reported 40 cases in 2024."))).toBeNull();
    // "the party of …" says which; a story of one party has no doubt.
    expect(run(tf("The party of the prime minister won 27 of the 101 seats."), election)).toBeNull();
    const one = "The Pirate Party held its congress in Brno. The party has 1,400 members.";
    expect(run(tf("The party has 1,400 members."), { text: one, sentences: [one], facts: [] })).toBeNull();
  });

  it("fragment: the heading line that introduces a list or a table", () => {
    const run = check("fragment");
    const on = (q: DraftQuestion, sentence: string): DraftQuestion => ({ ...q, source: { sentence, start: 0, end: sentence.length } });
    const heading = "Arrivals by airport in 2024 compared with 2023:";
    expect(run(on(sc("In which year did arrivals by airport compare with 2023?", ["2022", "2024", "2025", "2021"], 1), heading))).toMatch(/heading/);
    expect(run(on(fill("Fill in the blank: “Arrivals by airport in ____ compared with 2023.”", ["2024"]), heading))).toMatch(/heading/);
    // A lead-in with a verb of its own is a claim.
    const claim = "Passenger numbers increased at four of the five airports in 2024:";
    expect(run(on(fill("Fill in the blank: “Passenger numbers increased at four of the five airports in ____.”", ["2024"]), claim))).toBeNull();
    expect(run(on(fill("Fill in the blank: “Arrivals by airport in ____ compared with 2023.”", ["2024"]), "Arrivals by airport in 2024 compared with 2023."))).toBeNull();
  });

  it("needs_context: a count of “more” with no noun, which only the sentence before names", () => {
    const run = check("needs_context");
    expect(run(tf("The new timetable would add 4 more by next spring at a cost of $2 million."))).toMatch(/“4 more”/);
    expect(run(numeric("According to the article, what number fills the blank? “The trust plans to open ____ more in 2028.” Answer with a number.", 3))).toMatch(/“____ more”/);
    expect(run(tf("The county will hire twelve more, the sheriff said."))).toMatch(/“twelve more”/);
    // What they are is named in the statement, or "more" goes with a noun or a comparison.
    expect(run(tf("The depot has 40 electric buses and will buy 6 more by 2028."))).toBeNull();
    expect(run(tf("The trust plans to open 3 more clinics in 2028."))).toBeNull();
    expect(run(tf("The team scored 12 more than last season."))).toBeNull();
  });

  it("needs_context: “that” before a plural opens a clause, it points at nothing", () => {
    const run = check("needs_context");
    expect(run(numeric("According to the article, what number fills the blank? “A council spokesman said ____ families slept in two halls, and that numbers would rise overnight.” Answer with a number.", 90))).toBeNull();
    expect(run(tf("The mayor said 40 buses would be added, and that costs were still being worked out."))).toBeNull();
    expect(run(tf("Sales fell 4 percent in a quarter that marks the weakest since 2019."))).toBeNull();
    // … but "that" or "this" before a singular, and "those" before a plural, still point back.
    expect(run(tf("The council said 90 families would be moved, and that number would rise."))).toMatch(/“that number”/);
    expect(run(tf("The council said 90 families would be moved, and those numbers would rise."))).toMatch(/“those numbers”/);
  });

  it("vague_reference: a forecast whose figure is all it gives, after “on average” or “in a Reuters poll”, or before its source", () => {
    const run = check("vague_reference");
    expect(run(tf("Economists on average had expected 1.8 percent."))).toMatch(/forecast/);
    expect(run(tf("Brokers in a Bloomberg survey had forecast €640 million.", false))).toMatch(/forecast/);
    expect(run(tf("Strategists had predicted 4,200 points, according to a company poll."))).toMatch(/forecast/);
    expect(run(numeric("According to the article, what number fills the blank? “Analysts on balance had pencilled in $____ billion.” Answer in billions of US dollars.", 9))).toMatch(/forecast/);
    // The forecast says what it is of.
    expect(run(tf("Economists on average had expected 1.8 percent growth in the spring quarter."))).toBeNull();
    expect(run(tf("Brokers had forecast sales of €640 million for the year."))).toBeNull();
  });

  it("needs_context: a connective that leans on the sentence before, and “her”/“him” for someone the statement never names", () => {
    const run = check("needs_context");
    expect(run(tf("But 1,300 ferries were more than an hour late, against a target of none."))).toMatch(/“But”/);
    expect(run(tf("The winner therefore takes home $80,000."))).toMatch(/“therefore”/);
    expect(run(tf("Butter prices rose 4 percent in May."))).toBeNull();
    // One person named: an object "her" is someone else.
    expect(run(tf("Norway's Anne Dahl finished 14 seconds behind her after a late sprint."))).toMatch(/“her”/);
    expect(run(tf("Lena Holt beat Norway's Anne Dahl, finishing 14 seconds ahead of her."))).toBeNull();
    expect(run(tf("Lena Holt said her two brothers had run 9 races."))).toBeNull();
    // "such as" gives examples there and then; "such towns" is a kind named before.
    expect(run(tf("Cities may charge up to 3 percent on goods such as fuel, bread and rice."))).toBeNull();
    expect(run(tf("About 4,000 people live in such towns."))).toMatch(/such towns/);
    // A place fronted with "alone" scopes the next sentence of its paragraph.
    const scoped: CriticContext = { ...ctx, sentences: ["In Chad alone, 2.1 million people need food aid.", "Nearly 900,000 children are malnourished."], blocks: [3, 3] };
    expect(run({ ...tf("Nearly 400,000 children are malnourished.", false), source: { sentence: "Nearly 900,000 children are malnourished.", start: 0, end: 41 } }, scoped)).toMatch(/In Chad alone/);
    expect(run({ ...tf("Nearly 400,000 children in Chad are malnourished.", false), source: { sentence: "Nearly 900,000 children in Chad are malnourished.", start: 0, end: 48 } }, { ...scoped, sentences: ["In Chad alone, 2.1 million people need food aid.", "Nearly 900,000 children in Chad are malnourished."] })).toBeNull();
    expect(run({ ...tf("Nearly 400,000 children are malnourished.", false), source: { sentence: "Nearly 900,000 children are malnourished.", start: 0, end: 41 } }, { ...scoped, blocks: [3, 4] })).toBeNull();
    expect(run({ ...numeric("What number fills the blank? “In Chad alone, 2.1 million people need food aid. Nearly ____ children are malnourished.”", 900000), source: { sentence: "Nearly 900,000 children are malnourished.", start: 0, end: 41 } }, scoped)).toBeNull();
    expect(run({ ...numeric("What number fills the blank? “Nearly ____ children are malnourished.”", 900000), source: { sentence: "Nearly 900,000 children are malnourished.", start: 0, end: 41 } }, scoped)).toMatch(/In Chad alone/);
    // A place or a plan only an earlier sentence names.
    expect(run(tf("The airline said it would base two more jets there and hire 80 staff."))).toMatch(/“there”/);
    expect(run(tf("The airline will base two more jets in Leeds and hire 80 staff there."))).toBeNull();
    expect(run(tf("There are 80 staff at the depot."))).toBeNull();
    expect(run(tf("The council has set aside £4 million for the scheme this year."))).toMatch(/the scheme/);
    expect(run(tf("The council launched a new scheme and set aside £4 million for the scheme."))).toBeNull();
    expect(run(tf("The council has set aside £4 million for the scheme of free lunches."))).toBeNull();
    // Kinds of what, only the sentence before says.
    expect(run(numeric("According to the article, what number fills the blank? “More than ____ species have been described.” Answer with a number.", 80))).toMatch(/species/);
    expect(run(tf("About 40 varieties are grown commercially."))).toMatch(/varieties/);
    expect(run(tf("About 40 species of frog have been described."))).toBeNull();
    expect(run(tf("Farmers grow about 40 varieties of apple."))).toBeNull();
  });

  it("needs_context: “she”/“he” after an opening phrase that names only places", () => {
    const run = check("needs_context");
    expect(run(fill("Fill in the blank: “In ____, while teaching at a college in Leeds, West Yorkshire, she designed a cheaper water filter.”", ["1974"]))).toMatch(/“she”/);
    expect(run(tf("After two years at a clinic in Accra, he opened 12 village surgeries."))).toMatch(/“he”/);
    expect(run(tf("Working at the observatory near Tucson, she found 40 new comets."))).toMatch(/“she”/);
    // A person named before the pronoun, even beside a place, stays.
    expect(run(tf("In 1974, while Ada Mills was teaching in Leeds, she designed a cheaper water filter."))).toBeNull();
    expect(run(tf("At a college in Leeds, Ada Mills said she had designed 3 filters."))).toBeNull();
    expect(run(tf("In Mills's lab in Leeds, she designed 3 filters."))).toBeNull();
  });

  it("needs_context: a table written as a line (“Spain: 12 percent; Italy: ____ percent”) never says what it measures", () => {
    const run = check("needs_context");
    const blank = (statement: string) => numeric(`According to the article, what number fills the blank? “${statement}” Give the figure as a percentage.`, 9);
    expect(run(blank("In the latest survey, Peru: 14 percent; Chile: ____ percent; Bolivia: 6 percent."))).toMatch(/Peru: …/);
    expect(run(blank("Oslo: ____ percent; Bergen: 7.5 percent."))).toMatch(/Oslo: …/);
    expect(run(tf("By region, North Island: 4.2 percent; South Island: 3.1 percent."))).toMatch(/North Island: …/);
    expect(run(tf("East Riding: 7.2%."))).toMatch(/East Riding: …/);
    expect(run(tf("East Riding had a rate of 7.2%."))).toBeNull();
    // A line with its own verb says what it measures; one "Name: figure" is a label, not a table.
    expect(run(blank("Jobless rates were highest in these towns: Leeds: ____ percent; Hull: 9 percent."))).toBeNull();
    expect(run(blank("Turnout in Peru was ____ percent, against 14 percent in Chile."))).toBeNull();
    expect(run(tf("Score at half-time: 2-1 to the visitors."))).toBeNull();
  });

  it("pronoun_stem: a pronoun after an opening word with no comma (“Together they …”)", () => {
    const run = check("pronoun_stem");
    expect(run(tf("Together they carried out 4,100 repairs in their first year."))).toMatch(/“they”/);
    expect(run(tf("Together the two depots carried out 4,100 repairs in their first year."))).toBeNull();
    // A time word first: "Today it is …" still never says what "it" is.
    expect(run(tf("Today it is one of 14 ferry lines run by the city."))).toMatch(/“it”/);
    expect(run(tf("Yesterday they signed 3 new contracts."))).toMatch(/“they”/);
    expect(run(tf("Today the line is one of 14 ferry lines run by the city."))).toBeNull();
    expect(run(tf("Today itineraries cover 14 ports."))).toBeNull();
  });

  it("vague_reference: one of several things the article counts, or a superlative with its noun left out", () => {
    const run = check("vague_reference");
    const text = "The group runs four bottling plants in the north, including the Tarn and Vik plants. It will spend $200 million on the largest. The plant will raise output by 30 percent.";
    const withText: CriticContext = { text, sentences: [text], facts: [] };
    expect(run(tf("The plant will raise output by 30 percent."), withText)).toMatch(/“the plant”/);
    expect(run(tf("Spending will lift the plant's output by 30 percent."), withText)).toMatch(/“the plant”/);
    // One of its kind in the article: "the plant" is the article's own.
    const one: CriticContext = { text: "The group will build a bottling plant. The plant will raise output by 30 percent.", sentences: [], facts: [] };
    expect(run(tf("The plant will raise output by 30 percent."), one)).toBeNull();
    // Counted but never told apart by name: "the bank" of a story is not one of "11 banks" it counts.
    const unnamed: CriticContext = { text: "The central bank cut its rate. The country has 11 banks. The bank cut its rate by 0.5 points.", sentences: [], facts: [] };
    expect(run(tf("The bank cut its rate by 0.5 points."), unnamed)).toBeNull();
    // A sentence's capitalised opening word is no name: "Whole lakes" and "Several lakes" tell no lake apart.
    const opening: CriticContext = { text: "Divers checked 300 lakes across the park. Whole lakes had dried up. Several lakes were full. The lake holds 40 fish species.", sentences: [], facts: [] };
    expect(run(tf("The lake holds 40 fish species."), opening)).toBeNull();
    const openingName: CriticContext = { text: "Divers checked 300 lakes across the park. Tarn lake had dried up. The lake holds 40 fish species.", sentences: [], facts: [] };
    expect(run(tf("The lake holds 40 fish species."), openingName)).toMatch(/“the lake”/);
    // Named, or all of them: no doubt which.
    expect(run(tf("The plants will raise output by 30 percent."), withText)).toBeNull();
    expect(run(tf("The plant at Tarn will raise output by 30 percent."), withText)).toBeNull();
    expect(run(tf("The biggest, Port Arne, handled 2.1 million tonnes."))).toMatch(/“The biggest”/);
    expect(run(tf("The biggest port, Port Arne, handled 2.1 million tonnes."))).toBeNull();
  });

  it("needs_context: a share that never says of what, and tickets that never say for what", () => {
    const run = check("needs_context");
    expect(run(tf("Burst pipes made up another 31 percent."))).toMatch(/made up another 31 percent/);
    expect(run(tf("Wind turbines accounted for about 44% last winter."))).toMatch(/accounted for about 44%/);
    expect(run(numeric("According to the article, what number fills the blank? “Burst pipes made up ____ percent.” Give the figure as a percentage.", 31))).toMatch(/made up/);
    expect(run(tf("Tickets go on sale on March 3."))).toMatch(/Tickets/);
    expect(run(tf("Applications close on Friday."))).toMatch(/Applications/);
    // The whole, or the event, is named.
    expect(run(tf("Burst pipes made up another 31 percent of the claims."))).toBeNull();
    // "Coal plants supplied 35 percent and wind 22 percent.": of what, only the sentence before says.
    expect(run(tf("Coal plants supplied 35 percent and wind 22 percent."))).toMatch(/supplied 35 percent/);
    expect(run(tf("Coal plants supplied 35 percent of the power used on the day."))).toBeNull();
    expect(run(tf("Of last year's claims, burst pipes made up 31 percent."))).toBeNull();
    expect(run(tf("Wind turbines accounted for about 44% of the grid's power last winter."))).toBeNull();
    expect(run(tf("Tickets for the final go on sale on March 3."))).toBeNull();
    expect(run(tf("Tickets go on sale on March 3 at the Marlow box office."))).toBeNull();
    expect(run(tf("Construction is due to start in 2029, with the first trains expected in 2033."))).toMatch(/Construction/);
    expect(run(tf("Work began in 2019 and finished two years late."))).toMatch(/Work/);
    expect(run(tf("Construction of the Harwick bypass is due to start in 2029."))).toBeNull();
    expect(run(tf("Work on the new stand began in 2019."))).toBeNull();
    expect(run(tf("About 60 boats fished the area, the association said."))).toMatch(/the area/);
    expect(run(tf("About 60 boats fished the waters off Whitby, the association said."))).toBeNull();
    expect(run(tf("About 60 boats fished the area around Whitby Bank."))).toBeNull();
  });

  it("needs_context: a first person outside any quotation (an interview's answer, a column)", () => {
    const run = check("needs_context");
    expect(run(numeric("According to the article, what number fills the blank? “A: Not much. We had ____ tables and two waiters.” Answer with a number.", 12))).toMatch(/“We”/);
    expect(run(tf("When we opened the second shop, in 2020, sales doubled."))).toMatch(/“we”/);
    expect(run(tf("Last winter I rented a flat in Porto for 900 euros a month."))).toMatch(/“I”/);
    expect(run(numeric("According to the article, what number fills the blank? “Every crate, every week. Last year our depot sent back ____ crates.” Answer with a number.", 90))).toMatch(/“our”/);
    // Inside a quotation, or a quotation begun in the sentence before that names its speaker.
    expect(run(tf("“We had 12 tables,” the owner, Ada Kerr, said."))).toBeNull();
    expect(run(tf("We are saying the first hour matters,” said the lead author, Ravi Mehta."))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? The mayor said: “Since we opened the bridge, ferry trips are down ____%.” Give the figure as a percentage.", 40))).toBeNull();
    // "US" is a country; "I" in a name is a numeral.
    expect(run(tf("US exports to Chile rose 8 percent in 2024."))).toBeNull();
    expect(run(tf("The bridge was built before World War I by 300 workers."))).toBeNull();
  });

  it("needs_context: “its” after a person's surname, for a thing only the sentence before names", () => {
    const run = check("needs_context");
    const about = (text: string): CriticContext => ({ text, sentences: [], facts: [] });
    const article = "Maren Holt designed the Vessel tower. Holt spent four years on its design.";
    expect(run(tf("Holt spent four years on its design."), about(article))).toMatch(/“its”/);
    expect(run(tf("She spent four years on its design."), about(article))).toMatch(/“She”|“its”/);
    // A company's name, or a thing named before "its", can own it.
    expect(run(tf("Holt spent four years on the tower and its lobby."), about(article))).toBeNull();
    expect(run(tf("Brandvik raised its prices by 4 percent."), about("Brandvik, the ferry firm, said so. Brandvik raised its prices by 4 percent."))).toBeNull();
    expect(run(tf("Brandvik raised its prices by 4 percent."), about("Olav Brandvik & Sons, the ferry firm, said so. Brandvik raised its prices."))).toBeNull();
  });

  it("trivia: the age of someone quoted, told as an apposition", () => {
    const run = check("trivia");
    // Written for the test.
    expect(run({ ...tf("Omar Haddad, a 52-year-old baker who queued for the first bus, said his trip now took ten minutes.", false), answerText: "False — the article gives 47, not 52." })).toMatch(/someone quoted/);
    expect(run({ ...tf("Omar Haddad, a 47-year-old baker who queued for the first bus, said his trip now took ten minutes.", true), answerText: "True — the article gives 47." })).toMatch(/someone quoted/);
    expect(run(numeric("According to the article, what number fills the blank? “\"It is faster,\" said Omar Haddad, a ____-year-old baker.” Answer with a number.", 47))).toMatch(/someone quoted/);
    expect(run(sc("Which figure completes this statement? “Omar Haddad, a ____-year-old baker, told reporters the bus was full.”", ["47", "52", "39"]))).toMatch(/someone quoted/);
    // The figure the statement turns on is what they said, not their age.
    expect(run({ ...tf("Omar Haddad, a 47-year-old baker who queued for the first bus, said his trip now took 12 minutes.", false), answerText: "False — the article gives ten, not 12." })).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “Omar Haddad, a 47-year-old baker, said his trip now took ____ minutes.” Answer with a number.", 10))).toBeNull();
    // An age in the story itself, no one quoted.
    expect(run(numeric("According to the article, what number fills the blank? “The law lets a ____-year-old driver carry passengers.” Answer with a number.", 17))).toBeNull();
  });

  it("trivia: a price or count in a childhood anecdote about a relative", () => {
    const run = check("trivia");
    expect(run(numeric("According to the article, what number fills the blank? “Okoye started drawing at six, when her grandmother gave her a box of ____ pencils.” Answer with a number.", 24))).toMatch(/childhood/);
    expect(run(no("Okoye started drawing at six, when her grandmother gave her a box of 36 pencils.", "24", "36"))).toMatch(/family/);
    // A figure of the story itself, outside the anecdote.
    expect(run(numeric("According to the article, what number fills the blank? “Okoye has sold ____ paintings since her grandmother gave her a box of pencils.” Answer with a number.", 200))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “When her father died in 2010, Okoye took over the firm's ____ shops.” Answer with a number.", 12))).toBeNull();
  });

  it("impossible_option: a range whose two ends would be one figure", () => {
    const run = check("impossible_option");
    expect(run(choice("Hills could see gusts of 60mph to ____ mph overnight.", ["90", "60", "75", "85"], "75"))).toMatch(/“60”/);
    expect(run(choice("Between 30mm and ____ mm of rain is expected on the moors.", ["45", "30", "60", "90"], "60"))).toMatch(/“30”/);
    expect(run(choice("Hills could see gusts of 60mph to ____ mph overnight.", ["90", "65", "75", "85"], "75"))).toBeNull();
    // Two counts joined by "and" that are no range may be equal.
    expect(run(choice("The club sold 40 shirts and ____ scarves on Saturday.", ["40", "30", "50", "20"], "30"))).toBeNull();
  });

  it("needs_context: “ones” for a noun only the sentence before gives", () => {
    const run = check("needs_context");
    expect(run(tf("Norway has 14 active ones."))).toMatch(/14 active ones/);
    expect(run(numeric("According to the article, what number fills the blank? “The city now runs ____ electric ones.” Answer with a number.", 40))).toMatch(/ones/);
    expect(run(tf("The council replaced the old buses with new ones in 2024."))).toBeNull();
    expect(run(tf("The plan adds a fourth hall to link the three existing ones."))).toBeNull();
    expect(run(tf("Tickets sold out in a day; the three existing ones were resold."))).toMatch(/ones/);
    expect(run(tf("About 300 families lost loved ones in the flood."))).toBeNull();
    expect(run(tf("Only the ones who finished received medals."))).toBeNull();
  });

  it("needs_context: an expected change that never says of what", () => {
    const run = check("needs_context");
    expect(run(numeric("According to the article, what number fills the blank? “Brokers at Kestrel Capital had expected a fall of about ____ percent.” Give the figure as a percentage.", 3))).toMatch(/expected a fall/);
    expect(run(tf("Economists polled by the bank had forecast a 0.4% rise."))).toMatch(/forecast a rise/);
    expect(run(tf("Most traders predicted a 25 basis-point cut, the survey showed."))).toMatch(/predicted a cut/);
    // The change says what it is of, or the statement's subject does.
    expect(run(tf("Brokers at Kestrel Capital had expected a fall of about 3 percent in ticket sales."))).toBeNull();
    expect(run(tf("Economists had forecast a 0.4% rise in retail sales."))).toBeNull();
    expect(run(tf("Economists had expected sales to rise 0.4 percent."))).toBeNull();
    expect(run(tf("Ticket sales fell 3 percent, a smaller fall than the 5 percent brokers had expected."))).toBeNull();
  });

  it("needs_context: parties “between them”, a deed “did so” and “the disease” the statement never names", () => {
    const run = check("needs_context");
    expect(run(tf("Trade in fish between them reached 3 billion euros in 2025."))).toMatch(/between them/);
    expect(run(numeric("According to the article, what number fills the blank? “Freight among them rose ____ percent last year.” Give the figure as a percentage.", 4))).toMatch(/among them/);
    expect(run(tf("The two ports handled 9 million tonnes between them."))).toBeNull();
    expect(run(tf("Chile and Peru sold 40,000 cars between them."))).toBeNull();
    expect(run(tf("About 9,000 fans watched, among them 2,000 from abroad."))).toBeNull();
    expect(run(tf("Nine schools did so in 2024, up from four."))).toMatch(/did so/);
    expect(run(tf("The ministry raised fees in May and did so again in June."))).toBeNull();
    expect(run(tf("About 300 people a year die of the disease in the province."))).toMatch(/the disease/);
    expect(run(tf("About 300 people a year die of the disease known as river blindness."))).toBeNull();
    expect(run(tf("About 300 people a year die of malaria in the province."))).toBeNull();
    // The statement names the illness itself before "the virus" points back to it.
    expect(run(tf("A cholera outbreak in the port city reached 80 cases before the disease was contained."))).toBeNull();
    expect(run(tf("Polio cases fell to 12 as the virus lost ground."))).toBeNull();
    expect(run(tf("Flights rose 9 percent before the virus reached the island."))).toMatch(/the virus/);
  });

  it("pronoun_stem: a share “of them”, and “their” in a stem that asks which of the options", () => {
    const run = check("pronoun_stem");
    expect(run(numeric("According to the article, what number fills the blank? “Only ____ per cent of them passed the test.” Give the figure as a percentage.", 12))).toMatch(/of “them”|“them”/);
    expect(run(tf("Just 12 per cent of them passed the test."))).toMatch(/“them”/);
    expect(run(tf("Only 12 per cent of the 400 pupils passed the test."))).toBeNull();
    expect(run(sc("According to the article, which of these would hurt their fishermen? Select all that apply.", ["cheap salmon", "steel", "tea"]))).toMatch(/“their”/);
    expect(run(sc("According to the article, which of these did Norway name as its main exports?", ["salmon", "steel", "tea"]))).toBeNull();
    expect(run(sc("According to the article, which of these would hurt dairy farmers?", ["cheap milk", "steel", "tea"]))).toBeNull();
    // "one" standing for a noun the question never names.
    expect(run(numeric("According to the article, what percentage of farms now have one? Give the figure as a percentage.", 60))).toMatch(/“have one”/);
    expect(run(numeric("According to the article, how many drivers bought one? Answer with a number.", 300))).toMatch(/“bought one”/);
    expect(run(numeric("According to the article, what percentage of farms now have a licence? Give the figure as a percentage.", 60))).toBeNull();
    expect(run(numeric("According to the article, how many drivers bought one car each? Answer with a number.", 300))).toBeNull();
  });

  it("pronoun_stem: a share “of them” right after a count of the plural it stands for", () => {
    const run = check("pronoun_stem");
    // Written for the test.
    expect(run(numeric("According to the article, what number fills the blank? “The new tram line has 14 stops, ____ of them in the old town.” Answer with a number.", 5))).toBeNull();
    expect(run(tf("The new tram line has fourteen stops, five of them in the old town."))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The bank runs 40 branches, about ____ of those abroad.” Answer with a number.", 9))).toBeNull();
    // Nothing counted before the comma: "them" is still an earlier sentence's.
    expect(run(numeric("According to the article, what number fills the blank? “On Monday, ____ of them reopened.” Answer with a number.", 5))).toMatch(/“them”/);
    expect(run(numeric("According to the article, what number fills the blank? “In the old town, ____ of them were closed.” Answer with a number.", 5))).toMatch(/“them”/);
  });

  it("vague_reference: “the city” in the subject of an article about several cities", () => {
    const run = check("vague_reference");
    const several = { ...ctx, text: "Rome and Milan were the two cities with the worst smog. Schools in the city were shut for a week." };
    const one = { ...ctx, text: "Milan had the worst smog in March. Schools in the city were shut for a week." };
    expect(run(tf("Schools in the city were shut for 2 weeks."), several)).toMatch(/The city/);
    expect(run(tf("Schools in the city were shut for 2 weeks."), one)).toBeNull();
    expect(run(tf("Schools in the city of Milan were shut for 2 weeks."), several)).toBeNull();
  });

  it("needs_context: “own one”, “both parties” and an object “it” the statement never names", () => {
    const run = check("needs_context");
    expect(run(tf("A trade survey estimates that 30 percent of renters now own one, up from 12 percent in 2020."))).toMatch(/“one”/);
    expect(run(tf("About 40 percent of drivers bought one last year."))).toMatch(/“one”/);
    expect(run(tf("One in five drivers owns an electric bike."))).toBeNull();
    expect(run(tf("Only one of the 12 ferries runs at night."))).toBeNull();
    // A pair the statement never names.
    expect(run(tf("The mayor said she would meet both unions on Monday, but ruled out a pay rise above 4 percent."))).toMatch(/both unions/);
    expect(run(tf("Talks between Harbour Line and Ferrycorp stalled, and both firms cut 20 jobs."))).toBeNull();
    expect(run(tf("The two ports cut fees, and both ports lost 5 percent of their traffic."))).toBeNull();
    expect(run(tf("Both of the bridges reopened in 2021."))).toBeNull();
    // "it" for an object, with nothing before it that it could stand for.
    expect(run(tf("Councillors Ivo Petrov and Lena Holt, who wanted lower fares, voted against it with three other members."))).toMatch(/“it”/);
    expect(run(tf("The board approved the ferry plan, and eight members voted for it."))).toBeNull();
    expect(run(tf("Nine members backed the budget and two voted against it."))).toBeNull();
    // … or an object of a verb ("failed it", "won it") with nothing before it to stand for.
    expect(run(tf("Nearly one in four pupils failed it, although fewer than last year."))).toMatch(/“it”/);
    expect(run(tf("The club has won it 14 times since 1950."))).toMatch(/“it”/);
    // … or of "above", "below" ("were above it": a limit only the sentence before gives).
    expect(run(tf("Before the closures, 31 of the 90 stations were above it; by the end, 12 were."))).toMatch(/“it”/);
    expect(run(tf("Officials set a safe limit of 25 units, and 31 of the 90 stations were above it."))).toBeNull();
    expect(run(tf("A quarter of the pupils sat the chemistry paper and 9 percent failed it."))).toBeNull();
    // … after any common verb that takes it as its object ("visit it", "run it").
    expect(run(fill("Fill in the blank: “About ____ people visit it on a typical summer day.”", ["9,000"]))).toMatch(/“it”/);
    expect(run(tf("A private firm will run it from 2028 under a 20-year lease."))).toMatch(/“it”/);
    expect(run(tf("The city bought the old ferry in 2019 and will sell it for 2 million euros."))).toBeNull();
    expect(run(tf("About 310,000 people paid it, while residents were exempt."))).toMatch(/“it”/);
    expect(run(tf("The city set a 5 euro fee, and 310,000 people paid it."))).toBeNull();
    // "that means …": a consequence of what only the sentence before says.
    expect(run(tf("For a flat worth €300,000, that means an extra €90 a year."))).toMatch(/that means/);
    expect(run(tf("That works out at 40 euros a month for a family of four."))).toMatch(/That works out/);
    expect(run(tf("The council says the new rate means an extra €90 a year for a typical flat."))).toBeNull();
    expect(run(tf("With 4.1 million people, that is about eight visits per person."))).toMatch(/that is/);
    expect(run(tf("The fee, that is, the charge per visit, rose to 8 euros."))).toBeNull();
    // "them" closing the statement after a preposition.
    expect(run(fill("Fill in the blank: “Towns spend about ____ euros per resident a year on them.”", ["60"]))).toMatch(/“them”/);
    expect(run(tf("Towns spend about 60 euros per resident a year on libraries, and readers love them."))).toBeNull();
    expect(run(tf("The agency named sleeper trains among 10 pilot projects in 2022, though it set aside no money for them."))).toBeNull();
    // "such zones": a kind an earlier sentence described.
    expect(run(tf("The ministry says about 60 per cent of tenants live in such zones."))).toMatch(/such zones/);
    expect(run(tf("The ban covers such items as straws and 40 other products."))).toBeNull();
    expect(run(tf("Rents rose so fast in such towns that 30 per cent of tenants moved."))).toBeNull();
    // "that group": a part of a whole an earlier sentence set out.
    expect(run(tf("The Labour list won 27 percent in that group."))).toMatch(/that group/);
  });

  it("count_in_stem and counted_list: a count followed by the places it counts (“two depots, at Kelso and the old mill”)", () => {
    const blank = check("count_in_stem");
    // A part of a named whole, then its names.
    expect(blank(numeric("According to the article, what number fills the blank? “The probe will map ____ of Saturn's largest moons, Titan, Rhea and Iapetus, from 2036.” Answer with a number.", 3))).toMatch(/3 items/);
    expect(blank(numeric("According to the article, what number fills the blank? “The probe will map ____ of the planet's moons, Titan, Rhea and Iapetus among them.” Answer with a number.", 12))).toBeNull();
    expect(blank(numeric("According to the article, what number fills the blank? “The probe will map ____ of Saturn's largest moons, scientists said.” Answer with a number.", 3))).toBeNull();
    expect(blank(numeric("According to the article, what number fills the blank? “____ depots have opened, at Kelso Station and the old mill, which can hold 400 buses.” Answer with a number.", 2))).toMatch(/2 places/);
    expect(blank(numeric("According to the article, what number fills the blank? “____ depots have opened, at Kelso Station and the old mill, which can hold 400 buses.” Answer with a number.", 3))).toBeNull();
    expect(blank(numeric("According to the article, what number fills the blank? “____ people were hurt, at least two of them badly, police said.” Answer with a number.", 9))).toBeNull();
    const list = check("counted_list");
    const on = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    const s1 = "Two depots have opened, at Kelso Station and the old mill, which can hold 400 buses.";
    expect(list(on(s1, "True — the article gives 2."))).toMatch(/2 places/);
    // A count named by the items after it, one of them opening with "the".
    const s2 = "The recall covers three kettles, the KB-10, KB-12 and KB-20, sold since May.";
    expect(list(on(s2, "True — the article gives 3."))).toMatch(/3 items/);
    const s3 = "Two depots have opened since March, and more will follow.";
    expect(list(on(s3, "True — the article gives 2."))).toBeNull();
  });

  it("count_in_stem and counted_list: the places a count lists end where “, and” opens a new clause (“two depots, in Kelso and Corran, and cut …”)", () => {
    const blank = check("count_in_stem");
    const cloze = (stem: string, n: number) => numeric(`According to the article, what number fills the blank? “${stem}” Answer with a number.`, n);
    expect(blank(cloze("The merger will leave the bus firm with ____ depots, in Kelso and Corran, and cut its fleet to about 400 buses.", 2))).toMatch(/2 places/);
    expect(blank(cloze("The merger will leave the bus firm with ____ depots, in Kelso and Corran, and cut its fleet to about 400 buses.", 3))).toBeNull();
    // "and the …", "and a …" still open an item of the list.
    expect(blank(cloze("____ depots have opened, at Kelso Station, Corran and the old mill, which can hold 400 buses.", 3))).toMatch(/3 places/);
    // A clause whose list is no list of names stays unflagged.
    expect(blank(cloze("The firm will keep ____ depots, in the north, and cut its fleet to 400 buses.", 2))).toBeNull();
    const list = check("counted_list");
    const on = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(list(on("The merger will leave the bus firm with two depots, in Kelso and Corran, and cut its fleet to about 400 buses.", "True — the article gives two."))).toMatch(/2 places/);
    expect(list(on("The merger will leave the bus firm with two depots, in the north, and cut its fleet to about 400 buses.", "True — the article gives two."))).toBeNull();
  });

  it("count_in_stem and counted_list: names after a placing phrase or a colon, each with a description (“____ clubs in the league, the Rovers and the Wanderers, …”)", () => {
    const blank = check("count_in_stem");
    expect(blank(numeric("According to the article, what number fills the blank? “____ clubs in the northern league, the Rovers and the Wanderers, asked for a delay.” Answer with a number.", 2))).toMatch(/2 items/);
    expect(blank(numeric("According to the article, what number fills the blank? “____ clubs in the northern league, the Rovers and the Wanderers, asked for a delay.” Answer with a number.", 3))).toBeNull();
    expect(blank(numeric("According to the article, what number fills the blank? “____ clubs in the northern league, led by the Rovers, asked for a delay.” Answer with a number.", 2))).toBeNull();
    expect(blank(numeric("According to the article, what number fills the blank? “____ books were shortlisted for the prize: “Tidewater”, a novel set in Cork, and “Ash Year”, a memoir by a retired nurse.” Answer with a number.", 2))).toMatch(/2 items/);
    expect(blank(numeric("According to the article, what number fills the blank? “____ books were shortlisted for the prize: “Tidewater”, a novel set in Cork, and “Ash Year”, a memoir by a retired nurse.” Answer with a number.", 3))).toBeNull();
    expect(blank(numeric("According to the article, what number fills the blank? “____ books were shortlisted for the prize: novels, memoirs and poetry.” Answer with a number.", 2))).toBeNull();
    const list = check("counted_list");
    const on = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(list(on("Two clubs in the northern league, the Rovers and the Wanderers, asked for a delay.", "True — the article gives 2."))).toMatch(/2 items/);
    expect(list(on("Two books were shortlisted for the prize: “Tidewater”, a novel set in Cork, and “Ash Year”, a memoir by a retired nurse.", "True — the article gives 2."))).toMatch(/2 items/);
    expect(list(on("Two books were shortlisted for the prize: “Tidewater”, a novel set in Cork, and “Ash Year”, a memoir by a retired nurse.", "False — the article gives 2, not 3."))).toMatch(/2 items/);
    expect(list(on("Two clubs in the northern league asked for a delay, the Rovers said.", "True — the article gives 2."))).toBeNull();
  });

  it("impossible_option: a whole owned by a name (“38 of the assembly's 21 seats”)", () => {
    const run = check("impossible_option");
    expect(run(tf("The Farmers' Party won 38 of the assembly's 21 seats, down from 40.", false))).toMatch(/38 of the assembly's 21/);
    expect(run(tf("The Farmers' Party won 18 of the assembly's 21 seats, down from 20.", false))).toBeNull();
  });

  it("computable: a range whose centre or half-width the stem also shows", () => {
    const run = check("computable");
    expect(run(numeric("According to the article, what number fills the blank? “The goal is ____ percent, give or take 1 point, so anything between 2 and 4 percent counts as on target.” Give the figure as a percentage.", 3))).toMatch(/range 2 to 4/);
    expect(run(numeric("According to the article, what number fills the blank? “The goal is 3 percent, give or take ____ point, so anything between 2 and 4 percent counts as on target.” Answer with a number.", 1))).toMatch(/range 2 to 4/);
    // Without the other of the two, the range alone does not give the centre.
    expect(run(numeric("According to the article, what number fills the blank? “The goal is ____ percent, and anything between 2 and 4 percent counts as on target.” Give the figure as a percentage.", 3))).toBeNull();
  });

  it("computable: a share and the two counts that make it (“38 of 40 penalties, 95 percent”)", () => {
    const run = check("computable");
    expect(run(sc("Which figure completes this statement? “The keeper saved 12 of ____ penalties this season, a save rate of 75 percent.”", ["16", "14", "18", "20"]))).toMatch(/12 \/ 16 ≈ 75 percent/);
    expect(run({ ...numeric("What number fills the blank? “The keeper saved 12 of 16 penalties this season, a save rate of ____ percent.” Give the figure as a percentage.", 75), answerText: "75 percent" })).toMatch(/12 \/ 16/);
    expect(run(numeric("What number fills the blank? “The keeper saved ____ of 16 penalties this season, a save rate of 75 percent.”", 12))).not.toBeNull();
    // A count with its scale in words ("7.2 million") makes the share just the same.
    expect(run(sc("Which figure completes this statement? “Turnout was 62.5 percent, with 4,500,000 of the roughly ____ registered voters taking part.”", ["7.2 million", "8.2 million", "6.2 million"]))).toMatch(/4500000 \/ 7200000/);
    expect(run(sc("Which figure completes this statement? “Turnout was 52.5 percent, with 4,500,000 of the roughly ____ registered voters taking part.”", ["7.2 million", "8.2 million", "6.2 million"]))).toBeNull();
    expect(run({ ...numeric("What number fills the blank? “Turnout was 62.5 percent, with 4,500,000 of the roughly ____ million registered voters taking part.” Answer in millions.", 7200000), answerText: "7.2 million" })).toMatch(/4500000 \/ 7200000/);
    // The share is matched as closely as it is written: 12 of 17 is 70.6 percent, not 75.
    expect(run(numeric("What number fills the blank? “The keeper saved 12 of ____ penalties this season, a save rate of 75 percent.”", 17))).toBeNull();
    // A share of something else, with counts that happen not to make it.
    expect(run({ ...numeric("What number fills the blank? “The 14 branches served 9,000 readers, and visits rose ____ percent.” Give the figure as a percentage.", 18), answerText: "18 percent" })).toBeNull();
    const said = (statement: string, gives: string): DraftQuestion => ({ ...tf(statement, false), answerText: `False — the article gives ${gives}, not x.`, source: { sentence: "The keeper saved 12 of 16 penalties this season, a save rate of 75 percent.", start: 0, end: 76 } });
    expect(run(said("The keeper saved 12 of 16 penalties this season, a save rate of 85 percent.", "75 percent"))).toMatch(/12 \/ 16/);
    expect(run({ ...said("The keeper saved 12 of 16 penalties this season.", "12"), source: { sentence: "The keeper saved 12 of 16 penalties this season.", start: 0, end: 48 } })).toBeNull();
  });

  it("computable: the rest of a span the stem names whole (“a three-year deal … this year and the following ____ years”)", () => {
    const run = check("computable");
    expect(run(sc("Which figure completes this statement? “The three-year deal pays 4 percent this year and the rest over the following ____ years.”", ["2", "3", "4"]))).toMatch(/1 \+ 2 = 3 years/);
    expect(run(numeric("What number fills the blank? “Under the ten-year plan, four years of building will be followed by the remaining ____ years of testing.”", 6))).toMatch(/4 \+ 6 = 10 years/);
    // The final days of a longer span are not the rest of it.
    expect(run(numeric("What number fills the blank? “The minister joined the final ____ days of the ten-day talks.”", 2))).toBeNull();
    expect(run(numeric("What number fills the blank? “The three-year deal pays 4 percent now and more over the following ____ years.”", 2))).toBeNull();
  });

  it("round_threshold: a whole percentage in a quotation that rounds a precise one the article reports", () => {
    const run = check("round_threshold");
    const text = "Inflation slowed to 4.2% in March, the statistics office said. \"A 4% rate is still too high for savers,\" said Mia Holt, an economist at Norda Bank. Wages rose 6% in the year.";
    const quote = "\"A 4% rate is still too high for savers,\" said Mia Holt, an economist at Norda Bank.";
    const on = (q: DraftQuestion, sentence: string): DraftQuestion => ({ ...q, source: { sentence, start: 0, end: sentence.length } });
    const context: CriticContext = { text, sentences: [text], facts: [] };
    const blanked = fill(`Fill in the blank: “"A ____% rate is still too high for savers," said Mia Holt, an economist at Norda Bank.”`, ["4 percent", "4", "4%"]);
    expect(run(on(blanked, quote), context)).toMatch(/4\.2/);
    // In the article's own words a whole percentage is its own figure, and one no precise figure rounds is read.
    const wages = "Wages rose 6% in the year.";
    expect(run(on(fill("Fill in the blank: “Wages rose ____% in the year.”", ["6 percent", "6"]), wages), { ...context, text: text.replace("Wages rose 6%", "Wages rose 4%") })).toBeNull();
    expect(run(on(blanked, quote), { ...context, text: text.replace("4.2%", "5.2%") })).toBeNull();
  });

  it("round_threshold: a blank that is a round threshold just past a figure the stem shows", () => {
    const run = check("round_threshold");
    const pct = (prompt: string, value: number): DraftQuestion => ({ ...fill(prompt, [String(value)]), answerText: `${value} percent` });
    expect(run(pct("Fill in the blank: “Harlow had the lowest turnout at 59.6 percent, the only district below ____ percent.”", 60))).toMatch(/59.6/);
    expect(run(numeric("What number fills the blank? “Ticket sales reached 9,870, just short of ____ for the first time.”", 10000))).not.toBeNull();
    // Not a round number, or not near a figure the stem shows, or not a threshold.
    expect(run(pct("Fill in the blank: “Harlow had the lowest turnout at 59.6 percent, the only district below ____ percent.”", 62))).toBeNull();
    expect(run(pct("Fill in the blank: “Harlow had the lowest turnout at 51.2 percent, the only district below ____ percent.”", 60))).toBeNull();
    expect(run(pct("Fill in the blank: “Turnout rose to ____ percent from 59.6 percent.”", 60))).toBeNull();
  });

  it("share_in_words: a percentage beside a fraction in words that puts it within a few points", () => {
    const run = check("share_in_words");
    const pct = (prompt: string, value: number): DraftQuestion => ({ ...numeric(prompt, value), answerText: `${value} percent` });
    expect(run(pct("What number fills the blank? “Almost three-quarters of the voters, ____ percent, backed the plan.” Give the figure as a percentage.", 72))).toMatch(/three-quarters/);
    expect(run(sc("Which figure completes this statement? “About one in five drivers, or ____, was over the limit.”", ["21 percent", "35 percent", "9 percent"]))).toMatch(/one in five/);
    expect(run(pct("What number fills the blank? “More than half of the members, ____ percent, voted to strike.”", 54))).not.toBeNull();
    expect(run(pct("What number fills the blank? “Nearly nine in ten of those polled, ____ percent, said yes.”", 88))).toMatch(/nine in ten/);
    expect(run(pct("What number fills the blank? “Seven out of 10 shoppers, or ____ percent, paid by card.”", 71))).toMatch(/Seven out of 10/);
    expect(run(pct("What number fills the blank? “Nine in ten firms hired, and ____ percent raised pay.”", 31))).toBeNull();
    // A fraction of something else, far from the blank or far from the key.
    expect(run(pct("What number fills the blank? “About a third of the crowd came by train, and ticket sales rose ____ percent.”", 18))).toBeNull();
    expect(run(pct("What number fills the blank? “The team won a third straight title. Attendance rose ____ percent.”", 33))).toBeNull();
    expect(run(pct("What number fills the blank? “Players rested at half-time as the lead grew ____ percent.”", 48))).toBeNull();
    const said = (statement: string, answer: boolean, right: string, wrong?: string): DraftQuestion => ({ ...tf(statement, answer), answerText: answer ? `True — the article gives ${right}.` : `False — the article gives ${right}, not ${wrong}.` });
    expect(run(said("Nearly two-thirds of the staff, 24 percent, took the offer.", false, "63 percent", "24 percent"))).toMatch(/two-thirds/);
    expect(run(said("Nearly two-thirds of the staff, 63 percent, took the offer.", true, "63 percent"))).not.toBeNull();
    expect(run(said("Nearly two-thirds of the staff took the offer, and 24 percent left.", false, "31 percent", "24 percent"))).toBeNull();
    // "one in ____" beside the share it makes.
    expect(run(numeric("What number fills the blank? “About one in ____ buses ran late, and the late rate fell to 24 percent from 30 percent.”", 4))).toMatch(/24 percent/);
    expect(run(numeric("What number fills the blank? “About one in ____ buses ran late, and fares rose 9 percent.”", 4))).toBeNull();
    // The ten of "nine in ____" is the idiom's, not the article's.
    expect(run(numeric("What number fills the blank? “Almost eight in ____ voters backed the plan.”", 10))).toMatch(/ten by habit/);
    expect(run(numeric("What number fills the blank? “Almost ____ in ten voters backed the plan.”", 8))).toBeNull();
    expect(run(numeric("What number fills the blank? “Seven of the ____ judges backed the plan.”", 10))).toBeNull();
    expect(run(numeric("What number fills the blank? “Seven out of ____ judges backed the plan.”", 10))).not.toBeNull();
  });

  it("computable: a figure the stem says follows from two others (“therefore”)", () => {
    const run = check("computable");
    expect(run({ ...numeric("According to the article, what number fills the blank? “Each winner gets $20,000, with a bonus of $5,000 for a record. Lena Holt therefore takes home $____.” Answer in US dollars.", 25000), answerText: "$25,000" })).toMatch(/20000 \+ 5000 = 25000/);
    expect(run({ ...numeric("According to the article, what number fills the blank? “Each winner gets $20,000, with a bonus of $5,000 for a record. Lena Holt takes home $____.” Answer in US dollars.", 25000), answerText: "$25,000" })).toBeNull();
  });

  it("time_reference: the span an ordinal is counted over (“the third strike in ____ months”)", () => {
    const run = check("time_reference");
    expect(run(numeric("According to the article, what number fills the blank? “It was the third strike at the port in ____ months.” Answer with a number.", 6))).toMatch(/ordinal/);
    expect(run(numeric("According to the article, what number fills the blank? “The port handled ____ ships in six months.” Answer with a number.", 300))).toBeNull();
    const said = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(run(said("The bank cut its rate for the second time in four months.", "True — the article gives 4."))).toMatch(/ordinal/);
    expect(run(said("The bank cut its rate by 4 points for the second time this year.", "True — the article gives 4."))).toBeNull();
  });

  it("bound_true: a comparative bound (“heavier than”), impossible_option: more days than a week has, time_reference: a schedule", () => {
    const bound = check("bound_true");
    const f = (statement: string, answerText: string): DraftQuestion => ({ ...tf(statement, false), answerText });
    expect(bound(f("Lorries heavier than 40 tonnes may not cross the bridge.", "False — the article gives 30, not 40."))).not.toBeNull();
    expect(bound(f("Lorries lighter than 2 tonnes may use the lane.", "False — the article gives 3, not 2."))).not.toBeNull();
    const impossible = check("impossible_option");
    expect(impossible(tf("Most of the pools are open nine days a week.", false))).toMatch(/nine days a week/);
    expect(impossible(tf("The help line is staffed 26 hours a day.", false))).toMatch(/26 hours a day/);
    expect(impossible(tf("Most of the pools are open six days a week.", false))).toBeNull();
    const time = check("time_reference");
    const said = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(time(said("Most of the pools are open five days a week.", "True — the article gives 5."))).toMatch(/schedule/);
    expect(time(numeric("According to the article, what number fills the blank? “Most of the pools are open ____ days a week.” Answer with a number.", 5))).toMatch(/schedule/);
    expect(time(said("Most of the 40 pools are open five days a week.", "True — the article gives 40."))).toBeNull();
  });

  it("needs_context: “in the same region”, a place only an earlier sentence names", () => {
    const ctxRun = check("needs_context");
    expect(ctxRun(tf("In 2011, floods in the same province displaced 40,000 people."))).toMatch(/the same province/);
    expect(ctxRun(tf("A storm struck the same coast 3 years ago, killing 9 people."))).toMatch(/the same coast/);
    // "as …" says which; a time that is "the same" is another check's.
    expect(ctxRun(tf("In 2011, floods hit the same province as this week's storm, displacing 40,000 people."))).toBeNull();
    expect(ctxRun(tf("Sales rose 4 percent in the same city of Lyon in 2020."))).toBeNull();
  });

  it("needs_context: “over the same period”; vague_reference: a bare share for a subject", () => {
    const ctxRun = check("needs_context");
    expect(ctxRun(tf("About 90 ferries were scrapped over the same period, leaving 400 in service."))).toMatch(/the same period/);
    expect(ctxRun(tf("About 90 ferries were scrapped between 2019 and 2024, leaving 400 in service."))).toBeNull();
    expect(ctxRun(tf("Output grew 4 percent in the third quarter, against 3 percent in the same period in 2021."))).toBeNull();
    const vague = check("vague_reference");
    expect(vague(tf("Only 4 percent said they would sell their boats.", false))).toMatch(/“4”/);
    expect(vague(tf("Only 4 percent of skippers said they would sell their boats.", false))).toBeNull();
  });

  it("needs_context: “Of the total”, “of it”; time_reference: the span a change is counted over", () => {
    const ctxRun = check("needs_context");
    expect(ctxRun(tf("Of the total, $12 million will go to the harbour fund."))).toMatch(/the total/);
    expect(ctxRun(tf("Of the total of $40 million, $12 million will go to the harbour fund."))).toBeNull();
    expect(ctxRun(tf("The city owns 60 percent of it."))).toMatch(/“it”/);
    expect(ctxRun(tf("The city bought the old ferry terminal and owns 60 percent of it."))).toBeNull();
    // A name's possessive says which thing as "the" would ("Chile's driving test … passed it").
    expect(ctxRun(tf("About 58 percent of learners who took Chile's new driving test passed it at the first try."))).toBeNull();
    expect(ctxRun(tf("About 58 percent of learners passed it at the first try."))).toMatch(/“it”/);
    // Quoted with the sentence before, the total must be there.
    const lead1 = "The judge also ordered the firm to pay for water filters in 900 homes.";
    const lead2 = "The judge ordered the firm to pay $40 million.";
    const stem = "Of the total, $12 million will go to the harbour fund.";
    const widened = (lead: string): CriticContext => ({ text: `${lead} ${stem}`, sentences: [lead, stem], facts: [] });
    const q = (lead: string): DraftQuestion => ({ ...numeric(`According to the article, what number fills the blank? “${lead} ${stem.replace("12", "____")}” Answer in millions of US dollars.`, 12), answerText: "$12 million", source: { sentence: stem, start: 0, end: stem.length } });
    expect(ctxRun(q(lead1), widened(lead1))).toMatch(/the total/);
    expect(ctxRun(q(lead2), widened(lead2))).toBeNull();
    const time = check("time_reference");
    const said = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(time(said("The otter population has roughly doubled in ten years, to about 400.", "True — the article gives 10."))).toMatch(/span a change/);
    expect(time(said("The otter population has roughly doubled in ten years, to about 400.", "True — the article gives 400."))).toBeNull();
    expect(time(numeric("According to the article, what number fills the blank? “The otter population has roughly doubled in ____ years, to about 400.” Answer with a number.", 10))).toMatch(/span a change/);
  });

  it("true/false explanations in the article's own wording (“six”, “58 pounds”, “14 per cent”) still reach every check that reads the figure", () => {
    const on = (sentence: string, statement: string, answerText: string, answer: boolean): DraftQuestion =>
      ({ ...tf(statement, answer), answerText, source: { sentence, start: 0, end: sentence.length } });
    // counted_list: "three" as the count, in the article's word.
    const s1 = "The Greens and three independents, Tom Reyes, Ida Walsh and Ben Okafor, opposed the bill.";
    expect(check("counted_list")(on(s1, s1, "True — the article gives three.", true))).toMatch(/3 items/);
    expect(check("counted_list")(on(s1, s1.replace("three", "five"), "False — the article gives three, not five.", false))).toMatch(/3 items/);
    // time_reference: "eighteen months earlier".
    const s2 = "Bookings reached 4,200 seats, against 3,100 eighteen months earlier.";
    expect(check("time_reference")(on(s2, s2.replace("eighteen", "twelve"), "False — the article gives eighteen, not twelve.", false))).toMatch(/time reference/);
    expect(check("time_reference")(on(s2, s2.replace("3,100", "2,900"), "False — the article gives 3,100, not 2,900.", false))).toBeNull();
    // computable: a count in words that its parts add up to, and a share written "per cent".
    const s3 = "Of eleven councillors present, eight voted for the budget and the other three against.";
    expect(check("computable")(on(s3, s3.replace("eleven", "twelve"), "False — the article gives eleven, not twelve.", false))).toMatch(/8 \+ 3/);
    const s4 = "The trust will own 70 per cent of the mill and the town the remaining 30 per cent.";
    expect(check("computable")(on(s4, s4.replace("70 per cent", "60 per cent"), "False — the article gives 70 per cent, not 60 per cent.", false))).toMatch(/add up to 100/);
    // bound_true: a bound in words, and money in currency words.
    const bound = check("bound_true");
    expect(bound(on("x", "More than four ferries were taken out of service.", "False — the article gives seven, not four.", false))).toMatch(/true as well/);
    expect(bound(on("x", "Each ticket costs at least 40 pounds.", "False — the article gives 58 pounds, not 40 pounds.", false))).toMatch(/true as well/);
    expect(bound(on("x", "Each ticket costs 40 pounds.", "False — the article gives 58 pounds, not 40 pounds.", false))).toBeNull();
    // implausible_change: currency words on both sides.
    const change = check("implausible_change");
    expect(change(on("x", "The fare climbed to 95 pounds, up from 12 pounds.", "False — the article gives 15 pounds, not 95 pounds.", false))).toMatch(/95 pounds against/);
    expect(change(on("x", "The fare climbed to 18 pounds, up from 12 pounds.", "False — the article gives 15 pounds, not 18 pounds.", false))).toBeNull();
  });

  it("computable and impossible_option: grouped thousands compare by value, and a whole that three parts make", () => {
    const on = (sentence: string, statement: string, answerText: string): DraftQuestion =>
      ({ ...tf(statement, false), answerText, source: { sentence, start: 0, end: sentence.length } });
    const s = "Of the 14,650 ballots counted, 9,020 backed the new school, 5,480 opposed it and 150 were blank.";
    const swapped = s.replace("14,650", "4,650");
    expect(check("computable")(on(s, swapped, "False — the article gives 14,650, not 4,650."))).toMatch(/9020 \+ 5480 \+ 150 = 14650/);
    expect(check("impossible_option")(on(s, swapped, "False — the article gives 14,650, not 4,650."))).toMatch(/4,650 ballots counted, 9,020/);
    // Parts that do not make the whole, and a whole still larger than each part, are left alone.
    const t = "Of the 14,650 ballots counted, 9,020 backed the new school and 5,480 opposed it.";
    expect(check("computable")(on(t, t.replace("14,650", "15,650"), "False — the article gives 14,650, not 15,650."))).toBeNull();
    expect(check("impossible_option")(on(t, t.replace("14,650", "15,650"), "False — the article gives 14,650, not 15,650."))).toBeNull();
  });
  it("computable: three parts of a blanked whole count what it counts", () => {
    const run = check("computable");
    expect(run(numeric("What number fills the blank? “Of the ____ ballots counted, 9,020 were yes votes, 5,480 were no votes and 150 were blank.”", 14650))).toMatch(/9020 \+ 5480 \+ 150/);
    // "two for 97" and "19 overs" add up to 118 but count no wickets.
    expect(run(numeric("What number fills the blank? “The spinner, who has taken ____ wickets in 30 tests, bowled for figures of two for 97, while the seamer went wicketless in 19 overs.”", 118))).toBeNull();
  });

  it("hypothetical_figure: a figure of a case a speaker makes up, not of the story", () => {
    const run = check("hypothetical_figure");
    const on = (sentence: string, answerText: string): DraftQuestion => ({ ...tf(sentence), answerText, source: { sentence, start: 0, end: sentence.length } });
    expect(run(numeric("What number fills the blank? “\"For a bakery selling ____ loaves a day, the new flour tax is a week's profit,\" said the guild's chairman.”", 400))).toMatch(/hypothetical/);
    expect(run(numeric("What number fills the blank? “If you drive ____ miles a week, the new charge adds about £20 a month.”", 150))).toMatch(/hypothetical/);
    const s1 = "\"Take a nurse who works four night shifts a week: she loses £90,\" the union said.";
    expect(run(on(s1, "True — the article gives four."))).toMatch(/Take a nurse who works four night shifts a week/);
    // The figure after the made-up case, and spans or tallies after "for a", are the story's own.
    expect(run(numeric("What number fills the blank? “For an average household, energy bills will rise by £____ a year.”", 120))).toBeNull();
    expect(run(numeric("What number fills the blank? “The bridge was closed for a total of ____ days last year.”", 40))).toBeNull();
    expect(run(numeric("What number fills the blank? “The firm made ____ deliveries a day, for a client in Leeds.”", 40))).toBeNull();
    // A person picked by an age in the present ("a teacher who is 35 today") is anyone of that age.
    expect(run(numeric("What number fills the blank? “\"Under these rules, a teacher who is ____ today will retire at 70,\" the union's leader said.”", 35))).toMatch(/teacher who is ____ today/);
    const s2 = "Anyone who is 50 now will pay into the fund for longer, the treasurer warned.";
    expect(run(on(s2, "True — the article gives 50."))).toMatch(/hypothetical/);
    // A named or particular person's age, or an age then, is the story's.
    expect(run(numeric("What number fills the blank? “The driver, who is ____, was taken to hospital in Leeds.”", 41))).toBeNull();
    expect(run(numeric("What number fills the blank? “A man who is ____ was arrested at the scene on Friday.”", 41))).toBeNull();
  });

  it("time_reference: the bound of a second waiting-time band (“more than ____ years” after “more than a year”)", () => {
    const run = check("time_reference");
    expect(run(fill("Fill in the blank: “Some 3,100 pupils had waited more than a year for an assessment, and 250 of them more than ____ years.”", ["two", "2"]))).toMatch(/band/);
    expect(run(numeric("What number fills the blank? “No pupil should wait longer than ____ weeks for an assessment.”", 18))).toBeNull();
    expect(run(numeric("What number fills the blank? “Some 3,100 pupils had waited more than ____ weeks for an assessment.”", 18))).toBeNull();
  });

  it("explainedFigures: the figures of a true/false explanation, as written and in one spelling", () => {
    expect(explainedFigures("True — the article gives six.")).toEqual({ right: "six", rightCanon: "6" });
    expect(explainedFigures("False — the article gives 58 pounds, not 60 pounds.")).toMatchObject({ rightCanon: "£58", wrongCanon: "£60" });
    expect(explainedFigures("False — the article gives 1.2 billion euros, not 2.5 billion euros.")).toMatchObject({ rightCanon: "€1.2 billion", wrongCanon: "€2.5 billion" });
    expect(explainedFigures("True — the article gives 14%.")?.rightCanon).toBe("14 percent");
    expect(explainedFigures("True — the article gives 31 204 118.")?.rightCanon).toBe("31,204,118");
    expect(explainedFigures("True — the article gives 2 parts.")?.rightCanon).toBe("2 parts");
    expect(explainedFigures("True")).toBeNull();
  });

  it("implausible_change: a false figure that makes a change several times over", () => {
    const run = check("implausible_change");
    const f = (statement: string, answerText: string): DraftQuestion => ({ ...tf(statement, false), answerText });
    expect(run(f("Spending on parks climbs to $310 million, up from $22 million.", "False — the article gives $25 million, not $310 million."))).toMatch(/\$310 million against \$22 million/);
    expect(run(f("Fares rose from $2.10 to $14.50 in March.", "False — the article gives $2.60, not $14.50."))).not.toBeNull();
    expect(run(f("Spending on parks climbs to $31 million, up from $22 million.", "False — the article gives $25 million, not $31 million."))).toBeNull();
    // The article's own change is as large: the false figure does not stand out.
    expect(run(f("Sales climbed to 900 units, up from 100.", "False — the article gives 700, not 900."))).toBeNull();
    // "to X from Y": the false figure after "from".
    expect(run(f("The dropout rate fell to 12 percent from 71.5 percent.", "False — the article gives 15 percent, not 71.5 percent."))).toMatch(/71.5 percent against 12 percent/);
    expect(run(f("The dropout rate fell to 12 percent from 17 percent.", "False — the article gives 15 percent, not 17 percent."))).toBeNull();
  });

  it("needs_context: a lifted statement that leans on the sentence before anywhere in it, not only at its head", () => {
    const run = check("needs_context");
    // A person the statement never names.
    expect(run(tf("Investigators said he hid the money in three offshore accounts."))).toMatch(/“he”/);
    expect(run(tf("The tribunal also ruled that her two flats in Porto be sold."))).toMatch(/“her”/);
    expect(run(numeric("According to the article, what number fills the blank? “Auditors said she approved ____ payments without a second signature.” Answer with a number.", 40))).toMatch(/“she”/);
    // … named before the pronoun, by name, by a surname alone or by role, it stands.
    expect(run(tf("Keller's lawyer said his client had repaid 2 million francs."))).toBeNull();
    expect(run(tf("Ostrowski said he would appeal within 14 days."))).toBeNull();
    expect(run(tf("The harbour master, Ana Ruiz, said she had closed 3 berths."))).toBeNull();
    expect(run(tf("The ferry's captain said he had turned back after 40 minutes."))).toBeNull();
    // … and a pronoun inside a quotation is its speaker's.
    expect(run(tf("\"He owes us 30 years of savings,\" said Tomas Brandt, a retired docker."))).toBeNull();
    // A measure or a change named by its kind alone, as the subject of the claim.
    expect(run(tf("Among women over 60 the share fell to 12 per cent."))).toMatch(/“the share”/);
    expect(run(tf("Traders said the gap would close by March, when two new mills open."))).toMatch(/“the gap”/);
    expect(run(tf("Across the region the drop was steepest in the north, at 9 per cent."))).toMatch(/“the drop”/);
    expect(run(tf("The share of women over 60 fell to 12 per cent."))).toBeNull();
    expect(run(tf("The rise in rents was steepest in the north, at 9 per cent."))).toBeNull();
    expect(run(tf("Despite the rise, only four mills ran at full capacity."))).toBeNull();
    expect(run(tf("The three mills accounted for 40 per cent of the total."))).toBeNull();
    // A pointing word standing alone for what was said before, or with its noun past the head.
    expect(run(tf("About 70 per cent of that will be paid by the port authority."))).toMatch(/“that”/);
    expect(run(tf("Officials hope to reach that target with 5 new ferries."))).toMatch(/“that target”/);
    expect(run(tf("Only 2 percent of cafes received those ratings."))).toMatch(/“those ratings”/);
    expect(run(tf("Only 2 percent of cafes received ratings below 3."))).toBeNull();
    expect(run(tf("About 70 per cent of the cost will be paid by the port authority."))).toBeNull();
    expect(run(tf("Officials said that 5 new ferries would be built this year."))).toBeNull();
    // A quotation widened to the sentence before has what it leans on.
    const lead = "The new terminal will cost 90 million euros.";
    const said = "About 70 per cent of that will be paid by the port authority.";
    const widened: CriticContext = { text: `${lead} ${said}`, sentences: [lead, said], facts: [] };
    const q = (statement: string) => ({ ...numeric(`According to the article, what number fills the blank? “${statement}” Give the figure as a percentage.`, 70), source: { sentence: said, start: lead.length + 1, end: lead.length + 1 + said.length } });
    expect(run(q("About ____ per cent of that will be paid by the port authority."), widened)).toMatch(/“that”/);
    expect(run(q(`${lead} About ____ per cent of that will be paid by the port authority.`), widened)).toBeNull();
  });

  it("stock_options: wrong answers from the stock list of reasons or aims, written for no article", () => {
    const run = check("stock_options");
    // The key echoes the article's words elsewhere ("lamp", "spring"); no stock option can.
    const story = "The lighthouse trust aims to restore the lamp room by spring. The lamp room has been shut since a storm last spring.";
    const article: CriticContext = { text: story, sentences: [story], facts: [] };
    const aim = "According to the article, which words complete this sentence? “The lighthouse trust aims to ____.”";
    const on = (q: DraftQuestion) => ({ ...q, source: { sentence: "The lighthouse trust aims to restore the lamp room by spring.", start: 0, end: 62 } });
    expect(run(on(sc(aim, ["restore the lamp room by spring", "train more teachers", "stabilise food prices", "build new rail links"])), article)).toMatch(/“spring”/);
    // A key whose words the article uses nowhere else is not told apart by its topic.
    const other: CriticContext = { text: "The lighthouse trust aims to restore the lamp room by spring. Visitors rose by 4,000 last year.", sentences: [], facts: [] };
    expect(run(on(sc(aim, ["restore the lamp room by spring", "train more teachers", "stabilise food prices", "build new rail links"])), other)).toBeNull();
    // A possessive key word ("keepers'") is the article's word all the same.
    const keepers: CriticContext = { text: "The lighthouse trust aims to meet the keepers' union. Keepers walked out in May over lamp repairs.", sentences: [], facts: [] };
    const meet = { ...sc(aim, ["meet the keepers' union over repairs", "train more teachers", "stabilise food prices", "build new rail links"]), source: { sentence: "The lighthouse trust aims to meet the keepers' union.", start: 0, end: 53 } };
    expect(run(meet, keepers)).toMatch(/“keepers”/);
    // Paired stock reasons for a compound reason count too.
    const ferry = "The ferry service was cut due to storm damage and falling passenger numbers. Passenger numbers fell by a third after the storm.";
    const why = { ...sc("According to the article, which words complete this sentence? “The ferry service was cut due to ____.”", ["storm damage and falling passenger numbers", "severe flooding and a strike by port workers", "a border dispute and high energy costs", "a corruption scandal and a change of government"]), source: { sentence: "The ferry service was cut due to storm damage and falling passenger numbers.", start: 0, end: 77 } };
    expect(run(why, { text: ferry, sentences: [], facts: [] })).toMatch(/3 of the wrong answers/);
    // Wrong answers of the article's own kind are left to the other checks.
    expect(run(on(sc(aim, ["restore the lamp room by spring", "repaint the tower", "rebuild the jetty", "open a museum"])), article)).toBeNull();
    expect(run(sc("Which figure completes this statement? “The trust raised ____.”", ["€2 million", "€3 million", "€4 million"]))).toBeNull();
  });

  it("computable: a share or an amount that is part of a sum the sentence spells out", () => {
    const run = check("computable");
    const said = "Fares will rise by 1.5 per cent in March and by a further 2 per cent in September, a total of 3.5 per cent this year.";
    const on = (q: DraftQuestion): DraftQuestion => ({ ...q, source: { sentence: said, start: 0, end: said.length } });
    expect(run(on(sc("According to the article, which figure completes this statement? “Fares will rise by 1.5 per cent in March and by a further ____ in September, a total of 3.5 per cent this year.”", ["2 percent", "2.5 percent", "3 percent"])))).toMatch(/1\.5 \+ 2 = 3\.5/);
    expect(run(on({ ...fill("Fill in the blank: “Fares will rise by 1.5 per cent in March and by a further 2 per cent in September, a total of ____ per cent this year.”", ["3.5", "3.5 percent"]), answerText: "3.5 percent" }))).toMatch(/sum/);
    // A true or a false statement on such a sentence is checked by adding up as well.
    expect(run(on({ ...tf("Fares will rise by 1.5 per cent in March and by a further 2 per cent in September, a total of 3.5 per cent this year."), answerText: "True — the article gives 1.5 percent." }))).toMatch(/adds up/);
    expect(run(on({ ...tf("Fares will rise by 1.5 per cent in March and by a further 4 per cent in September, a total of 3.5 per cent this year.", false), answerText: "False — the article gives 2 percent, not 4 percent." }))).toMatch(/adds up/);
    // Figures that do not add up, or no words that add them, leave it to reading.
    const apart = "Fares rose 1.5 per cent in March, while wages grew 2 per cent and rents 3.5 per cent.";
    expect(run({ ...fill(`Fill in the blank: “${apart.replace("3.5", "____")}”`, ["3.5", "3.5 percent"]), answerText: "3.5 percent" })).toBeNull();
    expect(run({ ...fill("Fill in the blank: “Fares will rise by 1.5 per cent in March and by a further 2 per cent in September, a total of ____ per cent over two years.”", ["4.1", "4.1 percent"]), answerText: "4.1 percent" })).toBeNull();
  });

  it("headless_subject: a possessive subject whose noun was dropped", () => {
    const run = check("headless_subject");
    expect(run(sc("According to the article, by what percentage did Nordport's fall?", ["2 percent", "3 percent", "4 percent"]))).toMatch(/“Nordport's”/);
    expect(run(numeric("According to the article, how many tonnes did the harbour's reach in May? Answer with a number.", 400))).toMatch(/“harbour's”/);
    expect(run(sc("According to the article, by what percentage did Nordport's shares fall?", ["2 percent", "3 percent", "4 percent"]))).toBeNull();
    expect(run(numeric("According to the article, how many ferries did the harbour's owners sell? Answer with a number.", 4))).toBeNull();
    // A possessive inside a quoted statement is the article's own wording.
    expect(run(fill("Fill in the blank: “Nordport's fall was ____ per cent.”", ["3"]))).toBeNull();
  });

  it("long_stem and garbled", () => {
    expect(check("long_stem")(sc(`Which ${"word ".repeat(70)}?`, ["a", "b", "c"]))).not.toBeNull();
    expect(check("long_stem")(sc("Which word?", ["a", "b", "c"]))).toBeNull();
    const garbled = check("garbled");
    expect(garbled(tf("Exports (in dollars rose 7 percent."))).toMatch(/bracket/);
    expect(garbled(tf("Exports rose rose 7 percent."))).toMatch(/doubled/);
    expect(garbled(tf("Exports rose 7 percent,."))).toMatch(/punctuation/);
    expect(garbled(tf("Exports (in dollars) rose 7 percent."))).toBeNull();
    // A blank between two words is not a doubled word.
    expect(garbled(fill("Fill in the blank: “cut from 41% to 32% compared to ____ to 31%”", ["44%"]))).toBeNull();
  });
});

describe("critic checks, round 16a", () => {
  it("pronoun_stem: a pronoun subject after an opening phrase of place or circumstance (“Under the covers we …”)", () => {
    const run = check("pronoun_stem");
    expect(run(tf("Under the new nets we catch about 40 percent fewer birds than before."))).toMatch(/“we”/);
    expect(run(tf("Behind the old mill they found 12 graves."))).toMatch(/“they”/);
    expect(run(tf("Without the grant it would close within two years."))).toMatch(/“it”/);
    expect(run(tf("Under the new nets fishermen catch about 40 percent fewer birds than before."))).toBeNull();
    expect(run(tf("Without the grant the museum would close within two years."))).toBeNull();
  });

  it("fragment: a table row, or a list line of a label and its figures, with no verb", () => {
    const run = check("fragment");
    const row = (statement: string, sentence: string): DraftQuestion => ({ ...tf(statement), source: { sentence, start: 0, end: sentence.length } });
    const table = "| Patients seen within a week | 64% | 38% |";
    expect(run(row(`${table}.`, table))).toMatch(/table/);
    const spec = "Screen size: 6.1 inches";
    expect(run(row("Screen size: 6.1 inches.", spec))).toMatch(/line of a list/);
    const card = "Kent 301-7 (50 overs): Mills 96, Grant 44; Shah 3-52";
    expect(run(row(`${card}.`, card))).toMatch(/line of a list/);
    const lot = "Signed shirt from the 1998 final: £41,000";
    expect(run({ ...numeric("According to the article, what number fills the blank? “Signed shirt from the 1998 final: £____.” Answer in pounds sterling.", 41000), source: { sentence: lot, start: 0, end: lot.length } })).toMatch(/line of a list/);
    // A colon that introduces a clause with its own verb is a sentence.
    const clause = "The reason was simple: 40 drivers had quit since March.";
    expect(run(row(clause, clause))).toBeNull();
    const label = "Update: the ferry sailed at 9.40 with 212 passengers.";
    expect(run(row(label, label))).toBeNull();
    // A clock time's colon is no label's.
    const clock = "Buses will leave every ____ minutes between 06:30 and 08:00, up from every 15 minutes.";
    expect(run(numeric(`According to the article, what number fills the blank? “${clock}” Answer with a number.`, 10))).toBeNull();
  });

  it("computable: a count of days the stem's two days of the week fix", () => {
    const run = check("computable");
    const q = (statement: string, value: number) => numeric(`According to the article, what number fills the blank? “${statement}” Answer with a number.`, value);
    expect(run(q("With ____ days to go before voting opens on Thursday, the parties were still canvassing on Sunday.", 4))).toMatch(/Sunday and Thursday/);
    expect(run(q("The strike began on Tuesday and ended ____ days later, on Friday.", 3))).toMatch(/calendar/);
    expect(run(q("The strike began on Tuesday and ended ____ days later, on Friday of the next week.", 10))).toBeNull();
    expect(run(q("Shops will close for ____ days from Monday.", 3))).toBeNull();
    // … and a true/false statement on such a count, true or false.
    const said = (statement: string, sentence: string, answerText: string): DraftQuestion => ({ ...tf(statement), answerText, source: { sentence, start: 0, end: sentence.length } });
    const polls = "With four days to go before voting opens on Thursday, the parties were still canvassing on Sunday.";
    expect(run(said(polls, polls, "True — the article gives four."))).toMatch(/calendar/);
    expect(run(said(polls.replace("four", "five"), polls, "False — the article gives four, not five."))).toMatch(/calendar/);
    const week = "With four days to go before voting opens, the parties were still canvassing on Sunday.";
    expect(run(said(week, week, "True — the article gives four."))).toBeNull();
  });

  it("vague_reference: “The previous …”, “the latter …”; and the engine's own “the system”", () => {
    const run = check("vague_reference");
    expect(run(tf("The previous holder paid £40,000 for the house in 2011."))).toMatch(/previous holder/);
    expect(run(tf("The latter option would cost 12 million euros."))).toMatch(/latter option/);
    expect(run(tf("The previous year brought 14 storms to the coast."))).toBeNull();
    // ("of" and what it belongs to say which.)
    expect(run(tf("The previous owner of the Stone mill sold it for £90,000 in 1998."))).toBeNull();
    expect(run(sc("In which year did the system begin?", ["1994", "2004", "1999"]))).toMatch(/The system/);
    expect(run(sc("In which year did the warning system begin?", ["1994", "2004", "1999"]))).toBeNull();
  });

  it("trivia: a player's shirt number", () => {
    const run = check("trivia");
    expect(run(numeric("According to the article, what number fills the blank? “The striker will wear the number ____ shirt at his new club.” Answer with a number.", 11))).toMatch(/shirt number/);
    expect(run(numeric("According to the article, what number fills the blank? “She has been given squad number ____.” Answer with a number.", 7))).toMatch(/shirt number/);
    expect(run({ ...tf("The striker will wear the number 11 shirt at his new club."), answerText: "True — the article gives 11." })).toMatch(/shirt number/);
    expect(run(numeric("According to the article, what number fills the blank? “The striker has worn the shirt for ____ seasons.” Answer with a number.", 9))).toBeNull();
  });

  it("trivia: the temperature at an event, in a story that is not about the weather", () => {
    const run = check("trivia");
    const race = "Ana Ruiz won the Corran half marathon on Sunday in a course record of 68 minutes.";
    const at = (lead: string, s: string): [CriticContext, DraftQuestion["source"]] => [{ text: `${lead} ${s}`, sentences: [lead, s], facts: [] }, { sentence: s, start: 0, end: s.length }];
    const [ctx1, src1] = at(race, "Temperatures at the start were 11 degrees Celsius, and the first half took 34 minutes.");
    expect(run({ ...numeric("According to the article, what number fills the blank? “Temperatures at the start were ____ degrees Celsius, and the first half took 34 minutes.” Answer with a number.", 11), source: src1 }, ctx1)).toMatch(/temperature/);
    expect(run({ ...no("Temperatures at the start were 12 degrees Celsius, and the first half took 34 minutes.", "11", "12"), source: src1 }, ctx1)).toMatch(/temperature/);
    expect(run({ ...fill("Fill in the blank: “It was ____°C at the start.”", ["11"]), source: src1 }, ctx1)).toMatch(/temperature/);
    // Another figure of the same sentence is no temperature.
    expect(run({ ...no("Temperatures at the start were 11 degrees Celsius, and the first half took 43 minutes.", "34", "43"), source: src1 }, ctx1)).toBeNull();
    // A story about the weather asks it.
    const [ctx2, src2] = at("A heatwave pushed temperatures past 44 degrees Celsius in Seville on Tuesday, officials said.", "Temperatures in Cordoba reached 43 degrees Celsius.");
    expect(run({ ...numeric("According to the article, what number fills the blank? “Temperatures in Cordoba reached ____ degrees Celsius.” Answer with a number.", 43), source: src2 }, ctx2)).toBeNull();
    // … as does one whose headline says so.
    expect(run({ ...numeric("According to the article, what number fills the blank? “Temperatures at the start were ____ degrees Celsius, and the first half took 34 minutes.” Answer with a number.", 11), source: src1 }, { ...ctx1, headlines: ["Runners wilt as heat hits Corran half marathon"] })).toBeNull();
  });

  it("trivia: when or where a funeral closing an obituary is held", () => {
    const run = check("trivia");
    const story = (last: string, lead = "The poet Lena Marsh has died at 91, her publisher said on Friday."): [CriticContext, DraftQuestion["source"]] => [
      { text: `${lead} ${last}`, sentences: [lead, "She won the Dunmore Prize in 1988.", last], facts: [] },
      { sentence: last, start: 0, end: last.length },
    ];
    const [ctx1, src1] = story("A memorial service will be held at Harlow Abbey on May 14.");
    expect(run({ ...fill("Fill in the blank: “A memorial service will be held at Harlow Abbey on ____.”", ["May 14", "14 May"]), source: src1 }, ctx1)).toMatch(/funeral/);
    expect(run({ ...sc("Where will the memorial service be held?", ["Harlow Abbey", "Kelso Abbey", "St Giles"]), source: src1 }, ctx1)).toMatch(/funeral/);
    const [ctx2, src2] = story("Her funeral is to take place on June 3 in her home town of Corran.");
    expect(run({ ...no("Her funeral is to take place on June 4 in her home town of Corran.", "3", "4"), source: src2 }, ctx2)).toMatch(/funeral/);
    // The count of whose funerals, before the verb, is the story.
    const [ctx3, src3] = story("The funerals of the 14 miners will be held on Monday.");
    expect(run({ ...numeric("According to the article, what number fills the blank? “The funerals of the ____ miners will be held on Monday.” Answer with a number.", 14), source: src3 }, ctx3)).toBeNull();
    // A funeral that leads the report is its news.
    const lead = "The state funeral of former president Anil Rao will be held in Delhi on March 9, officials said.";
    const ctx4: CriticContext = { text: lead, sentences: [lead, "Rao led the country from 1991 to 1996.", "He died on Tuesday at 88."], facts: [] };
    expect(run({ ...sc("In which city will Rao's state funeral be held?", ["Delhi", "Mumbai", "Chennai"]), source: { sentence: lead, start: 0, end: lead.length } }, ctx4)).toBeNull();
    // A last sentence on something else: "memorial" as a monument, not a rite.
    const [ctx5, src5] = story("A memorial to the 40 victims was unveiled in the square.");
    expect(run({ ...numeric("According to the article, what number fills the blank? “A memorial to the ____ victims was unveiled in the square.” Answer with a number.", 40), source: src5 }, ctx5)).toBeNull();
  });

  it("count_in_stem: a list after the blank's colon, inside a quotation closed before the speaker", () => {
    const run = check("count_in_stem");
    const q = (statement: string, value: number) => numeric(`According to the article, what number fills the blank? “${statement}” Answer with a number.`, value);
    expect(run(q("\"Parents wanted ____ changes: later buses and cheaper lunches,\" head teacher Omar Reid said.", 2))).toMatch(/lists the 2 items/);
    expect(run(q("\"Parents wanted ____ changes: later buses, cheaper lunches and longer breaks,\" said Omar Reid.", 3))).toMatch(/lists the 3 items/);
    // The quotation names two things but the count is of something else.
    expect(run(q("\"Parents wanted ____ changes: later buses and cheaper lunches,\" head teacher Omar Reid said.", 4))).toBeNull();
    expect(run(q("\"We have ____ aims: to win,\" said coach Ana Ruiz, \"and to stay healthy and solvent.\"", 2))).toBeNull();
  });

  it("impossible_option: two shares of one vote, set against each other, adding up to more than 100", () => {
    const run = check("impossible_option");
    expect(run(tf("A poll puts the Farmers' Party on 72.5 percent, ahead of the Liberals on 31 percent.", false))).toMatch(/cannot be true/);
    expect(run(tf("The Liberals lead with 68 percent against 35.5 percent for Labour.", false))).toMatch(/cannot be true/);
    expect(run(tf("A poll puts the Farmers' Party on 42.5 percent, ahead of the Liberals on 31 percent.", false))).toBeNull();
    // A first figure of something else, and growth rates set against each other, are no shares of one whole.
    expect(run(tf("With 90 percent counted, the Liberals lead with 38 percent against 35.5 percent for Labour.", false))).toBeNull();
    expect(run(tf("Exports grew 70 percent against 45 percent a year earlier.", false))).toBeNull();
    expect(run(sc("According to the article, which figure completes this statement? “The Liberals lead with ____ against 35.5 percent for Labour.”", ["38 percent", "81 percent", "29 percent"]))).toMatch(/“81 percent”/);
  });
});

describe("critic checks, round 17a", () => {
  it("vague_reference: “the pair”, “the two” with no noun, and the engine's own “did the pair …?”", () => {
    const run = check("vague_reference");
    expect(run(tf("The distance between the two has shrunk by about 40 km since 1990."))).toMatch(/the two/);
    expect(run(sc("In which year did the pair open their first bakery?", ["2019", "2016", "2011", "2021"]))).toMatch(/the pair/);
    expect(run(fill("Fill in the blank: “By then the duo had sold ____ copies.”", ["8,000"]))).toMatch(/the duo/);
    // A counted group, names listed before, or a share are no pointing back.
    expect(run(tf("The distance between the two towns has shrunk by about 40 km since 1990."))).toBeNull();
    expect(run(tf("Rosa Diaz and Tom Hale met in 2014, and the pair opened a bakery in 2019."))).toBeNull();
    expect(run(tf("Two brothers from Leeds founded it, and the two sold it in 2020."))).toBeNull();
    expect(run(tf("The two-year contract is worth £3 million."))).toBeNull();
    expect(run(tf("Police in Derby charged the two men in March."))).toBeNull();
    expect(run(tf("Trade between the two Koreas fell 8% in 2025."))).toBeNull();
  });

  it("vague_reference: “Revenue rose …” with no owner, and “The new money …”", () => {
    const run = check("vague_reference");
    expect(run(tf("Profits doubled in 2024 to £4 million, though costs rose as well."))).toMatch(/Profits/);
    expect(run(numeric("According to the article, what number fills the blank? “Sales fell to ____ units last year.” Answer with a number.", 900))).toMatch(/Sales/);
    expect(run(tf("The new funding will pay for 30 more nurses by next spring."))).toMatch(/funding/);
    expect(run(tf("The money will go to 12 schools in the north."))).toMatch(/money/);
    // Whose is said ("at", "of"), or the subject is no measure.
    expect(run(tf("Revenue at the port authority rose 8% to £91 million."))).toBeNull();
    expect(run(tf("Sales of electric vans rose 12% last year."))).toBeNull();
    expect(run(tf("Money from the lottery paid for 30 more nurses."))).toBeNull();
    // "Prices" alone: of what, and where, only the sentence (or the interview question) before says.
    expect(run(numeric("According to the article, what number fills the blank? “Prices climbed ____ percent in the year to March.” Give the figure as a percentage.", 3))).toMatch(/Prices/);
    expect(run(tf("Prices of second-hand cars fell 6 percent in the year to March."))).toBeNull();
    // … with "have" before the verb just the same.
    expect(run(tf("Prices have fallen about 8% so far this year."))).toMatch(/Prices/);
    expect(run(tf("Exports have risen 12 percent since January."))).toMatch(/Exports/);
    expect(run(tf("Exports of wine have risen 12 percent since January."))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “Net debt stood at ____ million euros at the end of June.” Answer in millions of euros.", 680))).toMatch(/Net debt/);
    // A question of its own wording, the same.
    expect(run(numeric("According to the article, by what percentage did revenue rise? Give the figure as a percentage.", 13))).toMatch(/revenue/);
    expect(run(numeric("According to the article, by what percentage did revenue rise in the third quarter? Give the figure as a percentage.", 13))).toMatch(/revenue/);
    expect(run(numeric("According to the article, by what percentage did revenue at the port rise? Give the figure as a percentage.", 13))).toBeNull();
    expect(run(numeric("According to the article, by what percentage did supermarket sales slip? Give the figure as a percentage.", 2))).toBeNull();
  });
  it("vague_reference: “The ministry sold …” never says which ministry", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, what number fills the blank? “The ministry sold ____ billion yen of the bonds.” Answer in billions of yen.", 700))).toMatch(/ministry/i);
    expect(run(numeric("According to the article, what number fills the blank? “The ministry of finance sold ____ billion yen of bonds.” Answer in billions of yen.", 700))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The agency said coast guards in the region stopped ____ boats this year.” Answer with a number.", 700))).toBeNull();
  });
  it("vague_reference: a person named by nationality alone (“The Slovenian, who …”, “the Dane could not …”)", () => {
    const run = check("vague_reference");
    expect(run(tf("The Kenyan, who has won the race twice, attacked with 5 kilometres to go."))).toMatch(/The Kenyan/);
    expect(run(tf("Ruiz attacked with 5 kilometres to go and opened a gap the Dane could not close."))).toMatch(/the Dane/);
    expect(run(tf("Ana Ruiz, the Spaniard, attacked with 5 kilometres to go."))).toBeNull();
    expect(run(tf("The Spanish club paid 40 million euros for the striker."))).toBeNull();
    expect(run(tf("The Australian dollar fell 0.4% against the US dollar."))).toBeNull();
    expect(run(tf("The Indian Ocean warmed by 1.2 degrees."))).toBeNull();
  });
  it("vague_reference: a comparison with no “than” (“Only 2019 was lower.”)", () => {
    const run = check("vague_reference");
    expect(run(tf("Only 2019, when the harvest was 2.1 million tonnes, was lower."))).toMatch(/lower/);
    expect(run(tf("Only 2019, when the harvest was 2.1 million tonnes, was lower than this year."))).toBeNull();
    expect(run(tf("Turnout was 61 percent, and only in 2019 was it lower than that."))).toBeNull();
  });
  it("vague_reference: “In which year is work completed?”, “… was the debt first sold?”", () => {
    const run = check("vague_reference");
    expect(run(sc("In which year is work completed?", ["2026", "2027", "2028"]))).toMatch(/work/);
    expect(run({ ...base, type: "true_false", prompt: "True or false? According to the article, work is completed in 2026.", answer: false })).toMatch(/work/);
    expect(run(sc("In which year was the debt first sold?", ["1995", "1999", "2003"]))).toMatch(/debt/i);
    expect(run(sc("In which year was the debt of the province first sold?", ["1995", "1999", "2003"]))).toBeNull();
  });

  it("vague_reference: a demonstrative after “through”, “with” or “despite” points back", () => {
    const run = check("vague_reference");
    expect(run(tf("The home side won 2-0 with that penalty in the 80th minute."))).toMatch(/that penalty/);
    expect(run(tf("Despite those delays, 14 trains ran on time."))).toMatch(/those delays/);
    expect(run(tf("Leeds lead through a penalty scored in the 80th minute."))).toBeNull();
    expect(run(tf("Traffic on those streets fell by 4 percent in the first year."))).toMatch(/those streets/);
    expect(run(tf("Grants were paid to those affected by the floods, 1,400 in all."))).toBeNull();
    expect(run(tf("About 61 percent of those surveyed backed the ban."))).toBeNull();
    expect(run(tf("The club said that 14 trains ran on time."))).toBeNull();
  });

  it("needs_context: the second of something only an earlier sentence names", () => {
    const run = check("needs_context");
    expect(run(tf("A second day is planned for March 4."))).toMatch(/A second day/);
    expect(run(tf("The third round will take place on May 9."))).toMatch(/The third round/);
    expect(run(tf("A second round of talks is planned for March 4."))).toBeNull();
    expect(run(tf("A second strike by the Alder Valley nurses is planned for March 4."))).toBeNull();
  });

  it("needs_context: a ticket or fare that names nothing it is for", () => {
    const run = check("needs_context");
    expect(run(tf("A return ticket costs £4.50."))).toMatch(/ticket/);
    expect(run(tf("An adult pass is €18."))).toMatch(/pass/);
    expect(run(tf("A return ticket to Dover costs £4.50."))).toBeNull();
    expect(run(tf("A single ticket on the Harbour Line costs £4.50."))).toBeNull();
    expect(run(tf("An adult pass at Kelmscott Zoo is €18."))).toBeNull();
    expect(run(tf("Each ticket will cost $8 and admit one family for a day."))).toMatch(/ticket/);
    expect(run(tf("A day pass costs €9 for adults and €4 for children."))).toMatch(/pass/);
    expect(run(tf("Each ticket for the Orla Valley railway will cost $8."))).toBeNull();
  });

  it("fragment: advice to the reader is no claim (“Allow a day for …”, “Lunch at …”)", () => {
    const run = check("fragment");
    expect(run(tf("Allow two hours for the 12 km walk to the summit."))).toMatch(/advice/);
    expect(run(tf("Lunch at the Old Mill Café, where a sandwich comes to £6."))).toMatch(/advice/);
    expect(run(fill("Fill in the blank: “Book at least ____ days ahead in August.”", ["10"]))).toMatch(/advice/);
    expect(run(tf("Book early: rooms from €80 sell out by June."))).toMatch(/advice/);
    // A noun of the same spelling as the subject, with its verb, is a claim.
    expect(run(tf("Visit numbers fell 12% to 40,000 in 2025."))).toBeNull();
    expect(run(tf("Lunch costs €16 at the harbour café."))).toBeNull();
    expect(run(tf("Park rangers counted 14 bears in May."))).toBeNull();
  });

  it("counted_list: a list whose items each carry a bracketed aside", () => {
    const run = check("counted_list");
    const sentence = "The recall covers two heaters, the Warmline 200 (model WL-200) and the Warmline 300 (model WL-300), sold in 2025.";
    const q = { ...tf("The recall covers three heaters, the Warmline 200 (model WL-200) and the Warmline 300 (model WL-300), sold in 2025.", false), answerText: "False — the article gives two, not three.", source: { sentence, start: 0, end: sentence.length } };
    expect(run(q)).toMatch(/counting/);
    const plain = "The recall covers two heaters sold in 2025 (models WL-200 and WL-300).";
    expect(run({ ...q, prompt: "True or false? According to the article: The recall covers three heaters sold in 2025 (models WL-200 and WL-300).", source: { sentence: plain, start: 0, end: plain.length } })).toBeNull();
  });
});

describe("critic checks, round 17a second batch", () => {
  it("vague_reference: “The work”, “The repairs” for a subject", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, what number fills the blank? “The repairs will take ____ weeks.” Answer with a number.", 6))).toMatch(/repairs/);
    expect(run(tf("The work is due to finish in May at a cost of £4 million."))).toMatch(/work/);
    expect(run(tf("The work of the inspectors took 14 days."))).toBeNull();
    expect(run(tf("The workers walked out for 14 days."))).toBeNull();
  });

  it("distractor_true: a false figure the article itself gives, rounded, for the same amount", () => {
    const run = check("distractor_true");
    const text = "A public appeal raised more than £90,000 in a month. The roof was paid for with £40,000 from the council and £92,500 from local people.";
    const c: CriticContext = { text, sentences: text.split(/(?<=\.)\s/), facts: [] };
    const q = (wrong: string, right = "£92,500") => ({ ...tf(`The roof was paid for with £40,000 from the council and ${wrong} from local people.`, false), answerText: `False — the article gives ${right}, not ${wrong}.` });
    expect(run(q("£90,000"), c)).toMatch(/rounds/);
    // A figure far off, or one the article never rounds to, is a fair false figure.
    expect(run(q("£40,000"), c)).toBeNull();
    expect(run(q("£91,000"), c)).toBeNull();
    // A true statement has no false figure.
    expect(run({ ...tf("The roof was paid for with £40,000 from the council and £92,500 from local people."), answerText: "True — the article gives £92,500." }, c)).toBeNull();
  });

  it("distractor_true: a false count the article gives for the same things, after the same verb, elsewhere", () => {
    const run = check("distractor_true");
    const own = "All 212 passengers were rescued by the coastguard.";
    const text = `The ferry ran aground off the cape on Sunday. ${own} In 2009 a storm sank a smaller boat nearby, and fishermen rescued 35 passengers from the water.`;
    const c: CriticContext = { text, sentences: text.split(/(?<=\.)\s/), facts: [] };
    const q = (wrong: string) => ({ ...tf(`All ${wrong} passengers were rescued by the coastguard.`, false), source: { sentence: own, start: 0, end: own.length }, answerText: `False — the article gives 212, not ${wrong}.` });
    expect(run(q("35"), c)).toMatch(/“35 passengers”/);
    // A figure the article gives for nothing of the kind, or one counted after another verb, is a fair false figure.
    expect(run(q("122"), c)).toBeNull();
    const other = `The ferry ran aground off the cape on Sunday. ${own} A smaller boat nearby carried 35 passengers.`;
    expect(run(q("35"), { text: other, sentences: other.split(/(?<=\.)\s/), facts: [] })).toBeNull();
    // A unit is not the thing counted: "5 percent" of one thing is no "5 percent" of another.
    const share = "Exports rose 7 percent in May. Imports rose 5 percent in May.";
    const sq = { ...tf("Exports rose 5 percent in May.", false), source: { sentence: "Exports rose 7 percent in May.", start: 0, end: 30 }, answerText: "False — the article gives 7 percent, not 5 percent." };
    expect(run(sq, { text: share, sentences: share.split(/(?<=\.)\s/), facts: [] })).toBeNull();
  });
});

describe("critic checks, round 17a glued units", () => {
  it("fragment: a list line whose label ends in a digit (“Band 4: 70 percent or higher”)", () => {
    const run = check("fragment");
    expect(run(tf("Band 4: 70 percent or higher."))).toMatch(/list/);
    expect(run(tf("Level 2: £12,000 to £20,000."))).toMatch(/list/);
    // A clock's colon is no label's; a sentence with a verb after its label is a claim.
    expect(run(tf("Trains left between 07:00 and 09:30 every 15 minutes."))).toBeNull();
    expect(run(tf("Update 3: the council said 14 roads were closed."))).toBeNull();
  });
});

describe("critique()", () => {
  it("keeps a builder's own reasons and adds the checks', one message per code", () => {
    const q = fill("Fill in the blank: “They rose ____2 percent…”", ["7"]);
    const flags = critique({ question: q, rank: 0, priority: 1, closeness: 0.5, flags: [{ code: "contradicted", message: "The article disagrees with itself." }] }, ctx);
    expect(flags.map((f) => f.code)).toEqual(expect.arrayContaining(["contradicted", "cut_stem", "pronoun_stem", "blank_in_word"]));
    expect(new Set(flags.map((f) => f.code)).size).toBe(flags.length);
  });

  it("flags an unsure attribution and passes a clean question", () => {
    const clean = sc("By how much did exports rise in May, according to the article?", ["7 percent", "5 percent", "9 percent"]);
    expect(critique({ question: clean, rank: 0, priority: 1, closeness: 0.5 }, ctx)).toEqual([]);
    expect(critique({ question: clean, rank: 0, priority: 1, closeness: 0.5, confidence: 0.4 }, ctx).map((f) => f.code)).toEqual(["unsure_speaker"]);
  });
  it("pronoun_stem: a pronoun subject after a span counted back (“Two years ago it …”)", () => {
    const run = check("pronoun_stem");
    expect(run(tf("Two years ago it had promised that fares would stay frozen until 2028."))).toMatch(/“it”/);
    expect(run(tf("A decade earlier, they had sold the land for 3 million euros."))).toMatch(/“they”/);
    expect(run(numeric("According to the article, what number fills the blank? “Six weeks later she signed a contract worth ____ euros.” Answer with a number.", 40000))).toMatch(/“she”/);
    // A subject that names itself after the same opening stays.
    expect(run(tf("Two years ago the council had promised that fares would stay frozen until 2028."))).toBeNull();
    expect(run(tf("Ten years ago its harbour handled half as much grain.", false))).toMatch(/“its”/);
  });

  it("vague_reference: a forecast's figure alone", () => {
    const run = check("vague_reference");
    expect(run(no("Economists had expected 2.4 percent.", "2.1 percent", "2.4 percent"))).toMatch(/forecast/);
    expect(run(fill("Fill in the blank: “Analysts polled by a news agency had been forecasting $____ million.”", ["780"]))).toMatch(/forecast/);
    expect(run(tf("Investors had expected about 40 cents."))).toMatch(/forecast/);
    // A figure in a currency named after it is just as bare ("expected 8.7 billion euros").
    expect(run(no("Analysts had expected 8.7 billion euros, according to a company-compiled consensus.", "8.1 billion euros", "8.7 billion euros"))).toMatch(/forecast/);
    expect(run(tf("Economists had forecast 310 billion yen."))).toMatch(/forecast/);
    expect(run(tf("Analysts had expected 4.1 million crowns."))).toMatch(/forecast/);
    // A forecast that says what it is of stays.
    expect(run(tf("Economists had expected inflation of 2.4 percent."))).toBeNull();
    expect(run(tf("Analysts had expected the airline to carry 9 million passengers."))).toBeNull();
  });

  it("vague_reference: a measure “of the company” the statement never names", () => {
    const run = check("vague_reference");
    expect(run(tf("Stock in the company slid 8 percent to $14.10 in New York."))).toMatch(/the company/);
    expect(run(numeric("According to the article, by what percentage did shares of the firm drop on Friday? Give the figure as a percentage.", 8))).toMatch(/the firm/);
    expect(run(tf("Shares of the company's rival slid 8 percent."))).toBeNull();
    expect(run(tf("Shares of Orwell Foods slid 8 percent to $14.10 in New York."))).toBeNull();
    expect(run(numeric("According to the article, by what percentage did shares of Orwell Foods drop on Friday? Give the figure as a percentage.", 8))).toBeNull();
  });

  it("vague_reference: “The changes”, “The hub”: a thing named by its kind alone", () => {
    const run = check("vague_reference");
    expect(run(tf("The changes will cut waiting times by a third."))).toMatch(/The changes/);
    expect(run(tf("The hub will cost about 12 million euros."))).toMatch(/The hub/);
    expect(run(tf("The changes to bus fares will cut waiting times by a third."))).toMatch(/The changes/);
    expect(run(tf("The changes of 2019 cut waiting times by a third."))).toBeNull();
  });
  it("needs_context: a surname set off by an apposition owns the pronoun after it", () => {
    const run = check("needs_context");
    expect(run(choice("Okafor, the club's top scorer, had scored 9 of his ____ goals from the penalty spot.", ["12", "14", "21"], "12"))).toBeNull();
    expect(run(tf("Lindqvist, a former sprinter, said she would retire after 11 seasons."))).toBeNull();
    // … or by a relative clause.
    expect(run(choice("Halvorsen, who took over as CEO in 2021 after ____ years at the bank, said she would cut her own pay.", ["6", "9", "11"], "6"))).toBeNull();
    expect(run({ ...tf("Halvorsen, who took over as CEO in 2021 after nine years at the bank, said she would take a 20 percent cut in her pay."), answerText: "True — the article gives 20 percent." })).toBeNull();
    // … or by an age.
    expect(run(choice("Mbeki, 27, faced ____ balls in his second century of the season.", ["140", "180", "210"], "180"))).toBeNull();
    expect(run(tf("Yesterday, 12, said she would resign."))).toMatch(/“she”/);
    expect(run(tf("Officials, who met for 3 hours, said she would resign."))).toMatch(/“she”/);
    // An opening that is a time or an adverb names no one.
    expect(run(tf("Yesterday, the first day of the trial, she admitted 3 charges."))).toMatch(/“she”/);
    expect(run(tf("Investigators, a team of six, said he hid 3 million francs."))).toMatch(/“he”/);
  });

  it("vague_reference: a sum of money named by its kind alone (“The subsidy”, “The grant”)", () => {
    const run = check("vague_reference");
    expect(run(fill("Fill in the blank: “The subsidy cost the state $____ million last year.”", ["4.1"]))).toMatch(/The subsidy/);
    expect(run(tf("The grant will pay for 40 new classrooms."))).toMatch(/The grant/);
    expect(run(tf("The subsidy of 20 cents a litre ends in March."))).toBeNull();
  });
  it("pronoun_stem: a quotation's “she said” after a lead sentence that reports one named person", () => {
    const run = check("pronoun_stem");
    const q = (stem: string) => numeric(`According to the article, what number fills the blank? “${stem}” Answer with a number.`, 12);
    expect(run(q(`Harbour master Grace Obi said the storm had been the worst in years. "We lost ____ boats in one night," she said.`))).toBeNull();
    expect(run(q(`Fisherman Tom Price told reporters the quay had flooded twice. "I saw ____ boats sink," he said.`))).toBeNull();
    // Alone, or after a lead that names no one, or two people, "she" is still no one.
    expect(run(q(`"We lost ____ boats in one night," she said.`))).toMatch(/“she”/);
    expect(run(q(`The council said the storm had been the worst in years. "We lost ____ boats in one night," she said.`))).toMatch(/“she”/);
    expect(run(q(`Grace Obi and Tom Price said the storm had been the worst in years. "We lost ____ boats in one night," she said.`))).toMatch(/“she”/);
    // A lead that reports no speaking does not make its person the speaker.
    expect(run(q(`Grace Obi runs the harbour. "We lost ____ boats in one night," she said.`))).toMatch(/“she”/);
  });
  it("vague_reference: a count of “other” people or things than an earlier sentence names", () => {
    const run = check("vague_reference");
    expect(run(tf("Fourteen other passengers were treated for cuts."))).toMatch(/Fourteen other passengers/);
    expect(run(numeric("According to the article, what number fills the blank? “About ____ other flights were cancelled on Friday.” Answer with a number.", 40))).toMatch(/other flights/);
    expect(run(tf("Fourteen other passengers than the crew were treated for cuts."))).toBeNull();
    expect(run(tf("Fourteen passengers were treated for cuts."))).toBeNull();
    expect(run(tf("Police said 14 people, among them two other drivers, were treated."))).toBeNull();
  });
  it("time_reference: the end date of a calendar quarter or half", () => {
    const run = check("time_reference");
    expect(run(fill("Fill in the blank: “Profit in the second quarter, which ended on ____, doubled to $40 million.”", ["June 30"]))).toMatch(/quarter/);
    expect(run(fill("Fill in the blank: “Sales for the first half ended ____ rose 4 percent.”", ["June 30"]))).toMatch(/quarter/);
    // A period that is not a calendar quarter, or a date that is no period's end, is read.
    expect(run(fill("Fill in the blank: “Sales in the 12 months to ____ rose 4 percent.”", ["March 31"]))).toBeNull();
    expect(run(fill("Fill in the blank: “The second quarter's results will be published on ____.”", ["July 28"]))).toBeNull();
  });
  it("pronoun_stem: “At its peak, …” points forward to the thing the clause names", () => {
    const run = check("pronoun_stem");
    expect(run(tf("At its peak, about 900 volunteers were cleaning the beach."))).toBeNull();
    expect(run(tf("At its height, the strike kept 40 ships in port."))).toBeNull();
    // With nothing singular after it, "its" still points back.
    expect(run(tf("At its peak, about 900 volunteers were working."))).toMatch(/“its”/);
    expect(run(tf("At its peak, about 900 volunteers cleaned 12 beaches."))).toMatch(/“its”/);
    expect(run(tf("At their peak, about 900 volunteers were cleaning the beach."))).toMatch(/“their”/);
  });
});

describe("critic checks: people and things a lifted statement leans on (r18b)", () => {
  it("pronoun_stem: “those” with a participle or a relative clause says who they are", () => {
    const run = check("pronoun_stem");
    expect(run(tf("Pain eased in 61% of the volunteers, against 30% among those given dummy tablets."))).toBeNull();
    expect(run(fill("Fill in the blank with the speaker's name: \"It was chaos,\" said ____, whose father was among those evacuated.", ["Ravi Menon"]))).toBeNull();
    expect(run(tf("Grants of £500 will go to those who lost their homes in the floods."))).toBeNull();
    // A bare "those" or "them" still points back.
    expect(run(tf("About 40 percent of those will be sold abroad."))).toMatch(/“those”/);
    expect(run(tf("The council set aside £2 million for those in 2025."))).toMatch(/“those”/);
    expect(run(tf("Engineers found cracks in six of them."))).toMatch(/“them”/);
  });

  it("needs_context: an object “it” whose only noun before it is a fronted setting, or sits in a relative clause", () => {
    const run = check("needs_context");
    expect(run(tf("In the six-month study, which ran in nine hospitals, volunteers who took it slept 40 minutes longer."))).toMatch(/“it”/);
    expect(run(tf("During the pilot, families who used it saved £12 a week."))).toMatch(/“it”/);
    expect(run(tf("Shoppers who bought it had to wait 6 weeks for delivery."))).toMatch(/“it”/);
    // A thing named in the clause itself is what "it" stands for.
    expect(run(tf("In the pilot, the town bought a new ferry and 4,000 commuters used it every day."))).toBeNull();
    expect(run(tf("The museum opened a new wing, and visitors who saw it had to queue for 2 hours."))).toBeNull();
    expect(run(tf("In the trial, 300 volunteers took the tablet every morning for 8 weeks."))).toBeNull();
  });

  it("needs_context: “her” after an “According to …” source is not the source", () => {
    const run = check("needs_context");
    expect(run(tf("According to the club's chairman, Piet Maas, 70% of members backed her election."))).toMatch(/“her”/);
    expect(run(tf("According to Dr Tom Reyes, 12 patients have asked for her by name."))).toMatch(/“her”/);
    // … and a figure's blank is no name for her either.
    const blank = { ...numeric("According to the article, what number fills the blank? “According to the club's chairman, Piet Maas, ____% of members backed her election.”", 70), answerText: "70 percent" };
    expect(run(blank)).toMatch(/“her”/);
    expect(run({ ...blank, prompt: blank.prompt.replace("Piet Maas, ____%", "Piet Maas, Anna Berg won ____%").replace("members backed her election", "the vote in her first election") })).toBeNull();
    // A person named in the claim itself is who "her" is.
    expect(run(tf("According to the club's chairman, Piet Maas, Anna Berg won 70% of the vote in her first election."))).toBeNull();
    expect(run(tf("Sara Lind said 70% of members backed her election."))).toBeNull();
  });

  it("needs_context: a sentence quoted before the statement must name the person its “her” is", () => {
    const run = check("needs_context");
    const claim = "Two in three members backed her election, the chairman said.";
    const widened = (lead: string, text: string): [DraftQuestion, CriticContext] => [
      { ...numeric(`According to the article, what number fills the blank? “${lead} ____ in three members backed her election, the chairman said.”`, 2), answerText: "2", source: { sentence: claim, start: 0, end: claim.length } },
      { text: `${text} ${lead} ${claim}`, sentences: [text, lead, claim], facts: [] },
    ];
    expect(run(...widened("The club's members voted by post in March.", "Lena Holt was elected chair of the club."))).toMatch(/“her”/);
    expect(run(...widened("Holt was elected after a postal vote in March.", "Lena Holt ran the club's youth teams for ten years."))).toBeNull();
    expect(run(...widened("The club elected a new chairwoman in March.", "The club has 400 members."))).toBeNull();
    // … and the source of an "According to …" claim is not who "her" is there either.
    const sourced = "According to the club's secretary, Piet Maas, two in three members backed her election.";
    const lead = "The club's members voted by post in March.";
    const q = { ...numeric(`According to the article, what number fills the blank? “${lead} According to the club's secretary, Piet Maas, ____ in three members backed her election.”`, 2), answerText: "2", source: { sentence: sourced, start: 0, end: sourced.length } };
    expect(run(q, { text: `${lead} ${sourced}`, sentences: [lead, sourced], facts: [] })).toMatch(/“her”/);
  });

  it("needs_context and vague_reference: a harvest or a yield that never says of what", () => {
    const run = check("needs_context");
    expect(run(tf("Growers harvested 640,000 tonnes, up 12% on last year."))).toMatch(/of what/);
    expect(run(tf("Fishermen landed about 38,000 tonnes in the season."))).toMatch(/of what/);
    const asked = { ...numeric("According to the article, how many tonnes did farmers pick? Answer with a number.", 5200), source: { sentence: "Farmers picked 5,200 tonnes, a record.", start: 0, end: 38 } };
    expect(run(asked)).toMatch(/of what/);
    // The crop named, in the subject or after the measure, says what.
    expect(run(tf("Growers harvested 640,000 tonnes of apples, up 12% on last year."))).toBeNull();
    expect(run(tf("Apple growers harvested 640,000 tonnes, up 12% on last year."))).toBeNull();
    expect(run({ ...asked, source: { sentence: "Farmers picked 5,200 tonnes of pears, a record.", start: 0, end: 47 } })).toBeNull();
    const vague = check("vague_reference");
    expect(vague(tf("Average yields reached 7.1 tonnes per hectare, a record."))).toMatch(/whose/);
    expect(vague(tf("Production fell 8% to 2.2 million tonnes."))).toMatch(/whose/);
    expect(vague(tf("Rice yields reached 7.1 tonnes per hectare, a record."))).toBeNull();
    expect(vague(tf("Production of olive oil fell 8% to 2.2 million tonnes."))).toBeNull();
  });

  it("needs_context: a count “affected” or “involved” by what only the sentence before says", () => {
    const run = check("needs_context");
    expect(run(tf("Roughly 4,500 households were affected."))).toMatch(/“affected”/);
    expect(run(tf("Officials said 18 vehicles were involved."))).toMatch(/“involved”/);
    expect(run(numeric("According to the article, what number fills the blank? “About ____ flights were also affected.” Answer with a number.", 90))).toMatch(/“affected”/);
    // By what, or in what, said in the statement itself.
    expect(run(tf("Roughly 4,500 households were affected by the power cut."))).toBeNull();
    expect(run(tf("Eighteen vehicles were involved in the crash on the M4."))).toBeNull();
    expect(run(tf("The strike affected 4,500 households."))).toBeNull();
  });

  it("needs_context: a part set apart with “alone” from a whole only the sentence before gives", () => {
    const run = check("needs_context");
    expect(run(tf("Online sales alone contributed £4.1 million in the quarter."))).toMatch(/“Online sales alone”/);
    expect(run(tf("Tourism alone brought in £90 million last year."))).toMatch(/“Tourism alone”/);
    // The whole named in the statement says which.
    expect(run(tf("Tourism alone accounted for 9% of the island's income last year."))).toBeNull();
    expect(run(tf("Online sales alone contributed £4.1 million to the group's profit."))).toBeNull();
    expect(run(tf("Online sales contributed £4.1 million to the group's profit."))).toBeNull();
  });

  it("computable: a comparison past a comma belongs to the earlier figure, not the blank", () => {
    const run = check("computable");
    expect(run(numeric("According to the article, what number fills the blank? “The play took $2.4 million from ____ theatres, below the $3 million its producers expected.” Answer with a number.", 310))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “The club sold 1,200 tickets, ____ more than the 900 it sold last year.” Answer with a number.", 300))).toMatch(/difference/);
  });

  it("ends_mid_clause: a relative clause may end on its verb's preposition (“the rise it had hoped for”)", () => {
    const run = check("ends_mid_clause");
    expect(run(tf("The festival sold 8,000 tickets, short of the 10,000 its organisers had hoped for."))).toBeNull();
    expect(run(tf("Nurses won a 4 percent rise, half of what they asked for."))).toBeNull();
    expect(run(tf("Nurses won a 4 percent rise, half of what they had asked for."))).toBeNull();
    // A cut clause still stops mid-phrase.
    expect(run(tf("Exports jumped 24 percent to."))).not.toBeNull();
    expect(run(tf("Sales rose 9 percent, the best result for."))).not.toBeNull();
    expect(run(tf("Profits were the highest since the company was founded in."))).not.toBeNull();
  });

  it("vague_reference: “the film” where the article counts several, told apart by quoted titles", () => {
    const run = check("vague_reference");
    const text = "The top five films made $90 million. The war film \"Red Sky\" led. The thriller \"Low Tide\" was second. Imax screens took 30% of the film's takings.";
    const several: CriticContext = { text, sentences: [text], facts: [] };
    expect(run(tf("Imax screens took 30% of the film's takings."), several)).toMatch(/“the film”/);
    // One film in the article, or several never told apart by a title, leave "the film" alone.
    const one: CriticContext = { text: "The war film \"Red Sky\" opened this week. Imax screens took 30% of the film's takings.", sentences: [], facts: [] };
    expect(run(tf("Imax screens took 30% of the film's takings."), one)).toBeNull();
    const untitled: CriticContext = { text: "Cinemas showed five films this week. Imax screens took 30% of the film's takings.", sentences: [], facts: [] };
    expect(run(tf("Imax screens took 30% of the film's takings."), untitled)).toBeNull();
  });
});

describe("critic checks: r18c first look (rocket, fraud, housing)", () => {
  it("pronoun_stem: a subject that is “its” Nth cannot own “its”", () => {
    const run = check("pronoun_stem");
    expect(run(choice("Monday's race was its ____, and its third on this track.", ["12th", "14th", "10th", "9th"], "14th"))).toMatch(/its/);
    expect(run(tf("Saturday's concert was its 40th this year."))).toMatch(/its/);
    expect(run(tf("The harbour crossing was its seventh attempt."))).toMatch(/its/);
    // The owner named: nothing to hold.
    expect(run(choice("Monday's race was the team's ____ this season.", ["12th", "14th", "10th", "9th"], "14th"))).toBeNull();
    expect(run(tf("The ferry made its 40th crossing on Friday."))).toBeNull();
  });

  it("pronoun_stem: “…, it said” after a measure names no one who said it", () => {
    const run = check("pronoun_stem");
    const text = "Lendwise publishes a monthly survey.";
    const c: CriticContext = { text, sentences: [text], facts: [] };
    expect(run(tf("The number of loans approved was 9 percent higher than in May, it said."), c)).toMatch(/given to “it”/);
    expect(run(tf("The share of cash sales fell to 21 percent, it said."), c)).toMatch(/given to “it”/);
    // A singular body that can speak stays an antecedent.
    expect(run(tf("The agency expects approvals to rise 9 percent, it said."), c)).toBeNull();
  });

  it("vague_reference: an ordinal or “next” standing alone for its noun", () => {
    const run = check("vague_reference");
    expect(run(fill("Fill in the blank: “The fifth is due to open in ____ and will replace the old depot.”", ["2031"]))).toMatch(/fifth/);
    expect(run(fill("Fill in the blank: “The next, for a water utility in Lyon, is scheduled for ____.”", ["May 4"]))).toMatch(/next/);
    // With its noun, it says what.
    expect(run(fill("Fill in the blank: “The fifth depot is due to open in ____.”", ["2031"]))).toBeNull();
    expect(run(fill("Fill in the blank: “The next launch is scheduled for ____.”", ["May 4"]))).toBeNull();
  });

  it("vague_reference: a bare count after “At least” or “More than” for a subject", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, what number fills the blank? “At least 12 lost more than $____ each.” Answer in US dollars.", 50000))).toMatch(/12/);
    expect(run(tf("More than 30 were treated in hospital."))).toMatch(/30/);
    expect(run(numeric("According to the article, what number fills the blank? “At least 12 investors lost more than $____ each.” Answer in US dollars.", 50000))).toBeNull();
  });

  it("vague_reference: “the company's …” in a question of the engine's own wording", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, by what percentage did the company's shares rise in Tokyo trading? Give the figure as a percentage.", 3))).toMatch(/company/);
    expect(run(numeric("According to the article, by what percentage did Tessaly's shares rise in Tokyo trading? Give the figure as a percentage.", 3))).toBeNull();
  });

  it("count_in_stem: “the ____ things” whose count the stem has already given", () => {
    const run = check("count_in_stem");
    expect(run(numeric("According to the article, what number fills the blank? “The bridge is the second in a series of three. The contract, covering the ____ bridges and their upkeep, is worth $2 billion.” Answer with a number.", 3))).toMatch(/already counted/);
    expect(run(numeric("According to the article, what number fills the blank? “The club bought five buses last year, and the ____ buses now run on batteries.” Answer with a number.", 5))).toMatch(/already counted/);
    // A different count before, or none: the blank is asked.
    expect(run(numeric("According to the article, what number fills the blank? “The bridge is the second in a series of three. The contract, covering the ____ bridges and their upkeep, is worth $2 billion.” Answer with a number.", 4))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “In 3 years, the ____ clinics treated 40,000 people.” Answer with a number.", 3))).toBeNull();
  });

  it("needs_context: “him”/“her” as the object of the named subject's own verb", () => {
    const run = check("needs_context");
    expect(run(tf("Judge Maria Okonjo of the High Court also ordered him to repay $80,000."))).toMatch(/him/);
    expect(run(tf("Coach Dana Pell dropped her for the final against Leeds."))).toMatch(/her/);
    expect(run(numeric("According to the article, what number fills the blank? “Magistrate Tom Reyes fined him $500. After his release he must do ____ hours of community work.” Answer with a number.", 200))).toMatch(/him/);
    // … also when it is the sentence put before the statement to say who "he" is.
    const leadIn = "Magistrate Tom Reyes fined him $500.";
    const second = "After his release he must do 200 hours of community work.";
    const widened: DraftQuestion = { ...numeric(`According to the article, what number fills the blank? “${leadIn} After his release he must do ____ hours of community work.” Answer with a number.`, 200), source: { sentence: second, start: leadIn.length + 1, end: leadIn.length + 1 + second.length } };
    const both: CriticContext = { text: `${leadIn} ${second}`, sentences: [leadIn, second], facts: [] };
    expect(run(widened, both)).toMatch(/him/);
    const namedLead = "Magistrate Tom Reyes fined Ben Hale $500.";
    const named: DraftQuestion = { ...numeric(`According to the article, what number fills the blank? “${namedLead} After his release he must do ____ hours of community work.” Answer with a number.`, 200), source: { sentence: second, start: namedLead.length + 1, end: namedLead.length + 1 + second.length } };
    expect(run(named, { text: `${namedLead} ${second}`, sentences: [namedLead, second], facts: [] })).toBeNull();
    // Someone the subject itself names: nothing to hold.
    expect(run(tf("The coach of Ana Ruiz dropped her for the final."))).toBeNull();
    expect(run(tf("Judge Maria Okonjo ordered Halvorsen to repay $80,000."))).toBeNull();
  });

  it("vague_reference: a bare noun due to begin (“In which year was work now due to begin?”)", () => {
    const run = check("vague_reference");
    const year = (prompt: string) => sc(prompt, ["2027", "2028", "2029", "2030"]);
    expect(run(year("In which year was work now due to begin?"))).toMatch(/work/);
    expect(run(year("In which year was construction expected to start?"))).toMatch(/construction/);
    expect(run(year("In which year was the bypass due to open?"))).toBeNull();
    expect(run(year("In which year was Lisbon due to host?"))).toBeNull();
    const own = (statement: string): DraftQuestion => ({ ...tf("x"), prompt: `True or false? According to the article, ${statement}` });
    expect(run(own("work was now due to begin in 2027."))).toMatch(/work/);
    expect(run(own("the bypass was due to open in 2027."))).toBeNull();
  });

  it("vague_reference: a count that joined or left, with nothing said of what", () => {
    const run = check("vague_reference");
    expect(run(tf("Four clubs have already signed up."))).toMatch(/signed up/);
    expect(run(no("Three councils pulled out.", "two", "three"))).toMatch(/pulled out/);
    expect(run(fill("Fill in the blank: “____ hospitals have joined so far.”", ["12"]))).toMatch(/joined/);
    // With what they joined, or no count for a subject, it stands alone.
    expect(run(tf("Four clubs have already signed up for the cup."))).toBeNull();
    expect(run(tf("Four clubs have joined the league."))).toBeNull();
    expect(run(tf("The union signed up 400 members."))).toBeNull();
  });
});
