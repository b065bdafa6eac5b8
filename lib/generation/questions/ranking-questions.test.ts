import { describe, expect, it } from "vitest";
import type { ConsistencyIssue, MembershipFact, RankingFact } from "../types";
import { createContext } from "./context";
import { itemListQuestions, rankingQuestions } from "./ranking-questions";

const sentence = "The panel ranked the sectors most at risk: shipping scored 81 points, mining 64 and farming 40.";
const text = `Headline\n${sentence}`;
const source = { sentence, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length };
const ranking: RankingFact = {
  id: "f1", kind: "ranking", sentenceIndex: 1, source, label: "", what: "The panel ranked the sectors most at risk", unit: "points",
  items: [{ label: "shipping", score: 81 }, { label: "mining", score: 64 }, { label: "farming", score: 40 }],
};

describe("ranking questions", () => {
  it("are ready when nothing doubts the ranking", () => {
    const drafts = rankingQuestions(createContext(text, [ranking], [], 1), ranking);
    expect(drafts.map((d) => d.question.type)).toEqual(expect.arrayContaining(["ordering", "matching", "single_choice"]));
    for (const d of drafts) expect(d.flags).toBeUndefined();
  });

  it("are still built for a contradicted ranking, each flagged with the finding", () => {
    const doubted = { ...ranking, contradicted: true };
    const issue: ConsistencyIssue = { kind: "percent_sum", message: "These scores cannot all be right.", sentences: [sentence], sources: [source], factIds: ["f1"] };
    const drafts = rankingQuestions(createContext(text, [doubted], [issue], 1), doubted);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.flags).toEqual([{ code: "contradicted", message: "These scores cannot all be right." }]);
  });
});

describe("item list questions", () => {
  const body = [
    "Before the war, the island exported mostly sugar, rum and tobacco to Spain.",
    "After the war, trade in manufactured goods like cement, glass and textiles grew quickly.",
  ];
  const listText = `Headline\n${body.join(" ")}`;
  const fact = (id: string, sentence: string, container: string, members: string[]): MembershipFact => {
    const start = listText.indexOf(sentence);
    return { id, kind: "membership", sentenceIndex: 1, source: { sentence, start, end: start + sentence.length }, label: "", container, members, nonMembers: [] };
  };
  const a = fact("f1", body[0] as string, "exported mostly", ["sugar", "rum", "tobacco"]);
  const b = fact("f2", body[1] as string, "manufactured goods like", ["cement", "glass", "textiles"]);

  it("blanks the list in the sentence and offers things listed elsewhere as wrong options", () => {
    const q = itemListQuestions(createContext(listText, [a, b], [], 1), a)[0]?.question;
    expect(q?.type).toBe("multiple_select");
    if (q?.type !== "multiple_select") return;
    expect(q.prompt).toContain("exported mostly ____ to Spain.");
    expect(q.answerText).toBe("sugar, rum and tobacco");
    expect(q.answer.map((i) => q.options[i]).sort()).toEqual(["rum", "sugar", "tobacco"]);
    const wrong = q.options.filter((_, i) => !q.answer.includes(i));
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const w of wrong) expect(["cement", "glass", "textiles"]).toContain(w);
  });

  it("never shows a sentence that carries a contradicted figure", () => {
    const doubted = { id: "f9", kind: "number", sentenceIndex: 1, source: a.source, label: "", value: 3, unit: "count", raw: "rum", what: "x", contradicted: true } as const;
    expect(itemListQuestions(createContext(listText, [a, b, doubted], [], 1), a)).toEqual([]);
  });

  it("is not asked without enough wrong options from the article", () => {
    expect(itemListQuestions(createContext(listText, [a], [], 1), a)).toEqual([]);
  });
});

describe("counted lists of names", () => {
  const sentence = "In the vote, four states (Peru, Chile, Fiji and Nepal) voted against the motion, while Ghana abstained.";
  const t = `Headline\n${sentence}`;
  const f: MembershipFact = {
    id: "f1", kind: "membership", sentenceIndex: 1, source: { sentence, start: t.indexOf(sentence), end: t.indexOf(sentence) + sentence.length },
    label: "", container: "four states", members: ["Peru", "Chile", "Fiji", "Nepal"], nonMembers: [],
  };

  it("offers other countries, never one the sentence names", () => {
    const q = itemListQuestions(createContext(t, [f], [], 1), f)[0]?.question;
    expect(q?.type).toBe("multiple_select");
    if (q?.type !== "multiple_select") return;
    expect(q.prompt).toContain("four states (____) voted against");
    const wrong = q.options.filter((_, i) => !q.answer.includes(i));
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    expect(wrong).not.toContain("Ghana");
  });

  it("never offers a country the article names only as a place, the one the story is about", () => {
    // Written for the test: the motion concerns Mongolia, which acts nowhere; Ecuador drafted it.
    const story = `Headline\nThe motion on the borders of Mongolia was drafted by Ecuador. ${sentence} Aid will flow into Mongolia from next year.`;
    const g: MembershipFact = { ...f, source: { sentence, start: story.indexOf(sentence), end: story.indexOf(sentence) + sentence.length } };
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]) {
      const q = itemListQuestions(createContext(story, [g], [], seed), g)[0]?.question;
      if (q?.type !== "multiple_select") throw new Error("no question");
      expect(q.options).not.toContain("Mongolia");
    }
  });
});
