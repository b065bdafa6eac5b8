// What a teacher must find among the seed article's ready questions (issue 11's bar): every key
// figure and list, asked by a question the engine is sure of.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "./index";
import { keyedText } from "./questions/answer-checks";
import { mentionsNumber } from "./questions/numbers";
import { mentions } from "./questions/text";

const seed = readFileSync(fileURLToPath(new URL("../../content/korea-japan-economic-ties.md", import.meta.url)), "utf8");
const result = generate(seed);
const ready = result.questions.filter((q) => q.status === "ready");

const keyOf = keyedText;
const asksFigure = (figure: string) => ready.some((q) => mentionsNumber(keyOf(q), figure));
const asksText = (text: string) => ready.some((q) => mentions(keyOf(q), text));

describe("the seed article's ready questions", () => {
  it("number at least 25", () => {
    expect(ready.length).toBeGreaterThanOrEqual(25);
  });

  it("ask every key figure of the survey, the report and the trade data", () => {
    for (const figure of ["62.4", "3", "101", "1,000", "91", "57", "39", "47.4", "59.2", "200", "77.2"]) expect(asksFigure(figure), figure).toBe(true);
  });

  it("ask the FTA's history: proposed in 1998 under Kim Dae-jung, halted in 2004", () => {
    expect(asksFigure("1998")).toBe(true);
    expect(asksFigure("2004")).toBe(true);
  });

  it("ask the CPTPP's named members and why Korea's bid stalled", () => {
    expect(ready.some((q) => q.type === "multiple_select" && /CPTPP/.test(q.prompt))).toBe(true);
    expect(asksText("opposition from farmers and fishers and political instability")).toBe(true);
  });

  it("ask what Korea traded before and after 2000", () => {
    expect(ready.some((q) => /apparel|textiles/.test(keyOf(q) + ("options" in q ? q.options.join(" ") : "")))).toBe(true);
    expect(ready.some((q) => /semiconductors|petroleum products|steel/.test(keyOf(q)) && /2000/.test(q.prompt))).toBe(true);
  });

  it("still flag both of the article's contradictions", () => {
    expect(result.issues.map((i) => i.kind).sort()).toEqual(["membership_contradiction", "ratio_mismatch"]);
  });
});
