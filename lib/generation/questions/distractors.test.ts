import { describe, expect, it } from "vitest";
import { createRng } from "../random";
import { acronymExpansions } from "./acronym-distractors";
import { entityCandidates, numberNeighbours, pickDistinct, yearNeighbours } from "./distractors";

describe("distractors", () => {
  it("keeps number neighbours in the same magnitude and range", () => {
    const view = { unit: "percent" as const, shown: 62.4, decimals: 1, literal: "62.4" };
    const vals = numberNeighbours(view, createRng(1)).map((n) => n.value);
    expect(vals).toContain(26.4); // digit swap
    expect(vals.every((v) => v > 62.4 / 4 && v <= 100 && v !== 62.4)).toBe(true);
  });

  it("offers neighbouring years, never the answer", () => {
    const ys = yearNeighbours(1998, createRng(2)).map((c) => Number(c.text));
    expect(ys).not.toContain(1998);
    expect(ys.every((y) => Math.abs(y - 1998) <= 30)).toBe(true);
  });

  it("drops candidates equal to the answer, in the stem, duplicated or aliases", () => {
    const picked = pickDistinct(
      "Australia",
      "Which of these is in the Pacific, unlike Chile?",
      ["australia", "Chile", "Korea", "South Korea", "Korea", "Mexico"].map((text) => ({ text, closeness: 0.5 })),
      5,
    );
    expect(picked.map((c) => c.text)).toEqual(["Korea", "Mexico"]);
  });

  it("never offers another name of the same person", () => {
    const c = entityCandidates("Lee Jae Myung", ["Lee", "President Lee", "Kim Yang-hee"], [], createRng(3));
    expect(c.map((x) => x.text)).toEqual(["Kim Yang-hee"]);
  });

  it("builds acronym expansions with the same initials", () => {
    const out = acronymExpansions("Federation of Korean Industries", ["Korea", "Tokyo", "Seoul"], createRng(4), 3);
    expect(out).toHaveLength(3);
    for (const c of out) {
      expect(c.text).not.toBe("Federation of Korean Industries");
      expect(c.text.split(" ").filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("")).toBe("FKI");
    }
  });
});
