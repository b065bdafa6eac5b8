import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import type { NumberFact } from "../types";
import { buildDrafts } from "./build";
import { isConverted, withoutConversionOf } from "./conversion";

describe("figures converted in brackets", () => {
  it("finds the bracket that converts a measure or money, not one that gives a part", () => {
    const s = "The storm's eye passed 40 kilometres (25 miles) off the coast, and 300 people (80 of them children) fled.";
    expect(isConverted(s, s.indexOf("25"))).toBe(true);
    expect(isConverted(s, s.indexOf("40"))).toBe(false);
    expect(isConverted(s, s.indexOf("80"))).toBe(false);
    const money = "The club was sold for 2.4 billion kronor ($230 million) on Friday.";
    expect(isConverted(money, money.indexOf("230"))).toBe(true);
    // Both sides may be glued to their unit as adjectives: "a 2.1-meter (7-foot) thigh bone".
    const glued = "They found a 2.1-meter (7-foot) thigh bone.";
    expect(isConverted(glued, glued.indexOf("7-foot"))).toBe(true);
    const heat = "Nights fell to minus 15 degrees Celsius (5 degrees Fahrenheit) in the hills.";
    expect(isConverted(heat, heat.indexOf("5 degrees F"))).toBe(true);
  });

  it("leaves the bracket out of a sentence about the figure before it", () => {
    const s = "The pipeline runs 1,200 km (745 miles) under the sea.";
    expect(withoutConversionOf(s, s.indexOf("1,200"), s.indexOf("1,200") + 5)).toBe("The pipeline runs 1,200 km under the sea.");
  });

  it("asks no question on the converted figure, and shows no conversion beside a blank", () => {
    const text = "The new bridge spans 2,400 metres (7,900 feet) across the bay. It cost 3.1 billion dinars ($10.2 billion) to build, officials said.";
    const a = analyse(text);
    const drafts = buildDrafts(text, a.facts, a.issues, 1).map((d) => d.question);
    const numbers = a.facts.filter((f): f is NumberFact => f.kind === "number");
    const idsOf = (v: number) => new Set(numbers.filter((f) => f.value === v).map((f) => f.id));
    const on = (v: number) => drafts.filter((q) => q.factIds.some((id) => idsOf(v).has(id)));
    expect(on(7900)).toEqual([]);
    expect(on(10.2e9)).toEqual([]);
    const bridge = on(2400);
    expect(bridge.length).toBeGreaterThan(0);
    for (const q of [...bridge, ...on(3.1e9)]) {
      expect(q.prompt).not.toContain("7,900");
      expect(q.prompt).not.toContain("10.2");
    }
  });
});
