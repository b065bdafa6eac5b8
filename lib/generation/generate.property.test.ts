import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generate } from "./index";
import { questionSchema } from "../question-types";

// Pieces of news copy, so random articles reach the number, money, quote, acronym and
// membership rules instead of only exercising the "nothing found" path.
const fragment = fc.oneof(
  fc.constantFrom(
    "The Federation of German Industries (BDI) said 45.5 percent of firms expect growth.",
    "Exports rose from $3.1 billion in 2019 to $4.2 billion in 2023.",
    "“We are cautious,” said Anna Berg, chief economist at Nordbank.",
    "The bloc includes 9 members, such as France, Spain and Italy. Neither China nor Spain are members.",
    "Steel scored 80 points, autos 60 and chips 40.",
    "Talks began in 1998 and stalled in 2004.",
    "![A photo](https://example.com/a.jpg)",
    "<p>HTML <b>fragment</b></p>",
    "# Heading\n\n- item one\n- item two",
    "Just 3 percent disagreed.",
    "経済は成長している。",
    "Prices rose 120% — a 5-fold jump.",
  ),
  fc.string({ maxLength: 80 }),
  fc.stringMatching(/^[A-Z][a-z]{2,8} [0-9]{1,4}(\.[0-9])? (percent|million|billion|points)\.$/),
);
const article = fc
  .tuple(fc.array(fragment, { maxLength: 12 }), fc.constantFrom(" ", "\n", "\n\n"))
  .map(([xs, sep]) => xs.join(sep));

describe("generate() on arbitrary text", () => {
  it("never throws, and every question is valid and points at its source", () => {
    fc.assert(
      fc.property(fc.oneof(article, fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 })), fc.integer(), (text, seed) => {
        const r = generate(text, { seed });
        for (const q of r.questions) {
          expect(questionSchema.safeParse(q).success).toBe(true);
          expect(text.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("copes with empty, huge and odd inputs", () => {
    for (const text of ["", "   ", "\u0000\u0001", "1 2 3 4 5", "$ % — “ ”", "a".repeat(50_000), "Growth hit 5 percent. ".repeat(400)]) {
      const r = generate(text);
      for (const q of r.questions) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
    }
  });
});
