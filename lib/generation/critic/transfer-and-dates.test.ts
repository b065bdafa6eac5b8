// Patterns from wire copy on transfers, prices and dates: a blanked age ("The ____-year-old"),
// self-contradictions in words ("four … up from five"), a false figure that is the true one rounded,
// a date something takes effect from, a capital inside a longer name, a span of years past the article.
import { describe, expect, it } from "vitest";
import type { DraftQuestion } from "../questions/context";
import { CHECKS, type CriticContext, roundedOf, selfContradiction, spanSinceYear, spanToArticleYear } from "./checks";

const sentence = "The club signed the winger for 80 million euros on Monday.";
const source = { sentence, start: 0, end: sentence.length };
const base = { answerText: "x", explanation: "Because.", source, factIds: ["f1"] };
const ctx: CriticContext = { text: sentence, sentences: [sentence], facts: [] };
const numeric = (prompt: string, value: number): DraftQuestion => ({ ...base, type: "numeric", prompt, answer: { value, tolerance: 0 }, answerText: String(value) });
const tf = (statement: string, answer = true): DraftQuestion => ({ ...base, type: "true_false", prompt: `True or false? According to the article: ${statement}`, answer });
const no = (statement: string, right: string, wrong: string): DraftQuestion => ({ ...tf(statement, false), answerText: `False — the article gives ${right}, not ${wrong}.` });
function check(code: string) {
  const c = CHECKS.find((x) => x.code === code);
  if (!c) throw new Error(`no check ${code}`);
  return (q: DraftQuestion, context: CriticContext = ctx) => c.run(q, context);
}

describe("blanked age epithet", () => {
  it("vague_reference: “The ____-year-old …” never says who", () => {
    const run = check("vague_reference");
    expect(run(numeric("According to the article, what number fills the blank? “The ____-year-old joined the club on a five-year deal.” Answer with a number.", 21))).toMatch(/year-old/);
    expect(run(numeric("According to the article, what number fills the blank? “The ____-year-old Ana Ruiz joined the club on a five-year deal.” Answer with a number.", 21))).toBeNull();
    expect(run(numeric("According to the article, what number fills the blank? “Ruiz, the ____-year-old, joined the club on a five-year deal.” Answer with a number.", 21))).toBeNull();
  });
});

describe("self-contradiction in words and marks", () => {
  it("numbers written as words", () => {
    expect(selfContradiction("The airline will run three flights a day, up from five.")).not.toBeNull();
    expect(selfContradiction("The airline will run nine flights a day, up from five.")).toBeNull();
    const run = check("wrong_direction");
    expect(run(no("The firm will give four years of updates, up from five, it said.", "seven", "four"))).toMatch(/contradicts/);
    expect(run(no("The firm will give nine years of updates, up from five, it said.", "seven", "nine"))).toBeNull();
  });
  it("a mark exceeded by earlier deals that fall short of it", () => {
    expect(selfContradiction("The sale is the second this year to exceed 90 million dollars, after a 75 million purchase by a bank in May.")).not.toBeNull();
    expect(selfContradiction("The sale is the second this year to exceed 50 million dollars, after a 75 million purchase by a bank in May.")).toBeNull();
  });
});

describe("a false figure that is the true one rounded", () => {
  it("roundedOf", () => {
    expect(roundedOf("1.07 billion euros", "1 billion euros")).toBe(true);
    expect(roundedOf("27.9%", "28%")).toBe(true);
    expect(roundedOf("$2.46 million", "$2.5 million")).toBe(true);
    expect(roundedOf("41%", "40%")).toBe(false); // whole numbers: a different figure
    expect(roundedOf("5,100", "5,010")).toBe(false);
    expect(roundedOf("1.07 billion euros", "1 billion dollars")).toBe(false);
    expect(roundedOf("2.3 times", "2 times")).toBe(false); // more than a tenth away
  });
  it("distractor_true holds it", () => {
    const run = check("distractor_true");
    expect(run(no("The museum had 2 million visitors last year.", "2.04 million", "2 million"))).toMatch(/rounded/);
    expect(run(no("The museum had 2.4 million visitors last year.", "2.04 million", "2.4 million"))).toBeNull();
  });
});

describe("a date something takes effect from", () => {
  it("is not asked as the day it was done", async () => {
    const { generate } = await import("../index");
    const asked = (body: string) => generate(`Harbour news\n${body}`, { referenceDate: "2024-05-01" }).questions.filter((q) => /^(?:On which date|When)\b/.test(q.prompt));
    expect(asked("The ferry operator set a fuel charge of 40 euros per car from June 3, the company said.")).toEqual([]);
    expect(asked("The city raised parking fees to 3 euros an hour as of June 3.")).toEqual([]);
    // A date the clause happens on is still asked.
    expect(asked("The ferry operator set a fuel charge of 40 euros per car on June 3, the company said.").length).toBeGreaterThan(0);
  });
});

describe("a capital inside a longer name", () => {
  it("does not make the sentence's first word a name", async () => {
    const { generate } = await import("../index");
    const prompts = (body: string) => generate(`Port news\n${body}`, { referenceDate: "2026-05-01" }).questions.map((q) => q.prompt).filter((p) => /^According to the article, how many\b/.test(p));
    const asked = prompts("Rates rose, according to the Baltic World Container Index. Container throughput at Valport reached 4.1 million TEUs in 2025, up 5.4% on the year.");
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) expect(p).toMatch(/did container throughput/);
    // A word the article writes on its own mid-sentence is still a name.
    const named = prompts("Investors bought shares in Helvion on Monday. Helvion deliveries reached 4.1 million units in 2025, up 5.4% on the year.");
    expect(named.length).toBeGreaterThan(0);
    for (const p of named) expect(p).toMatch(/did Helvion deliveries/);
  });
});

describe("a span of years that runs past the article", () => {
  it("implausible_change holds it", () => {
    const article = "The old bridge opened in 2001 and was replaced in 2016, the council said in a report in 2024.";
    const run = check("implausible_change");
    const context = { ...ctx, text: article };
    expect(run(no("The bridge, opened in 2001, stood for almost 60 years before it was replaced.", "15", "60"), context)).toMatch(/past every year/);
    expect(run(no("The bridge, opened in 2001, stood for twelve years before it was replaced.", "15", "twelve"), context)).toBeNull();
    expect(run(no("The bridge, opened in 2001, was 60 years old when it was replaced.", "15", "60"), context)).toBeNull();
  });
});

describe("a blanked span of years from a year the stem names to the article's own", () => {
  it("computable holds it; a span the article's years do not reach stays", () => {
    const article = "The club paid 90 million euros in March 2026 for a player signed until 2031. Its old record fee, paid in 2014, stood for almost 12 years.";
    const stem = "According to the article, what number fills the blank? “Its old record fee, paid in 2014, stood for almost ____ years.” Answer with a number.";
    expect(check("computable")(numeric(stem, 12), { ...ctx, text: article })).toMatch(/2014 and the article names 2026/);
    expect(spanToArticleYear("Its old record fee, paid in 2014, stood for ____ years.", 9, article)).toBeNull();
    expect(spanToArticleYear("Its old record fee stood for ____ years.", 12, article)).toBeNull();
  });
});

describe("a blanked count of years back to a year the stem names", () => {
  const article = "Date: 2025-06-14\nThe city held a memorial on Saturday. The city marked 20 years since floods swept through its old quarter on June 12, 2005.";
  it("computable: “marked ____ years since … 2005” in a 2025 article is subtraction", () => {
    const stem = "According to the article, what number fills the blank? “The city marked ____ years since floods swept through its old quarter on June 12, 2005.” Answer with a number.";
    expect(check("computable")(numeric(stem, 20), { ...ctx, text: article })).toMatch(/2005 and the article names 2025/);
    expect(spanSinceYear("It was the ____th anniversary of the 1995 treaty.", 30, "Date: 2025-01-02\nIt was the 30th anniversary of the 1995 treaty.")).toMatch(/1995/);
  });
  it("computable: a true/false count of years back to a year the sentence names", () => {
    const said = "The city marked 20 years since floods swept through its old quarter on June 12, 2005.";
    const q = { ...no(said.replace("20", "25"), "20", "25"), source: { sentence: said, start: 0, end: said.length } };
    expect(check("computable")(q, { ...ctx, text: article })).toMatch(/subtracting/);
    const other = "The city marked 20 years since floods swept through its old quarter.";
    expect(check("computable")({ ...no(other.replace("20", "25"), "20", "25"), source: { sentence: other, start: 0, end: other.length } }, { ...ctx, text: article })).toBeNull();
  });
  it("not when no year fits, or the year comes before the blank", () => {
    expect(spanSinceYear("The city marked ____ years since floods swept through its old quarter in 2005.", 7, article)).toBeNull();
    expect(spanSinceYear("In 2005 the city marked ____ years since it was founded.", 20, article)).toBeNull();
    expect(spanSinceYear("The city marked ____ years since the floods.", 20, article)).toBeNull();
  });
});
