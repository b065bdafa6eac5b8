import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, type Analysis } from "./analyse";

function expectAnchored(text: string, r: Analysis) {
  for (const b of r.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const f of r.facts) {
    expect(text.slice(f.source.start, f.source.end)).toBe(f.source.sentence);
    if (f.kind === "membership") for (const e of f.extraSources ?? []) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  }
  for (const i of r.issues) for (const s of i.sources) expect(text.slice(s.start, s.end)).toBe(s.sentence);
  r.facts.forEach((f, i) => expect(f.id).toBe(`f${i + 1}`));
}

describe("analyse() on bad input", () => {
  it.each([
    ["empty", ""],
    ["whitespace", "  \n\t \n"],
    ["no numbers", "Markets were calm.\nInvestors waited for news from the central bank."],
    ["Korean", "한국 기업인들 일본과 경제 협력 강화 촉구\n전국경제인연합회는 62.4%가 찬성했다고 밝혔다."],
    ["Chinese", "中国经济\n中国经济今年增长了5%。出口增加。"],
    ["HTML", "<p>Exports rose <b>5 percent</b> to $3 billion in 2024.</p><p>&ldquo;Good,&rdquo; said Dr. Jane Roe.</p>"],
    ["markdown", "# Title\n\n**Sales** rose 12% in *May*.\n\n- item one\n- [link](http://x.test)"],
    ["front matter only", '---\ntitle: "Only a title"\n---\n'],
    ["unterminated quote", "Title\n“He said it rose 5 percent, and then"],
  ])("copes with %s", (_name, text) => {
    const r = analyse(text);
    expectAnchored(text, r);
    expect(typeof r.article.title).toBe("string");
    expect(r.article.title.length).toBeGreaterThan(0);
  });

  it("titles untitled text 'Untitled' and reads HTML figures", () => {
    expect(analyse("").article.title).toBe("Untitled");
    const r = analyse("<p>Exports rose <b>5 percent</b> to $3 billion in 2024.</p>");
    expect(r.facts.some((f) => f.kind === "number" && f.value === 3e9 && f.currency === "USD")).toBe(true);
  });

  it("reads a study's findings, not the confidence level or p-value they are reported with", () => {
    const text = "Walkers had 1.4 times the odds of recovery (95% confidence interval 1.1 to 1.9). The effect was significant (p < 0.05) in a trial of 2,300 adults, with 90 percent CI bounds reported.";
    const raws = analyse(text).facts.flatMap((f) => (f.kind === "number" ? [f.raw] : []));
    expect(raws).toContain("2,300");
    expect(raws.some((r) => /^95/.test(r))).toBe(false);
    expect(raws.some((r) => /^0\.05/.test(r))).toBe(false);
    expect(raws.some((r) => /^90/.test(r))).toBe(false);
    // A share that is a finding stays: "95% of patients".
    expect(analyse("In the trial, 95% of patients recovered within 12 days.").facts.some((f) => f.kind === "number" && /^95/.test(f.raw))).toBe(true);
  });

  it("reads a figure in brackets that restates the one before in another unit or currency as a conversion, not a fact", () => {
    const raws = (text: string) => analyse(text).facts.flatMap((f) => (f.kind === "number" ? [f.raw] : []));
    // A measure restated in another system, a sum in crowns or won restated in dollars.
    const measures = raws("The lake rose to 4.35 metres (14.3 feet) on Friday, and snow lay 80 centimetres (31 inches) deep.");
    expect(measures).toEqual(expect.arrayContaining(["4.35", "80"]));
    expect(measures).not.toContain("14.3");
    expect(measures).not.toContain("31");
    const sums = raws("The deal values the brewer at 31 billion crowns ($4.5 billion), while the fine was 6.2 trillion won ($4.6 billion).");
    expect(sums.some((r) => /^31 billion/.test(r))).toBe(true);
    expect(sums.some((r) => /4\.5 billion/.test(r))).toBe(false);
    expect(sums.some((r) => /4\.6 billion/.test(r))).toBe(false);
    // A part of a group in brackets, or a sum with words of its own, stays a fact.
    const parts = raws("Some 860 pupils (310 girls) sat the test, and the club paid 12 million euros ($13 million in bonuses).");
    expect(parts).toEqual(expect.arrayContaining(["860", "310"]));
    expect(parts.some((r) => /13 million/.test(r))).toBe(true);
  });

  it("uses the reference date from options over the front matter", () => {
    const text = '---\npublished: "2025-06-23"\n---\nTitle\nThe talks opened on March 3.';
    const date = (t: string, ref?: string) => analyse(t, ref ? { referenceDate: ref } : {}).facts.find((f) => f.kind === "date");
    expect(date(text)).toMatchObject({ iso: "2025-03-03" });
    expect(date(text, "2019-06-01")).toMatchObject({ iso: "2019-03-03" });
  });

  it("handles 200 KB of repeated paragraphs", () => {
    const para = "Exports rose 5.2 percent to $61.3 billion in May, the ministry said. “Demand is strong,” said Kim Min-ho, an analyst at Hana Bank.\n";
    const text = `Big article\n${para.repeat(Math.ceil(200_000 / para.length))}`;
    const r = analyse(text);
    expect(r.sentences.length).toBeGreaterThan(2000);
    expectAnchored(text, r);
  });
});

const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "Exports rose 5.2 percent to $77.2 billion in 2024.", "“Fighting!” they chanted.", "[YONHAP]", "U.S.-China",
    "the Group of 7 (G7)", "a 352-fold increase", "neither the Britain nor China are members.", "Mr. Kim said,",
    "from May 30 to June 30", "12 member states, such as Australia, Canada and Mexico", "\n", "![alt](http://x.test/a.jpg)",
    "<p>", "</p>", "---", "\"", "“", "”", "(", ")", "semiconductors with 91 points, AI with 57 and cars with 39.",
  ),
  fc.integer({ min: -1e6, max: 1e12 }).map((n) => ` ${n.toLocaleString("en-US")} `),
);

describe("analyse() properties", () => {
  it("never throws and keeps every offset exact", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 25 }).map((xs) => xs.join(" ")), (text) => {
        expectAnchored(text, analyse(text));
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("copes with arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => { expectAnchored(text, analyse(text)); }), { numRuns: 100, seed: 11 });
  });
});
