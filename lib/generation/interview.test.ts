import { describe, expect, it } from "vitest";
import { CHECKS, type CriticContext } from "./critic/checks";
import { intervieweeOf, turnOf, withIntervieweeNamed } from "./interview";
import type { DraftQuestion } from "./questions/context";
import { generate } from "./index";

const article = [
  "---",
  "title: Ports chief on the new quays",
  "---",
  "The harbour board approved 90 million euros for two new quays on Tuesday. Chairwoman Ingrid Solberg spoke to reporters afterwards. The following are edited excerpts.",
  "",
  "Q: Critics say the quays will take 6 years to build. Are they right?",
  "",
  "A: The first quay opens in 2029. The second follows 18 months later.",
  "",
  "Q: Will rents go up?",
  "",
  "A: No. Rents stay frozen for 3 years.",
].join("\n");
const ctx: CriticContext = { text: article, sentences: [], facts: [] };
const at = (sentence: string) => ({ sentence, start: article.indexOf(sentence), end: article.indexOf(sentence) + sentence.length });
const fill = (prompt: string, accepted: string[], sentence: string): DraftQuestion => ({ type: "fill_blank", prompt, answer: { accepted }, answerText: accepted[0] as string, explanation: "Because.", source: at(sentence), factIds: ["f1"] });
const unattributed = (q: DraftQuestion, context = ctx) => CHECKS.find((c) => c.code === "unattributed_quote")?.run(q, context) ?? null;

describe("interview answers quoted under the interviewee's name", () => {
  it("finds the one person an introduction names when it says an interview follows", () => {
    expect(intervieweeOf(article)).toBe("Ingrid Solberg");
    // No word of an interview, or two people named: no one to name.
    expect(intervieweeOf(article.replace(" The following are edited excerpts.", "").replace("spoke to reporters afterwards", "was there"))).toBeNull();
    expect(intervieweeOf(article.replace("The harbour board", "Mayor Lars Dahl and the harbour board"))).toBeNull();
    // No transcript at all.
    expect(intervieweeOf("Chairwoman Ingrid Solberg spoke to reporters. She said the quays open in 2029.")).toBeNull();
    // A name set off by commas after a role ("the board's chairwoman, Ingrid Solberg,") names her too.
    expect(intervieweeOf(article.replace("Chairwoman Ingrid Solberg spoke", "The board's chairwoman, Ingrid Solberg, spoke"))).toBe("Ingrid Solberg");
  });

  it("names the speaker of an answer, never of a question, and not before a bare “No.”", () => {
    const opens = fill("Fill in the blank: “The first quay opens in ____.”", ["2029"], "The first quay opens in 2029.");
    expect(turnOf(opens, ctx)).toBe("A");
    const named = withIntervieweeNamed(opens, ctx);
    expect(named?.prompt).toBe("Fill in the blank: Ingrid Solberg said: “The first quay opens in ____.”");
    expect(unattributed(opens)).toMatch(/interview/);
    expect(unattributed(named as DraftQuestion)).toBeNull();
    const asked = fill("Fill in the blank: “Critics say the quays will take ____ years to build.”", ["6"], "Critics say the quays will take 6 years to build.");
    expect(turnOf(asked, ctx)).toBe("Q");
    expect(withIntervieweeNamed(asked, ctx)).toBeNull();
    // Another person's name in the stem does not stand for the interviewee's.
    expect(unattributed({ ...asked, prompt: "Fill in the blank: Ingrid Solberg said: “Critics say the quays will take ____ years to build.”" })).toMatch(/interview/);
    const reply = fill("Fill in the blank: “No. Rents stay frozen for ____ years.”", ["3"], "No. Rents stay frozen for 3 years.");
    expect(withIntervieweeNamed(reply, ctx)).toBeNull();
  });

  it("generate() readies an answer's figure with its speaker named", () => {
    const ready = generate(article).questions.filter((q) => q.status === "ready");
    expect(ready.some((q) => q.prompt.includes("Ingrid Solberg said: “The first quay opens in"))).toBe(true);
    expect(ready.every((q) => !/Critics say/.test(q.prompt))).toBe(true);
  });
});
