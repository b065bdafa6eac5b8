import { describe, expect, it } from "vitest";
import { isPlaceholder, parseFrontMatter } from "./front-matter";
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

describe("parseFrontMatter: a leading header block", () => {
  it("reads Key: value lines up to the blank line as metadata, by the front matter's field names", () => {
    const text = "Title: Harbour strike ends\nPublisher: The Coastal Post\nDate: 2019-04-03 (from the page)\nURL: https://x.test/a\n\nHarbour strike ends\nDock workers returned on Monday.";
    const fm = parseFrontMatter(text);
    expect(fm.kind).toBe("header");
    expect(fm.fields).toMatchObject({ title: "Harbour strike ends", source: "The Coastal Post", published: "2019-04-03 (from the page)", url: "https://x.test/a" });
    expect(text.slice(fm.bodyStart)).toBe("Harbour strike ends\nDock workers returned on Monday.");
    expect(text.slice(0, fm.span?.end)).toMatch(/^Title:[\s\S]*x\.test\/a\n$/);
  });

  it("reads a header with Windows line ends", () => {
    const text = "Title: Ferry back\r\nDate: 5 November 2016\r\n\r\nFerry back\r\nThe ferry resumed.";
    const fm = parseFrontMatter(text);
    expect(fm.fields).toEqual({ title: "Ferry back", published: "5 November 2016" });
    expect(text.slice(fm.bodyStart)).toBe("Ferry back\r\nThe ferry resumed.");
  });

  it("takes a single line only when it is a date, and stray keys only before a blank line", () => {
    expect(parseFrontMatter("Published: 12 March 2024\nThe mill closed.").fields).toEqual({ published: "12 March 2024" });
    expect(parseFrontMatter("Author: Ann Lee\nSection: Business\nNote: wire copy\n\nText.").fields).toMatchObject({ byline: "Ann Lee", note: "wire copy" });
    expect(parseFrontMatter("Author: Ann Lee\nSection: Business\nNote: wire copy\nText.").bodyStart).toBe(0);
  });

  it("does not take a headline or a first sentence with a colon for a header", () => {
    for (const t of [
      "Title: a novel about the sea\nThe book came out in May.",
      "Breaking: markets fall\n\nShares dropped 3 percent.",
      "Warning: the figures below are provisional.\nExports rose.",
      "Q: What happened?\nA: The plant shut.",
      "Date: not shown\n\nText follows.",
    ]) expect(parseFrontMatter(t)).toEqual({ fields: {}, bodyStart: 0 });
  });

  it("reads a fenced block's \"date\" as the day it was published, unless \"published\" is given", () => {
    expect(parseFrontMatter('---\ntitle: "Ferries"\ndate: "2026-03-04"\n---\nBody.').fields).toMatchObject({ published: "2026-03-04" });
    expect(parseFrontMatter('---\ntitle: "Ferries"\npublished: "2026-03-05"\ndate: "2026-03-04"\n---\nBody.').fields).toMatchObject({ published: "2026-03-05" });
    expect(parseFrontMatter('---\ntitle: "Ferries"\n---\nBody.').fields.published).toBeUndefined();
  });

  it("prefers a fenced block to a header shape", () => {
    const fm = parseFrontMatter('---\ntitle: "Fenced"\n---\nTitle: Not this\nDate: 2020-01-01\n\nBody.');
    expect(fm).toMatchObject({ kind: "fence", fields: { title: "Fenced" } });
  });
});

describe("isPlaceholder", () => {
  it("knows values that stand in for a missing title", () => {
    for (const v of ["not shown in the stored copy (slug: x)", "N/A", "none", "Untitled", "-", "", undefined]) expect(isPlaceholder(v)).toBe(true);
    for (const v of ["Nothing shown to investors", "None of the above wins the vote", "Unknown soldier honoured"]) expect(isPlaceholder(v)).toBe(false);
  });
});
