import { describe, expect, it } from "vitest";
import type { ConsistencyIssue, Fact, PersonFact, QuoteFact } from "../types";
import { createContext } from "./context";
import { completeExcerpt, isFullName, personMatching, personQuestions, quoteMatching, quoteQuestions } from "./people-questions";

const text = [
  "Headline",
  "“We have closed the talks after six long years of work,” said Prime Minister Ola Strand.",
  "“Exports will rise by a third within two years, and jobs will follow,” said Rosa Vidal, chief economist at Norbank.",
  "The harbour was quiet for most of the week, and the markets barely moved at all.",
  "Finance Minister Tomas Berg and Governor Ines Kahl met on Friday. Berg said little.",
].join("\n");
const src = (sentence: string) => {
  const start = text.indexOf(sentence);
  return { sentence, start, end: start + sentence.length };
};
const s1 = src("“We have closed the talks after six long years of work,” said Prime Minister Ola Strand.");
const s2 = src("“Exports will rise by a third within two years, and jobs will follow,” said Rosa Vidal, chief economist at Norbank.");
const s3 = src("Finance Minister Tomas Berg and Governor Ines Kahl met on Friday.");

const quote = (id: string, source: typeof s1, quoted: string, speaker: string, extra: Partial<QuoteFact> = {}): QuoteFact =>
  ({ id, kind: "quote", sentenceIndex: 1, source, label: "", text: quoted, speaker, confidence: 0.95, ...extra });
const person = (id: string, source: typeof s1, name: string, title: string): PersonFact =>
  ({ id, kind: "person", sentenceIndex: 1, source, label: "", name, title });

const facts: Fact[] = [
  quote("f1", s1, "We have closed the talks after six long years of work", "Ola Strand"),
  quote("f2", s2, "Exports will rise by a third within two years, and jobs will follow", "Rosa Vidal"),
  person("f3", s1, "Ola Strand", "Prime Minister"),
  person("f4", s2, "Rosa Vidal", "chief economist at Norbank"),
  person("f5", s3, "Tomas Berg", "Finance Minister"),
  person("f6", s3, "Ines Kahl", "Governor"),
];

describe("name and excerpt helpers", () => {
  it("accepts full names only", () => {
    for (const n of ["Ola Strand", "Daniel R. Okafor-Smith", "Kim Yang-hee", "Ursula von der Brandt"]) expect(isFullName(n), n).toBe(true);
    for (const n of ["Berg", "Norway’s Prime Minister", "President Lee", "the officials", ""]) expect(isFullName(n), n).toBe(false);
  });

  it("keeps whole sentences of a long quotation, never a cut one", () => {
    expect(completeExcerpt("Short and whole.", 50)).toBe("Short and whole.");
    expect(completeExcerpt("The first sentence is here. The second one is much longer than the limit allows.", 40)).toBe("The first sentence is here.");
    expect(completeExcerpt("One single sentence that is far longer than the limit we set", 30)).toBeNull();
    // Abbreviations are not sentence ends.
    expect(completeExcerpt("The U.S. trade plan tends to split allies apart. It is therefore essential to coordinate our responses with others.", 60)).toBe("The U.S. trade plan tends to split allies apart.");
    expect(completeExcerpt("Mr. Lee was right about it. The rest of the long speech went on and on for hours.", 40)).toBe("Mr. Lee was right about it.");
  });
});

describe("quote questions", () => {
  const ctx = createContext(text, facts, [], 1);

  it("offers at least three real people by full name", () => {
    const [sc] = quoteQuestions(ctx, facts[0] as QuoteFact);
    expect(sc?.question.type).toBe("single_choice");
    if (sc?.question.type !== "single_choice") return;
    expect(sc.question.options.length).toBeGreaterThanOrEqual(3);
    for (const o of sc.question.options) expect(isFullName(o), o).toBe(true);
    expect(sc.question.prompt).not.toContain("…");
  });

  it("skips pronoun, group and surname-only speakers and quotes it cannot show whole", () => {
    expect(quoteQuestions(ctx, quote("f9", s1, "We have closed the talks after six long years of work", "he"))).toEqual([]);
    expect(quoteQuestions(ctx, quote("f9", s1, "We have closed the talks after six long years of work", "officials", { confidence: 0.2 }))).toEqual([]);
    expect(quoteQuestions(ctx, quote("f9", s1, "We have closed the talks after six long years of work", "Strand")).filter((d) => d.question.type === "single_choice")).toEqual([]);
    const long = `${"word ".repeat(60)}end`;
    expect(quoteQuestions(ctx, quote("f9", s1, long, "Ola Strand")).filter((d) => d.question.type === "single_choice")).toEqual([]);
  });

  it("builds a contradicted quote's questions flagged for a teacher", () => {
    const issue: ConsistencyIssue = { kind: "ratio_mismatch", message: "The quoted third does not match the figures.", sentences: [s2.sentence], sources: [s2], factIds: ["f2"] };
    const doubted = facts.map((f) => (f.id === "f2" ? { ...f, contradicted: true } : f));
    const c = createContext(text, doubted, [issue], 1);
    const drafts = quoteQuestions(c, doubted[1] as QuoteFact);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.flags).toEqual([{ code: "contradicted", message: "The quoted third does not match the figures." }]);
    // A matching question never mixes a doubted quote in.
    expect(quoteMatching(c, doubted.filter((f): f is QuoteFact => f.kind === "quote"))).toEqual([]);
  });

  it("matches quotations to speakers only with three pairs or more", () => {
    const third = quote("f7", s3, "Harbour fees will fall next spring for every small boat", "Tomas Berg");
    expect(quoteMatching(ctx, [facts[0], facts[1]] as QuoteFact[])).toEqual([]);
    const [m] = quoteMatching(ctx, [facts[0], facts[1], third] as QuoteFact[]);
    expect(m?.question.type).toBe("matching");
  });
});

describe("role questions", () => {
  const ctx = createContext(text, facts, [], 1);

  it("asks a role only with three or more real people to choose from", () => {
    const [q] = personQuestions(ctx, facts[4] as PersonFact);
    expect(q?.question.type).toBe("single_choice");
    if (q?.question.type === "single_choice") expect(q.question.options.length).toBeGreaterThanOrEqual(3);
    const few = createContext(text, facts.slice(2, 4), [], 1);
    expect(personQuestions(few, facts[3] as PersonFact)).toEqual([]);
  });

  it("flags a contradicted person's question", () => {
    const doubted = facts.map((f) => (f.id === "f5" ? { ...f, contradicted: true } : f));
    const [q] = personQuestions(createContext(text, doubted, [], 1), doubted[4] as PersonFact);
    expect(q?.flags?.[0]?.code).toBe("contradicted");
  });
});

describe("who did what", () => {
  const body = "Although the Anna Berg administration pushed to join, the effort stalled.\nPresident Lars Holm and Prime Minister Eva Lind met in May. Chief Economist Rosa Vidal spoke.";
  const t = `Headline\n${body}`;
  const at = (s: string) => ({ sentence: s, start: t.indexOf(s), end: t.indexOf(s) + s.length });
  const s1 = at("Although the Anna Berg administration pushed to join, the effort stalled.");
  const s2 = at("President Lars Holm and Prime Minister Eva Lind met in May.");
  const people: Fact[] = [
    person("f1", s1, "Anna Berg", "administration"),
    person("f2", s2, "Lars Holm", "President"),
    person("f3", s2, "Eva Lind", "Prime Minister"),
    person("f4", at("Chief Economist Rosa Vidal spoke."), "Rosa Vidal", "Chief Economist"),
  ];

  it("asks which leader's government acted, with other leaders as the wrong options", () => {
    const [q] = personQuestions(createContext(t, people, [], 1), people[0] as PersonFact);
    expect(q?.question.type).toBe("single_choice");
    if (q?.question.type !== "single_choice") return;
    expect(q.question.prompt).toContain("“Although the ____ administration pushed to join");
    expect([...q.question.options].sort()).toEqual(["Anna Berg", "Eva Lind", "Lars Holm"]);
    expect(q.question.answerText).toBe("Anna Berg");
  });

  it("is not asked with fewer than two other leaders", () => {
    const few = people.filter((f) => f.id !== "f3");
    expect(personQuestions(createContext(t, few, [], 1), few[0] as PersonFact)).toEqual([]);
  });
});

describe("a later quotation that names its speaker by surname", () => {
  const body = [
    "Headline",
    "Port director Lena Moss said the cranes would run all night.",
    "“We will not reopen the quay until the inspectors sign off in writing,” said Moss.",
    "“It will take a while to finish all of that,” said Moss.",
    "Harbour pilot Jon Moss and Ivo Berg agreed.",
  ];
  const at = (sentence: string, t: string) => ({ sentence, start: t.indexOf(sentence), end: t.indexOf(sentence) + sentence.length });
  const build = (lines: string[], extra: Fact[] = []) => {
    const t = lines.join("\n");
    const fs: Fact[] = [
      quote("q1", at(lines[2] as string, t), "We will not reopen the quay until the inspectors sign off in writing", "Lena Moss"),
      quote("q2", at(lines[3] as string, t), "It will take a while to finish all of that", "Lena Moss"),
      person("p1", at(lines[1] as string, t), "Lena Moss", "Port director"),
      ...extra,
    ];
    return { ctx: createContext(t, fs, [], 1), fs };
  };

  it("blanks the surname when no one else in the article has it, and the quotation stands on its own", () => {
    const { ctx, fs } = build(body.slice(0, 4));
    const blank = quoteQuestions(ctx, fs[0] as QuoteFact).find((d) => d.question.type === "fill_blank")?.question;
    expect(blank?.prompt).toBe("Fill in the blank with the speaker's name: “We will not reopen the quay until the inspectors sign off in writing,” said ____.");
    expect(blank?.type === "fill_blank" && blank.answer.accepted).toEqual(expect.arrayContaining(["Lena Moss", "Moss"]));
    // "It will take a while …" points at nothing out of its paragraph.
    expect(quoteQuestions(ctx, fs[1] as QuoteFact).filter((d) => d.question.type === "fill_blank")).toEqual([]);
  });

  it("leaves the quotation alone when another person shares the surname", () => {
    const t = body.join("\n");
    const { ctx, fs } = build(body, [person("p2", at(body[4] as string, t), "Jon Moss", "Harbour pilot")]);
    expect(quoteQuestions(ctx, fs[0] as QuoteFact).filter((d) => d.question.type === "fill_blank")).toEqual([]);
  });
});

describe("roles written as abbreviations", () => {
  const body = [
    "Headline",
    "Rep. Han Do-yun of the ruling party said the plan was overdue.",
    "Sen. Mara Quist voted against it on Tuesday.",
    "Dr. Ilse Varga, who studies road safety, said little.",
    "Transport Minister Odo Brenn met Governor Lia Sand on Monday.",
  ].join("\n");
  const at = (sentence: string) => ({ sentence, start: body.indexOf(sentence), end: body.indexOf(sentence) + sentence.length });
  const people: PersonFact[] = [
    person("r1", at("Rep. Han Do-yun of the ruling party said the plan was overdue."), "Han Do-yun", "Rep."),
    person("r2", at("Sen. Mara Quist voted against it on Tuesday."), "Mara Quist", "Sen."),
    person("r3", at("Dr. Ilse Varga, who studies road safety, said little."), "Ilse Varga", "Dr."),
    person("r4", at("Transport Minister Odo Brenn met Governor Lia Sand on Monday."), "Odo Brenn", "Transport Minister"),
  ];

  it("writes an abbreviated title out in full as the role to match, and leaves a form of address out", () => {
    const [m] = personMatching(createContext(body, people, [], 1), people);
    expect(m?.question.type).toBe("matching");
    if (m?.question.type !== "matching") return;
    expect(m.question.options).toEqual(expect.arrayContaining(["Representative", "Senator", "Transport Minister"]));
    expect(m.question.options).not.toContain("Rep.");
    expect(m.question.options).not.toContain("Sen.");
    expect(m.question.prompts).not.toContain("Ilse Varga");
  });

  it("keeps a title written in full as it is", () => {
    const full = people.map((p) => (p.id === "r1" ? { ...p, title: "Representative" } : p.id === "r2" ? { ...p, title: "Senator" } : p));
    const [m] = personMatching(createContext(body, full, [], 1), full);
    if (m?.question.type !== "matching") throw new Error("no matching");
    expect(m.question.options).toEqual(expect.arrayContaining(["Representative", "Senator", "Transport Minister"]));
  });
});

describe("a role whose organisation the article names after 'of' with no 'the'", () => {
  const body = [
    "Headline",
    "Analyst Petra Lind of Nordhavn Bank said the figures were solid.",
    "Chief Executive Jonas Wik said sales would grow.",
    "Treasurer Ada Holm of the Harbour Trust said costs were rising.",
  ].join("\n");
  const at = (sentence: string) => ({ sentence, start: body.indexOf(sentence), end: body.indexOf(sentence) + sentence.length });
  const people: PersonFact[] = [
    { ...person("o1", at("Analyst Petra Lind of Nordhavn Bank said the figures were solid."), "Petra Lind", "Analyst"), organisation: "Nordhavn Bank" },
    person("o2", at("Chief Executive Jonas Wik said sales would grow."), "Jonas Wik", "Chief Executive"),
    { ...person("o3", at("Treasurer Ada Holm of the Harbour Trust said costs were rising."), "Ada Holm", "Treasurer"), organisation: "Harbour Trust" },
  ];
  const ctx = createContext(body, people, [], 1);

  it("asks for the role in the article's words, not as 'Analyst, Nordhavn Bank'", () => {
    const [q] = personQuestions(ctx, people[0] as PersonFact);
    expect(q?.question.prompt).toBe("Who does the article describe as Analyst of Nordhavn Bank?");
  });

  it("keeps 'of the' where the article writes it", () => {
    const [q] = personQuestions(ctx, people[2] as PersonFact);
    expect(q?.question.prompt).toBe("Who does the article describe as Treasurer of the Harbour Trust?");
  });
});

describe("a role whose organisation the article writes right before the title", () => {
  const body = [
    "Headline",
    "Nordhavn Chief Executive Jonas Wik said sales would grow.",
    "On Monday Chief Economist Lars Eng said traffic was up.",
    "Chief Operating Officer Ada Holm said costs were rising.",
    "Kari Lunde and Ole Brun also spoke.",
  ].join("\n");
  const at = (sentence: string) => ({ sentence, start: body.indexOf(sentence), end: body.indexOf(sentence) + sentence.length });
  const people: PersonFact[] = [
    person("w1", at("Nordhavn Chief Executive Jonas Wik said sales would grow."), "Jonas Wik", "Chief Executive"),
    person("w2", at("On Monday Chief Economist Lars Eng said traffic was up."), "Lars Eng", "Chief Economist"),
    person("w3", at("Chief Operating Officer Ada Holm said costs were rising."), "Ada Holm", "Chief Operating Officer"),
  ];
  const ctx = createContext(body, people, [], 1);
  ctx.people.push("Kari Lunde", "Ole Brun");

  it("keeps the organisation in the role: chief executive of what", () => {
    const [q] = personQuestions(ctx, people[0] as PersonFact);
    expect(q?.question.prompt).toBe("Who does the article describe as the Nordhavn Chief Executive?");
  });

  it("does not take a sentence's opening word or a day for an organisation", () => {
    const [q2] = personQuestions(ctx, people[1] as PersonFact);
    expect(q2?.question.prompt).toBe("Who does the article describe as Chief Economist?");
    const [q3] = personQuestions(ctx, people[2] as PersonFact);
    expect(q3?.question.prompt).toBe("Who does the article describe as Chief Operating Officer?");
  });
});
