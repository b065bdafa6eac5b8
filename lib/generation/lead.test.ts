import { describe, expect, it } from "vitest";
import { generate } from ".";
import { leadAgrees, withLeadSentence } from "./lead";
import type { DraftQuestion } from "./questions/context";

const first = "The harbour of Port Elm handled 4.2 million tonnes of cargo in 2025.";
const second = "This growth came mostly from grain, which rose 18 percent.";
const sentences = [
  { text: first, block: 0 },
  { text: second, block: 1 },
];
const question = (sentence: string, statement: string): DraftQuestion => ({
  type: "fill_blank",
  prompt: `Fill in the blank: “${statement}”`,
  answer: { accepted: ["18"] },
  answerText: "18",
  explanation: "The article says so.",
  source: { sentence, start: 0, end: sentence.length },
  factIds: ["f1"],
});

describe("leadAgrees", () => {
  it("needs a lead that speaks of the committee (panel, board …) a statement opens with, and of the place it calls “the same”", () => {
    expect(leadAgrees("The committee said the benefits outweighed the risks in 80 percent of cases.", "Side effects, known as ARIA, were seen in 12 percent of patients.")).toBe(false);
    expect(leadAgrees("The committee said the benefits outweighed the risks in 80 percent of cases.", "The agency's medicines committee backed the drug on Friday.")).toBe(true);
    expect(leadAgrees("The panel voted 9-2 to extend the licence.", "Regulators in Oslo met on Monday.")).toBe(false);
    expect(leadAgrees("The renovation is now expected to cost 2 billion euros.", "The east hall, with the Roman mosaics, will not open before 2031.")).toBe(false);
    expect(leadAgrees("The renovation is now expected to cost 2 billion euros.", "The museum closed for renovation in 2015.")).toBe(true);
    expect(leadAgrees("In 2020, a fire destroyed 400 homes in the same county.", "The blaze is the largest in the state this year.")).toBe(false);
    expect(leadAgrees("In 2020, a fire destroyed 400 homes in the same county.", "The blaze started in Jackson County on Sunday.")).toBe(true);
  });
  it("wants a plural subject before “They” and a person before “He”/“She”", () => {
    expect(leadAgrees("They say the scheme will cost about 300 jobs.", "Council leader Mary Tobin called the plan reckless.")).toBe(false);
    expect(leadAgrees("They say the scheme will cost about 300 jobs.", "Fishing unions in the south oppose the plan.")).toBe(true);
    expect(leadAgrees("He said output would rise 4 percent.", "The ministry released the figures on Monday.")).toBe(false);
    expect(leadAgrees("He said output would rise 4 percent.", "Finance Minister Ola Berg spoke on Monday.")).toBe(true);
    expect(leadAgrees("This growth came mostly from grain.", "The harbour handled 4.2 million tonnes.")).toBe(true);
  });

  it("wants a company, not only places and public bodies, in a lead for “The company …”", () => {
    const statement = "The company said the average wage at the mill would be $61,000 a year.";
    expect(leadAgrees(statement, "Canada produced 18% of the world's paper in 1995, according to the Forest Products Association (FPA).")).toBe(false);
    expect(leadAgrees(statement, "The Ministry of Industry in Ottawa approved the permit on Monday.")).toBe(false);
    // A lead that names the company (or any name that is no place or body) is kept.
    expect(leadAgrees(statement, "Norvale shares rose 3% in Toronto after the announcement.")).toBe(true);
    expect(leadAgrees(statement, "Norvale said it had bought the site from the Ministry of Industry.")).toBe(true);
    expect(leadAgrees(statement, "The paper maker will hire 400 people in Quebec.")).toBe(true);
  });

  it("wants a lead that speaks of what “The agreement …”, “The company …” means", () => {
    expect(leadAgrees("The agreement takes effect once five states ratify it.", "Officials say one in four boats fishes without a licence.")).toBe(false);
    expect(leadAgrees("The agreement takes effect once five states ratify it.", "Six states signed a pact on river transport on Friday.")).toBe(true);
    expect(leadAgrees("The company employs 4,000 people.", "Sales fell 3 percent last year.")).toBe(false);
    // A lead that names something may be naming it.
    expect(leadAgrees("The deal was to cover 12 states.", "The president pulled out of the TPP in 2017.")).toBe(true);
    expect(leadAgrees("The company employs 4,000 people.", "Ardex, a glass maker, said sales fell.")).toBe(true);
    expect(leadAgrees("The harbour handled 4.2 million tonnes.", "Trade rose in May.")).toBe(true); // not a pointing noun
    // "Shares of the company …" wants the same lead as "The company …".
    expect(leadAgrees("Shares of the company fell 6 percent.", "Analysts had expected more.")).toBe(false);
    expect(leadAgrees("Shares of the company fell 6 percent.", "Ardex, a glass maker, cut its forecast.")).toBe(true);
    // "The service …" is a public body (a police service, a health service) the lead must speak of.
    expect(leadAgrees("The service logged 2,300 calls about noise.", "Complaints about parking were broadly flat.")).toBe(false);
    expect(leadAgrees("The service logged 2,300 calls about noise.", "The city's fire and rescue service published its figures.")).toBe(true);
    expect(leadAgrees("The service logged 2,300 calls about noise.", "Police in the region answered more calls.")).toBe(true);
  });

  it("wants a lead that names what “The three companies …” counts", () => {
    expect(leadAgrees("The three companies run 900 buses a day.", "No date was set, but Ms Reyes said a strike was likely.")).toBe(false);
    expect(leadAgrees("The three companies run 900 buses a day.", "Talks with the bus companies broke down in May.")).toBe(true);
    expect(leadAgrees("The three firms run 900 buses a day.", "Redline, Bluebus and Metro Coaches offered 3 percent.")).toBe(true);
    expect(leadAgrees("The two countries traded $4 billion.", "Peru and Chile signed the deal.")).toBe(true);
    expect(leadAgrees("The two countries traded $4 billion.", "Ministers met in Lima on Monday.")).toBe(false);
    expect(leadAgrees("The two cities share a port.", "Both cities grew fast.")).toBe(true);
  });
});

describe("withLeadSentence", () => {
  it("quotes the sentence a “This …” statement points back to", () => {
    const q = withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), sentences);
    expect(q?.prompt).toBe(`Fill in the blank: “${first} This growth came mostly from grain, which rose ____ percent.”`);
  });

  it("keeps the lead as written, dollar signs and all", () => {
    const lead = "Fees rose to US$& 40 and US$' 12 at the port.";
    const q = withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), [{ text: lead, block: 0 }, { text: second, block: 1 }]);
    expect(q?.prompt).toContain(`“${lead} This growth`);
  });

  it("gives up when there is no usable sentence before", () => {
    // The first sentence of the article has nothing before it.
    expect(withLeadSentence(question(first, "The harbour of Port Elm handled ____ million tonnes of cargo in 2025."), sentences)).toBeNull();
    // Two paragraphs back is too far.
    expect(withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), [{ text: first, block: 0 }, { text: second, block: 2 }])).toBeNull();
    // A lead that points back itself would only move the problem.
    const vague = "It was a record for the port.";
    expect(withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), [{ text: vague, block: 0 }, { text: second, block: 0 }])).toBeNull();
    // Nor does one whose "that" stands for the sentence before it.
    const leaning = "For a typical berth, that means an extra 90 euros a year.";
    expect(withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), [{ text: leaning, block: 0 }, { text: second, block: 0 }])).toBeNull();
    // Nor does a forecast that gives only its figure ("Analysts had expected $3 billion.").
    const forecast = "Economists had been expecting 2.9 percent.";
    expect(withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), [{ text: forecast, block: 0 }, { text: second, block: 0 }])).toBeNull();
    // An interviewer's question says nothing of who answers it.
    expect(withLeadSentence(question(second, "This growth came mostly from grain, which rose ____ percent."), [{ text: "How big is the harbour now?", block: 0 }, { text: second, block: 1 }])).toBeNull();
    // A statement cut out of the middle of its sentence cannot follow the lead.
    expect(withLeadSentence(question(second, "…mostly from grain, which rose ____ percent."), sentences)).toBeNull();
  });

  it("quotes the start of a quotation, with its speaker, before its unattributed rest", () => {
    const opening = `"We lose two ferries a month to the southern route," harbour master Inés Ødegård told reporters.`;
    const rest = `"Without a new quay, traffic will halve within four years."`;
    const asked = question(rest, `"Without a new quay, traffic will halve within ____ years."`);
    const fixed = withLeadSentence(asked, [{ text: opening, block: 0 }, { text: rest, block: 0 }], { speaker: true });
    expect(fixed?.prompt).toBe(`Fill in the blank: “${opening} "Without a new quay, traffic will halve within ____ years."”`);
    // Without a named speaker, or for an ordinary statement, the lead is not a quotation's start.
    const unnamed = `"We lose two ferries a month to the southern route."`;
    expect(withLeadSentence(asked, [{ text: unnamed, block: 0 }, { text: rest, block: 0 }], { speaker: true })).toBeNull();
    expect(withLeadSentence(asked, [{ text: first, block: 0 }, { text: rest, block: 0 }], { speaker: true })).toBeNull();
    expect(withLeadSentence(asked, [{ text: opening, block: 0 }, { text: rest, block: 0 }])).toBeNull();
  });

  it("lets the engine ask a pointing-back sentence as a ready question", () => {
    const article = `# Port Elm\n\n${first}\n\n${second}\n\nThe port employs 1,200 dockers, the board said on Monday.`;
    const asked = generate(article).questions.filter((q) => q.source.sentence === second && q.status === "ready" && q.prompt.includes("____"));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toContain(first);
  });

  it("asks the rest of a quotation with its speaker, never alone", () => {
    const opening = `"We lose two ferries a month to the southern route," harbour master Inés Ødegård told reporters.`;
    const rest = `"Without a new quay, traffic will halve within four years."`;
    const article = `# Port Elm\n\n${first}\n\n${opening} ${rest}\n\nThe port employs 1,200 dockers, the board said on Monday.`;
    const asked = generate(article).questions.filter((q) => q.source.sentence === rest && q.status === "ready");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).toContain("Ødegård told reporters");
  });
});
