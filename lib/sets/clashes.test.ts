import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/question-types";
import { clashBetween, clashesAmong, clashMap, clashNotes, keptApart, type SetQuestion } from "./clashes";

// Sentences written for these tests: one about a harbour's revenue, one about its ferries.
const REVENUE = "Harbour revenue climbed 8.5% to $3.2 billion in 2022, the port authority said.";
const FERRIES = "Fourteen of the 20 ferries on the island routes ran late in March.";
const source = (sentence: string) => {
  const start = sentence === REVENUE ? 0 : 200;
  return { sentence, start, end: start + sentence.length };
};
const shared = (id: string, sentence: string, factIds: string[]) => ({ id, explanation: "Because the article says so.", difficulty: 0.4, source: source(sentence), factIds });

const clozePct: Question = {
  type: "fill_blank",
  prompt: "Fill in the blank: “Harbour revenue climbed ____ percent to $3.2 billion in 2022, the port authority said.”",
  answer: { accepted: ["8.5", "8.5 percent", "8.5%"] },
  answerText: "8.5 percent",
  ...shared("q-pct", REVENUE, ["pct"]),
};
const askUsd: Question = {
  type: "numeric",
  prompt: "According to the article, what was harbour revenue in 2022? Answer in billions of US dollars.",
  answer: { value: 3.2, tolerance: 0.05 },
  answerText: "$3.2 billion",
  ...shared("q-usd", REVENUE, ["usd"]),
};
const askUsdAgain: Question = {
  type: "single_choice",
  prompt: "According to the article, what was harbour revenue in 2022?",
  options: ["$3.2 billion", "$2.4 billion", "$4.1 billion", "$1.9 billion"],
  answer: 0,
  answerText: "$3.2 billion",
  ...shared("q-usd-choice", REVENUE, ["usd"]),
};
const trueFalseUsd: Question = {
  type: "true_false",
  prompt: "True or false? According to the article: Harbour revenue climbed 8.5% to $3.2 billion in 2022.",
  answer: true,
  answerText: "True",
  ...shared("q-tf", REVENUE, ["usd"]),
};
const askFerries: Question = {
  type: "numeric",
  prompt: "According to the article, how many of the 20 ferries on the island routes ran late in March?",
  answer: { value: 14, tolerance: 0 },
  answerText: "14",
  ...shared("q-ferries", FERRIES, ["late"]),
};

const inArticle = (question: Question, articleId: string | null = "harbour"): SetQuestion => ({ articleId, question });

describe("clashBetween", () => {
  it("finds the question that prints another's answer, whichever comes first", () => {
    expect(clashBetween(inArticle(clozePct), inArticle(askUsd))).toEqual({ kind: "shows", shower: "q-pct", shown: "q-usd", key: "$3.2 billion" });
    expect(clashBetween(inArticle(askUsd), inArticle(clozePct))).toEqual({ kind: "shows", shower: "q-pct", shown: "q-usd", key: "$3.2 billion" });
  });

  it("finds one fact asked twice with the same answer", () => {
    expect(clashBetween(inArticle(askUsd), inArticle(askUsdAgain))).toEqual({ kind: "duplicate", first: "q-usd", second: "q-usd-choice" });
  });

  it("leaves questions on different sentences that show nothing of each other", () => {
    expect(clashBetween(inArticle(clozePct), inArticle(askFerries))).toBeNull();
  });

  it("finds a choice on another sentence that lists a recall question's answer as a whole option", () => {
    const FOUNDED = "The port authority was founded in 1936 and is run by a board of nine.";
    const at = (sentence: string, start: number) => ({ sentence, start, end: start + sentence.length });
    const askFounded: Question = {
      type: "fill_blank",
      prompt: "Fill in the blank: “The port authority was founded in ____ and is run by a board of nine.”",
      answer: { accepted: ["1936"] },
      answerText: "1936",
      ...shared("q-founded", FOUNDED, ["founded"]),
      source: at(FOUNDED, 400),
    };
    const yearChoice: Question = {
      type: "single_choice",
      prompt: "In which year did harbour revenue climb to $3.2 billion?",
      options: ["2019", "1936", "2022", "2021"],
      answer: 2,
      answerText: "2022",
      ...shared("q-year", REVENUE, ["year"]),
    };
    expect(clashBetween(inArticle(askFounded), inArticle(yearChoice))).toEqual({ kind: "shows", shower: "q-year", shown: "q-founded", key: "1936" });
    // A name the recall question asks for, among a matching's people on yet another sentence.
    const SPOKE = "“Trade is back,” said Mara Quist, the port's director.";
    const askSpeaker: Question = {
      type: "fill_blank",
      prompt: "Fill in the blank with the speaker's name: “Trade is back,” said ____, the port's director.",
      answer: { accepted: ["Mara Quist", "Quist"] },
      answerText: "Mara Quist",
      ...shared("q-speaker", SPOKE, ["spoke"]),
      source: at(SPOKE, 600),
    };
    const roles: Question = {
      type: "matching",
      prompt: "Match each person to the role the article gives them.",
      prompts: ["Mara Quist", "Ivo Lind"],
      options: ["the port's director", "harbour master"],
      answer: [0, 1],
      answerText: "Mara Quist: the port's director; Ivo Lind: harbour master",
      ...shared("q-roles", FERRIES, ["roles"]),
    };
    // (Here the speaker question also asks one of the matching's pairs on its own: the same asked twice.)
    expect(clashBetween(inArticle(roles), inArticle(askSpeaker))).toEqual({ kind: "duplicate", first: "q-roles", second: "q-speaker" });
    const askSpeakerAlone: Question = { ...askSpeaker, prompt: "Fill in the blank with the speaker's name: “Trade is back,” said ____." };
    expect(clashBetween(inArticle(roles), inArticle(askSpeakerAlone))).toEqual({ kind: "shows", shower: "q-roles", shown: "q-speaker", key: "Mara Quist" });
    // A stem that prints one of the matching's pairs side by side gives part of its answer.
    const tfSpoke: Question = { ...trueFalseUsd, prompt: "True or false? According to the article: “Trade is back,” said Mara Quist, the port's director.", ...shared("q-tf-spoke", SPOKE, ["spoke"]), source: at(SPOKE, 600) };
    expect(clashBetween(inArticle(tfSpoke), inArticle(roles))).toEqual({ kind: "shows", shower: "q-tf-spoke", shown: "q-roles", key: "Mara Quist → the port's director" });
    const tfName: Question = { ...tfSpoke, prompt: "True or false? According to the article: Mara Quist expects 40 cruise calls next year.", id: "q-tf-name" };
    expect(clashBetween(inArticle(tfName), inArticle(roles))).toBeNull();
    // Not a figure inside another sentence, nor a small count among a choice's neighbouring options.
    const tfFounded: Question = { ...trueFalseUsd, prompt: "True or false? According to the article: The ferry line was set up in 1936.", ...shared("q-tf-1936", FERRIES, ["line"]) };
    expect(clashBetween(inArticle(tfFounded), inArticle(askFounded))).toBeNull();
    const countChoice: Question = { ...yearChoice, prompt: "How many berths does the harbour have?", options: ["12", "14", "16", "18"], answer: 0, answerText: "12", ...shared("q-berths", REVENUE, ["berths"]) };
    expect(clashBetween(inArticle(countChoice), inArticle(askFerries))).toBeNull();
  });

  it("never compares questions of different articles, or imported ones, whose offsets mean nothing to each other", () => {
    expect(clashBetween(inArticle(clozePct, "harbour"), inArticle(askUsd, "another"))).toBeNull();
    expect(clashBetween(inArticle(clozePct, null), inArticle(askUsd, null))).toBeNull();
  });

  it("does not clash a question with itself", () => {
    expect(clashBetween(inArticle(clozePct), inArticle(clozePct))).toBeNull();
  });
});

describe("keptApart", () => {
  it("adds every question when none gives another away", () => {
    const adding = [inArticle(clozePct), inArticle(askFerries)];
    expect(keptApart([], adding)).toEqual({ kept: adding, left: [] });
  });

  it("keeps out a question that clashes with one the set already holds", () => {
    const { kept, left } = keptApart([inArticle(askUsd)], [inArticle(clozePct), inArticle(askFerries)]);
    expect(kept.map((k) => k.question.id)).toEqual(["q-ferries"]);
    expect(left.map((l) => [l.item.question.id, l.clash.kind])).toEqual([["q-pct", "shows"]]);
  });

  it("keeps as many as it can: the question that gives away several goes, not the several, though it comes first", () => {
    // The cloze prints the $3.2 billion one question asks for and the port authority the other does.
    const askWho: Question = {
      type: "single_choice",
      prompt: "According to the article, who reported the rise in harbour revenue in 2022?",
      options: ["the port authority", "the finance ministry", "the harbour master", "the shipping council"],
      answer: 0,
      answerText: "the port authority",
      ...shared("q-who", REVENUE, ["who"]),
    };
    const { kept, left } = keptApart([], [inArticle(clozePct), inArticle(askUsd), inArticle(askWho)]);
    expect(kept.map((k) => k.question.id)).toEqual(["q-usd", "q-who"]);
    expect(left.map((l) => l.item.question.id)).toEqual(["q-pct"]);
  });

  it("of a pair that clash with each other alone, keeps the one that makes the student find the answer, and keeps the order given", () => {
    const tf: Question = { ...trueFalseUsd, prompt: "True or false? According to the article: Fourteen of the 20 ferries on the island routes ran late in March.", ...shared("q-tf-ferries", FERRIES, ["late"]) };
    const { kept, left } = keptApart([], [inArticle(tf), inArticle(clozePct), inArticle(askFerries)]);
    expect(kept.map((k) => k.question.id)).toEqual(["q-pct", "q-ferries"]);
    expect(left).toEqual([{ item: inArticle(tf), clash: { kind: "shows", shower: "q-tf-ferries", shown: "q-ferries", key: "14" } }]);
  });

  it("adds nothing twice and leaves a set with no clashing pair", () => {
    const all = [clozePct, askUsd, askUsdAgain, trueFalseUsd, askFerries].map((q) => inArticle(q));
    const { kept, left } = keptApart([], all);
    expect(kept.length + left.length).toBe(all.length);
    expect(clashesAmong(kept)).toEqual([]);
  });
});

describe("clashNotes", () => {
  it("marks both questions of each pair in a set, each from its own side", () => {
    const notes = clashNotes([inArticle(clozePct), inArticle(askUsd), inArticle(askFerries)]);
    expect(notes.get("q-pct")).toEqual([{ kind: "shows", other: "q-usd", key: "$3.2 billion" }]);
    expect(notes.get("q-usd")).toEqual([{ kind: "shownBy", other: "q-pct", key: "$3.2 billion" }]);
    expect(notes.has("q-ferries")).toBe(false);
  });

  it("reads candidates against a set's questions only", () => {
    const notes = clashNotes([inArticle(askUsdAgain), inArticle(askFerries)], [inArticle(askUsd)]);
    expect([...notes.entries()]).toEqual([["q-usd-choice", [{ kind: "same", other: "q-usd" }]]]);
  });
});

describe("a question that asks one pair of a matching on its own", () => {
  const PEOPLE = "Chief Executive Ana Ruiz and Finance Director Tom Berg spoke at the harbour's annual meeting.";
  const people = (id: string, factIds: string[]) => ({ ...shared(id, PEOPLE, factIds), source: { sentence: PEOPLE, start: 400, end: 400 + PEOPLE.length } });
  const roles: Question = {
    type: "matching",
    prompt: "Match each person to the role the article gives them.",
    prompts: ["Ana Ruiz", "Tom Berg", "Lea Kim"],
    options: ["Chief Executive", "Finance Director", "Harbour Master"],
    answer: [0, 1, 2],
    answerText: "Ana Ruiz: Chief Executive; Tom Berg: Finance Director; Lea Kim: Harbour Master",
    ...people("q-roles", ["ruiz", "berg", "kim"]),
  };
  const whoLeads: Question = {
    type: "single_choice",
    prompt: "Who does the article describe as Chief Executive?",
    options: ["Tom Berg", "Ana Ruiz", "Lea Kim"],
    answer: 1,
    answerText: "Ana Ruiz",
    ...people("q-who", ["ruiz"]),
  };
  const item = (question: Question): SetQuestion => ({ articleId: "a1", question });

  it("keeps it apart from the matching, as the same thing asked twice", () => {
    expect(clashBetween(item(roles), item(whoLeads))).toEqual({ kind: "duplicate", first: "q-roles", second: "q-who" });
    expect(clashBetween(item(whoLeads), item(roles))?.kind).toBe("duplicate");
  });

  it("leaves a role the matching does not pair with that person, and questions of other articles, alone", () => {
    const whoElse: Question = { ...whoLeads, id: "q-who-2", prompt: "Who does the article describe as Port Engineer?", options: ["Tom Berg", "Ana Ruiz", "Ola Dahl"], answer: 1, answerText: "Ana Ruiz" };
    expect(clashBetween(item(roles), item(whoElse))).toBeNull();
    expect(clashBetween(item(roles), { articleId: "a2", question: whoLeads })).toBeNull();
  });
});

describe("clashMap", () => {
  it("links both questions of each pair, and leaves out questions that clash with none", () => {
    const map = clashMap([inArticle(clozePct), inArticle(askUsd), inArticle(askUsdAgain), inArticle(askFerries)]);
    expect(map.get("q-pct")).toEqual(["q-usd", "q-usd-choice"]);
    expect(map.get("q-usd")).toEqual(expect.arrayContaining(["q-pct", "q-usd-choice"]));
    expect(map.has("q-ferries")).toBe(false);
  });
});

describe("a count another sentence states with the same noun, of the same thing", () => {
  const RULE = "The council must freeze parking fees for two years and publish its accounts.";
  const SAID = "“A fee freeze of only two years will not help shoppers,” said Ana Ruiz.";
  const at = (sentence: string, start: number) => ({ sentence, start, end: start + sentence.length });
  const askYears: Question = {
    type: "numeric",
    prompt: "According to the article, what number fills the blank? “The council must freeze parking fees for ____ years and publish its accounts.” Answer with a number.",
    answer: { value: 2, tolerance: 0 },
    answerText: "2",
    id: "q-years", explanation: "Because.", difficulty: 0.4, source: at(RULE, 0), factIds: ["rule"],
  };
  const whoSaid: Question = {
    type: "single_choice",
    prompt: "Who is quoted in the article as saying: “A fee freeze of only two years will not help shoppers”?",
    options: ["Ana Ruiz", "Tom Berg", "Lea Kim"],
    answer: 0,
    answerText: "Ana Ruiz",
    id: "q-said", explanation: "Because.", difficulty: 0.4, source: at(SAID, 400), factIds: ["quote"],
  };
  it("keeps the two apart: the quotation prints the count asked for", () => {
    expect(clashBetween({ articleId: "a", question: whoSaid }, { articleId: "a", question: askYears })).toEqual({ kind: "shows", shower: "q-said", shown: "q-years", key: "2" });
  });
});
