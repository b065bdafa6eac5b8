import { describe, expect, it } from "vitest";
import type { ConsistencyIssue, RankingFact } from "../types";
import { createContext } from "./context";
import { rankingQuestions } from "./ranking-questions";

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
