import { describe, expect, it } from "vitest";
import { generate } from "../index";

const article = (sentence: string) => `Results day\n\nThe Torvik Group reported its results on Tuesday. ${sentence} Its chief executive said the year ahead would be hard.`;

describe("cause questions", () => {
  it("offers a company's results wrong reasons from its market, not border disputes or scandals", () => {
    const { questions } = generate(article("The group's net profit fell 12 percent to 80 million euros due to higher shipping costs."));
    const cause = questions.find((q) => q.type === "single_choice" && q.answerText === "higher shipping costs");
    expect(cause).toBeDefined();
    const options = cause && "options" in cause ? cause.options : [];
    for (const o of options) expect(o).not.toMatch(/border|scandal|constitutional|fishing|nuclear|flooding|parliament/);
  });

  it("does the same for a market's exports or output", () => {
    const { questions } = generate(article("The group's timber exports fell 4 percent to 80 million euros due to a wet summer in the north."));
    const cause = questions.find((q) => q.type === "single_choice" && q.answerText === "a wet summer in the north");
    const options = cause && "options" in cause ? cause.options : [];
    for (const o of options) expect(o).not.toMatch(/border|scandal|constitutional|fishing|nuclear|flooding|parliament|public funding/);
  });

  it("offers the stock reasons only for public affairs, where they are plausible", () => {
    // A ferry turning back, a bridge's extra cost: stock reasons ("a border dispute") are told apart without reading.
    const ferry = generate(article("The group's ferry to Kiel turned back to port on Monday because of a fault in its steering gear."));
    expect(ferry.questions.some((q) => q.answerText === "a fault in its steering gear")).toBe(false);
    const bridge = generate(article("The engineer said the extra cost was due to the discovery of soft clay under the river bed."));
    expect(bridge.questions.some((q) => q.answerText === "the discovery of soft clay under the river bed")).toBe(false);
    const plan = generate(article("The ministry shelved its plan for a new motorway because of objections from local farmers."));
    expect(plan.questions.some((q) => q.type === "single_choice" && q.answerText === "objections from local farmers")).toBe(true);
    // "plan" as a verb is no public affair: a race capped "because of ____" gets no stock reasons.
    const race = generate(article("Organisers plan to limit the cycle race to 900 riders next year because of congestion on the narrow bridge."));
    expect(race.questions.some((q) => q.answerText === "congestion on the narrow bridge")).toBe(false);
    const citys = generate(article("The city's plan for a tram line was dropped because of objections from local shopkeepers."));
    expect(citys.questions.some((q) => q.type === "single_choice" && q.answerText === "objections from local shopkeepers")).toBe(true);
  });
});
