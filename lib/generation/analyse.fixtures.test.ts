// Expected output on two articles written for these tests in the style of business news.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyse } from "./analyse";
import type { Fact, NumberFact } from "./types";

const load = (name: string) => readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)), "utf8");
const kind = <K extends Fact["kind"]>(facts: Fact[], k: K) => facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === k);
const num = (facts: Fact[], value: number, unit: NumberFact["unit"]) =>
  kind(facts, "number").find((f) => Math.abs(f.value - value) < 1e-6 && f.unit === unit);

describe("EU manufacturers survey", () => {
  const r = analyse(load("eu-manufacturers-survey.md"));

  it("reads survey shares, euro amounts and the period", () => {
    expect(num(r.facts, 48, "percent")?.what).toBe("respondents planned to raise prices");
    expect(num(r.facts, 71.5, "percent")?.what).toBe("firms said energy costs were their biggest concern");
    expect(num(r.facts, 8.64e10, "currency")).toMatchObject({ currency: "EUR" });
    expect(num(r.facts, 1.02e11, "currency")).toMatchObject({ currency: "EUR", year: 2023 });
    expect(num(r.facts, 2400, "count")?.what).toBe("companies");
    expect(kind(r.facts, "date").find((d) => d.endIso)).toMatchObject({ iso: "2025-01-15", endIso: "2025-02-20" });
    expect(kind(r.facts, "ranking")[0]?.items.map((i) => i.label)).toEqual(["automotive parts", "chemicals", "machinery"]);
  });

  it("reads acronyms, people, quotes and events", () => {
    expect(kind(r.facts, "acronym").map((a) => [a.short, a.long])).toEqual([["EMC", "European Manufacturing Council"]]);
    const quotes = kind(r.facts, "quote");
    expect(quotes.filter((q) => q.speaker === "Margit Halvorsen")).toHaveLength(2);
    expect(quotes.filter((q) => q.speaker === "Pieter Van Aalst")).toHaveLength(2);
    expect(kind(r.facts, "event").map((e) => [e.year, e.what])).toEqual(expect.arrayContaining([
      [1991, "Mercosur was founded"], [2016, "Venezuela was suspended"], [1999, "Negotiations were first launched"], [2019, "a political deal was struck"],
    ]));
    expect(r.blocks.filter((b) => b.kind === "footer").map((b) => b.text)).toEqual(["BY ANNA SCHREIBER [a.schreiber@example.eu]", "Share this article"]);
  });

  it("reports the article's own contradictions and nothing else", () => {
    expect(r.issues.map((i) => i.kind).sort()).toEqual(["count_mismatch", "membership_contradiction", "percent_sum"]);
    const membership = kind(r.facts, "membership")[0];
    expect(membership).toMatchObject({ container: "Mercosur", statedCount: 4, contested: ["Bolivia"] });
    expect(r.issues.find((i) => i.kind === "percent_sum")?.message).toContain("108%");
    // The 15.3 percent decline from €102 billion to €86.4 billion is right.
    expect(num(r.facts, 15.3, "percent")?.contradicted).toBeUndefined();
  });
});

describe("Earnings and central bank story", () => {
  const r = analyse(load("central-bank-earnings.md"));

  it("reads won and dollar amounts, rates and rankings", () => {
    expect(num(r.facts, 9.2e12, "currency")).toMatchObject({ currency: "KRW" });
    expect(num(r.facts, 3.25, "percent")?.what).toBe("benchmark interest rate");
    expect(num(r.facts, 3e9, "currency")).toMatchObject({ currency: "USD" });
    expect(kind(r.facts, "ranking")[0]).toMatchObject({ unit: "currency", items: [
      { label: "TSMC", score: 2.35e10 }, { label: "Hanil", score: 2.12e10 }, { label: "Intel", score: 1.33e10 },
    ] });
    expect(kind(r.facts, "acronym").map((a) => a.short)).toEqual(["BOK", "KRX"]);
  });

  it("finds people and the analyst's quotes", () => {
    const people = Object.fromEntries(kind(r.facts, "person").map((p) => [p.name, p.title]));
    expect(people).toMatchObject({ "Rhee Chang-yong": "Governor", "Park Ji-won": "semiconductor analyst at Mirae Securities", "Lee Min-jae": "Chief Financial Officer" });
    expect(kind(r.facts, "quote").filter((q) => q.speaker === "Park Ji-won")).toHaveLength(2);
  });

  it("flags the customer count but not the correct profit growth", () => {
    expect(r.issues.map((i) => i.kind)).toEqual(["count_mismatch"]);
    expect(r.issues[0]?.message).toContain("three");
    expect(num(r.facts, 274.6, "percent")?.contradicted).toBeUndefined();
    expect(r.blocks.at(-1)?.kind).toBe("footer");
  });
});
