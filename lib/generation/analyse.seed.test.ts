// Expected output on the seed article (content/korea-japan-economic-ties.md), errors included.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { analyse, type Analysis } from "./analyse";
import type { Fact, MembershipFact, NumberFact, QuoteFact } from "./types";

const seedPath = fileURLToPath(new URL("../../content/korea-japan-economic-ties.md", import.meta.url));
let r: Analysis;
beforeAll(() => { r = analyse(readFileSync(seedPath, "utf8")); });

const numbers = () => r.facts.filter((f): f is NumberFact => f.kind === "number");
const num = (value: number, unit: NumberFact["unit"]) => numbers().find((f) => f.value === value && f.unit === unit);
const only = <K extends Fact["kind"]>(kind: K) => r.facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);

describe("analyse() on the seed article", () => {
  it("reads the front matter and skips images, captions, credits and footer", () => {
    expect(r.article).toMatchObject({ title: expect.stringContaining("Korean business leaders"), published: "2025-06-23", byline: "Kim Su-min" });
    expect(r.article.wordCount).toBeGreaterThan(550);
    const kinds = r.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === "image")).toHaveLength(4);
    expect(kinds.filter((k) => k === "caption")).toHaveLength(4);
    expect(kinds.filter((k) => k === "footer")).toHaveLength(4);
    expect(r.sentences.some((s) => /YONHAP|Post a Comment|No comments|generative AI/.test(s.text))).toBe(false);
    expect(r.sentences.some((s) => s.text.includes("chanting"))).toBe(false);
    expect(r.sentences.find((s) => s.text.startsWith("Lee added"))?.text).toContain("The U.S. trade diplomacy strategy");
  });

  it("finds the survey figures", () => {
    expect(num(62.4, "percent")?.what).toBe("respondents support continued economic partnership with Japan");
    expect(num(3, "percent")?.what).toContain("dismissed the idea as unnecessary");
    expect(num(101, "count")?.what).toContain("top 1,000 nonfinancial firms");
    expect(num(47.4, "percent")?.what).toMatch(/^Korean companies identified cooperation/);
    expect(num(59.2, "percent")?.what).toMatch(/^Japanese companies operating in Korea/);
    const [ranking] = only("ranking");
    expect(ranking?.items).toEqual([
      { label: "semiconductors", score: 91 }, { label: "artificial intelligence", score: 57 }, { label: "automobiles", score: 39 },
    ]);
    expect(ranking?.unit).toBe("points");
    expect([91, 57, 39].every((v) => num(v, "points"))).toBe(true);
  });

  it("finds the trade figures with their years, and flags the 352-fold claim", () => {
    expect(num(2e8, "currency")).toMatchObject({ currency: "USD", year: 1965, what: "trade between Korea and Japan" });
    expect(num(7.72e10, "currency")).toMatchObject({ currency: "USD", year: 2024 });
    expect(num(352, "fold")).toMatchObject({ contradicted: true });
    const ratio = r.issues.find((i) => i.kind === "ratio_mismatch");
    expect(ratio?.message).toMatch(/352-fold.*386-fold/);
    expect(ratio?.factIds).toContain(num(352, "fold")?.id);
    for (const s of ratio?.sources ?? []) expect(r.sentences.some((x) => x.start === s.start && x.text === s.sentence)).toBe(true);
  });

  it("builds the CPTPP membership and flags Britain", () => {
    // Item lists ("imported textiles and chemical machinery") are stored as memberships too.
    const m = only("membership").find((x) => x.container === "CPTPP") as MembershipFact;
    expect(m).toMatchObject({ container: "CPTPP", statedCount: 12, leader: "Japan", contested: ["Britain"], contradicted: true });
    expect(m.members).toEqual(expect.arrayContaining(["Australia", "Canada", "Mexico", "Vietnam"]));
    expect(m.nonMembers).toEqual(["Britain", "China"]);
    expect(m.extraSources?.[0]?.sentence).toBe("Notably, neither the Britain nor China are members.");
    const issue = r.issues.find((i) => i.kind === "membership_contradiction");
    expect(issue?.message).toContain("Britain");
    expect(issue?.sentences).toHaveLength(2);
    expect(r.issues.some((i) => i.kind === "count_mismatch")).toBe(false); // "such as": a partial list
  });

  it("finds the dates and events", () => {
    const survey = only("date").find((d) => d.raw === "May 30 to June 30");
    expect(survey).toMatchObject({ iso: "2025-05-30", endIso: "2025-06-30", granularity: "day" });
    const events = only("event").map((e) => [e.year, e.what]);
    // "Although first proposed … in 1998 …, FTA talks were halted": the opening clause's subject is the main clause's.
    expect(events).toEqual(expect.arrayContaining([[1998, "FTA talks were first proposed by the Kim Dae-jung administration"], [2004, "FTA talks were halted"]]));
    expect(only("event").some((e) => e.year === 1965 || e.year === 2024)).toBe(false);
  });

  it("finds the acronyms with full expansions", () => {
    expect(Object.fromEntries(only("acronym").map((a) => [a.short, a.long]))).toEqual({
      FKI: "Federation of Korean Industries",
      KITA: "Korea International Trade Association",
      CPTPP: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
      KIEP: "Korea Institute for International Economic Policy",
    });
  });

  it("attributes the quotes", () => {
    const quotes = only("quote") as QuoteFact[];
    const by = (name: string) => quotes.filter((q) => q.speaker === name && q.confidence >= 0.6);
    expect(by("Kim Yang-hee")).toHaveLength(2);
    expect(by("Kim Gyu-pan")).toHaveLength(2);
    expect(by("Lee Jae Myung")[0]).toMatchObject({ speakerTitle: "President", text: expect.stringContaining("isolate and conquer") });
    expect(quotes.filter((q) => q.speaker === "business leaders").every((q) => q.confidence < 0.5)).toBe(true);
    expect(quotes.some((q) => q.text === "empathized.")).toBe(false);
  });

  it("finds people with titles", () => {
    const people = Object.fromEntries(only("person").map((p) => [p.name, p.title]));
    expect(people).toMatchObject({
      "Lee Jae Myung": "President", "Chey Tae-won": "Chairman",
      "Kim Yang-hee": "economics professor at Daegu University", "Kim Gyu-pan": "senior researcher at KIEP",
    });
    expect(Object.keys(people)).not.toContain("Lotte Hotel");
  });

  it("numbers facts f1… in document order with exact sources", () => {
    r.facts.forEach((f, i) => expect(f.id).toBe(`f${i + 1}`));
    const text = readFileSync(seedPath, "utf8");
    for (const f of r.facts) expect(text.slice(f.source.start, f.source.end)).toBe(f.source.sentence);
    const starts = r.facts.map((f) => f.source.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("is fast enough once warm", () => {
    const text = readFileSync(seedPath, "utf8");
    const t = performance.now();
    analyse(text);
    // 200 ms is the target on an idle machine; the bound is loose for shared CI cores.
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
