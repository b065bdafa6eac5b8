import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter";
import { cleanMarkup } from "./markup";

describe("parseFrontMatter", () => {
  it("reads quoted and bare fields and where the body starts", () => {
    const text = '---\ntitle: "A \\"quoted\\" title"\npublished: 2025-06-23\n---\nHeadline\n';
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual({ title: 'A "quoted" title', published: "2025-06-23" });
    expect(text.slice(fm.bodyStart)).toBe("Headline\n");
  });

  it("treats a missing closing fence and bad input as no front matter", () => {
    for (const t of ["", "   ", "---\ntitle: x\n", "no front matter", "안녕하세요\n---"]) {
      expect(parseFrontMatter(t)).toEqual({ fields: {}, bodyStart: 0 });
    }
  });
});

describe("cleanMarkup", () => {
  it("keeps the length so offsets stay valid", () => {
    const samples = ["<p>Rates rose <b>3%</b> &amp; fell.</p><p>Next</p>", "**Bold** and [a link](http://x.y) here", "# Heading\n> quote"];
    for (const s of samples) expect(cleanMarkup(s)).toHaveLength(s.length);
    expect(cleanMarkup(samples[0]!)).toContain("Rates rose    3%     &     fell.");
  });
});
