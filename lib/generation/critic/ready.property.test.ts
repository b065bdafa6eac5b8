import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generate } from "../index";
import { answerProblems } from "../questions/answer-checks";
import { mentions, normalise } from "../questions/text";
import { figureOf } from "./statement";

// News-like sentences written for this test, so random articles reach every kind of fact.
const fragment = fc.constantFrom(
  "The Federation of Nordic Exporters (FNE) said 45.5 percent of member firms expect growth next year.",
  "Exports rose from $3.1 billion in 2019 to $4.2 billion in 2023, the ministry said.",
  "“We are cautious about the second half,” said Anna Berg, chief economist at Nordbank.",
  "The bloc has 9 members, including France, Spain and Italy, while Norway is not a member.",
  "Steel scored 80 points, autos 60 and chips 40 in the ranking of promising sectors.",
  "Talks on the accord began in 1998 and were halted in 2004 over farm subsidies.",
  "Turnout reached 31 204 118 voters, the commission said on Monday.",
  "Two days before the summit, the ministers met in Oslo.",
  "Just 3 percent of respondents said the plan was unnecessary.",
  "Imports fell 5 percent to $52 billion in May, while exports rose 7 percent.",
  "The party won 52 seats and its rival took 5 seats in the vote.",
  "Prices rose 12% in March, the fastest pace in a decade.",
  "Unemployment fell to 4.1 percent in the three months to June.",
);
const article = fc.array(fragment, { minLength: 2, maxLength: 10 }).map((xs) => xs.join(" "));

describe("a ready question, on any article", () => {
  it("is keyed to its source, has distinct options by text and value, and no option in its stem", () => {
    let readySeen = 0;
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 1000 }), (text, seed) => {
        for (const q of generate(text, { seed }).questions) {
          if (q.status !== "ready") {
            expect(q.flags?.length, q.prompt).toBeGreaterThan(0);
            continue;
          }
          readySeen++;
          expect(answerProblems(q, text), q.prompt).toEqual([]);
          const options = "options" in q ? q.options : [];
          expect(new Set(options.map(normalise)).size, q.prompt).toBe(options.length);
          const figures = options.map(figureOf).filter((f) => f !== null).map((f) => `${f.value}|${f.unit}`);
          expect(new Set(figures).size, q.prompt).toBe(figures.length);
          if (q.type !== "matching" && q.type !== "ordering") for (const o of options) expect(mentions(q.prompt, o), `${o} in ${q.prompt}`).toBe(false);
          expect(q.prompt, q.prompt).not.toMatch(/…|[\p{L}\p{N}]____|____[\p{L}\p{N}]/u);
        }
      }),
      { numRuns: 60 },
    );
    // The property is only worth something if the engine is sure of a fair number of questions.
    expect(readySeen).toBeGreaterThan(100);
  });
});
