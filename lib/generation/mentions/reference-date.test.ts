import { describe, expect, it } from "vitest";
import { analyse } from "../analyse";
import { generate } from "../index";
import { parseFrontMatter } from "../front-matter";
import { cleanMarkup } from "../markup";
import { segmentBlocks } from "../segment";
import { splitSentences } from "../sentences";
import { datelineOf, findDateline, inferYear, parseDateValue, resolveReference } from "./reference-date";

function referenceOf(text: string, option?: string) {
  const front = parseFrontMatter(text);
  const clean = cleanMarkup(text);
  const blocks = segmentBlocks(text, clean, front.bodyStart);
  const spans = splitSentences(text, clean, blocks, false);
  return resolveReference({ option, fields: front.fields, clean, blocks, spans, ...(front.kind ? { frontKind: front.kind } : {}) });
}
const dateFacts = (text: string) => analyse(text).facts.filter((f) => f.kind === "date");

describe("parseDateValue", () => {
  it("reads the date a field or dateline starts with, and ignores notes after it", () => {
    expect(parseDateValue("2019-04-03 (date field of the page)")).toEqual({ year: 2019, month: 4, day: 3 });
    expect(parseDateValue("Tuesday, 12 March 2024 10:15 GMT")).toEqual({ year: 2024, month: 3, day: 12 });
    expect(parseDateValue("Sept. 30, 2016")).toEqual({ year: 2016, month: 9, day: 30 });
    expect(parseDateValue("Dec 16")).toEqual({ month: 12, day: 16 });
  });

  it("reads nothing from text that is not a date, or only looks like one", () => {
    for (const v of ["not shown (the text says mid-October 2011)", "today", "", undefined, "Updated every hour", "March 2024"]) {
      expect(parseDateValue(v)).toBeNull();
    }
    // Either 3 April or 4 March: only the page's order can tell.
    expect(parseDateValue("03/04/2019")).toBeNull();
    expect(parseDateValue("03/04/2019", true)).toEqual({ year: 2019, month: 4, day: 3 });
    expect(parseDateValue("03/04/2019", false)).toEqual({ year: 2019, month: 3, day: 4 });
    expect(parseDateValue("07/07/2019")).toEqual({ year: 2019, month: 7, day: 7 });
  });
});

describe("findDateline", () => {
  const at = (text: string) => {
    const clean = cleanMarkup(text);
    return findDateline(clean, segmentBlocks(text, clean, 0))?.raw ?? null;
  };
  it("finds wire and newspaper datelines at the start of the body", () => {
    expect(at("Port strike ends\nHAMBURG, Oct 22 (Reuters) - Dock workers went back to work.")).toBe("Oct 22");
    expect(at("Port strike ends\nLISBON, March 4 Dock workers went back to work on Monday.")).toBe("March 4");
    expect(at("Harbour news\nValletta, 12 March 2024 — The ferry resumed service.")).toBe("12 March 2024");
    expect(at("Harbour news\nSuva, Fiji, June 3\nThe ferry resumed service.")).toBe("June 3");
    expect(at("Grain deal\nODESA — May 2 — The port reopened.")).toBe("May 2");
    expect(at("Coral news\nCAIRNS, Australia (May 2) — Divers found new coral.")).toBe("May 2");
  });

  it("does not take an opening phrase or a date later in the text for one", () => {
    expect(at("Port strike ends\nOn Monday, March 4, dock workers went back.")).toBeNull();
    expect(at("Port strike ends\nLisbon, March 4 was the day the dockers went back.")).toBeNull();
    const late = ["Headline here", "First line of text.", "Second line of text.", "Third line.", "PORTO, May 2 (AP) - Late."].join("\n");
    expect(at(late)).toBeNull();
  });
});

describe("inferYear", () => {
  const year = (month: number, day: number, text: string) => inferYear({ month, day }, text, [{ start: 0, end: text.length }]);
  it("pins the year where the article's own years allow exactly one", () => {
    expect(year(9, 30, "Output grew 4 percent in the second quarter from the same period in 2011.")).toBe(2012);
    expect(year(3, 2, "The vote on February 20, 2017 was close. Turnout was low.")).toBe(2017);
    expect(year(1, 5, "The storm of December 28, 2009 cut power.")).toBe(2010);
  });

  it("gives no year when nothing pins it down, or the clues disagree", () => {
    expect(year(12, 16, "The count resumed today in three districts.")).toBeUndefined();
    expect(year(6, 1, "Sales grew 5 percent in 2015.")).toBeUndefined();
    expect(year(9, 30, "Up from the same period in 2011, and the same quarter of 2013.")).toBeUndefined();
    // A year stated for something that already happened cannot come after the time of writing.
    expect(year(9, 30, "Up from the same period in 2011. The plant opened in 2014.")).toBeUndefined();
    expect(year(9, 30, "Up from the same period in 2011. The plant will open in 2014.")).toBe(2012);
  });
});

describe("resolveReference", () => {
  const body = "Ferry service resumes\nThe ferry resumed service on Oct 22 after repairs.";

  it("follows the order option, front matter, header, dateline, credit line, latest full date", () => {
    expect(referenceOf(body, "2019-11-02")).toMatchObject({ source: "option", iso: "2019-11-02" });
    expect(referenceOf(`---\npublished: "2018-10-30"\n---\n${body}`, "2019-11-02").iso).toBe("2019-11-02");
    expect(referenceOf(`---\npublished: "2018-10-30"\n---\n${body}`)).toMatchObject({ source: "front-matter", iso: "2018-10-30" });
    expect(referenceOf(`Title: Ferry\nDate: 30 October 2017 (page date)\n\n${body}`)).toMatchObject({ source: "header", iso: "2017-10-30" });
    expect(referenceOf(`Ferry service resumes\nVALLETTA, Oct 30, 2016 (AP) - The ferry resumed service on Oct 22.`)).toMatchObject({ source: "dateline", iso: "2016-10-30" });
    expect(referenceOf(`${body}\n(Island News Service October 30, 2015)`)).toMatchObject({ source: "credit", iso: "2015-10-30" });
    expect(referenceOf(`${body} The old ferry sank on May 3, 2001. Its sister ship sailed on June 9, 2004.`)).toMatchObject({ source: "latest", iso: "2004-06-09" });
    expect(referenceOf(body)).toMatchObject({ source: "none", yearKnown: false });
  });

  it("gives a dateline without a year the year the article pins down, else none", () => {
    const pinned = "Ferry news\nVALLETTA, Oct 30 (AP) - Passenger numbers rose in the third quarter from the same period in 2014.";
    expect(referenceOf(pinned)).toMatchObject({ source: "dateline", yearKnown: true, iso: "2015-10-30" });
    expect(referenceOf("Ferry news\nValletta, October 30\nThe ferry resumed service on Oct 22.")).toMatchObject({ source: "dateline", yearKnown: false });
  });
});

describe("analyse() with the reference date found in the text", () => {
  it("resolves partial dates against the header's date and keeps the header out of the quiz", () => {
    const text = "Title: Ferry service resumes\nPublisher: Island News\nDate: 2016-11-05 (as stored)\nURL: https://x.test/ferry\n\nFerry service resumes\nThe ferry resumed service on Oct 22 after repairs.";
    const r = analyse(text);
    expect(r.article).toMatchObject({ title: "Ferry service resumes", source: "Island News", published: "2016-11-05" });
    expect(r.blocks[0]?.kind).toBe("frontmatter");
    expect(r.sentences.some((s) => /Publisher|x\.test|as stored/.test(s.text))).toBe(false);
    expect(dateFacts(text)).toEqual([expect.objectContaining({ iso: "2016-10-22" })]);
  });

  it("uses a header title unless it is a placeholder, and never a dateline for a title", () => {
    expect(analyse("Title: not shown (slug: ferry)\nDate: 2016-11-05\n\nFerry service resumes\nIt resumed.").article.title).toBe("Ferry service resumes");
    expect(analyse("VALLETTA, Oct 30 (AP) - The ferry resumed service.").article.title).toBe("The ferry resumed service.");
  });

  it("makes no fact of the dateline, and gives partial dates no year when nothing tells it", () => {
    const text = "Ferry news\nValletta, October 30\nThe ferry resumed service on Oct 22 after repairs.";
    const facts = dateFacts(text);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ raw: "Oct 22", iso: "--10-22" });
    for (const q of generate(text).questions) expect(`${q.prompt} ${q.answerText}`).not.toMatch(/\b(?:19|20)\d{2}\b/);
  });

  it("resolves partial dates before the dateline to the dateline's year", () => {
    const text = "Ferry news\nVALLETTA, Oct 30, 2016 (AP) - The ferry resumed service on Oct 22 after repairs in September.";
    expect(dateFacts(text).map((f) => f.kind === "date" && f.iso)).toEqual(["2016-10-22", "2016-09"]);
  });
});

describe("analyse() and numeric dates", () => {
  it("reads a numeric date in the order the page's other dates show, and makes no fact without evidence", () => {
    const dayFirst = "Court news\nThe appeal was lodged on 03.04.2019. The ruling came on 17.04.2019.";
    expect(dateFacts(dayFirst).map((f) => f.kind === "date" && f.iso)).toEqual(["2019-04-03", "2019-04-17"]);
    const unknown = "Court news\nThe appeal was lodged on 03.04.2019 and heard within weeks.";
    expect(dateFacts(unknown)).toEqual([]);
  });
});

describe("datelineOf", () => {
  it("takes the whole of a wire's double-hyphen dash ('(Yonhap) --'), not one hyphen of it", () => {
    expect(datelineOf("BUSAN, Nov. 4 (Yonhap) -- The port handled more boxes.")).toBe("BUSAN, Nov. 4 (Yonhap) --");
    expect(datelineOf("OSLO, Nov 4 (Reuters) - The port handled more boxes.")).toBe("OSLO, Nov 4 (Reuters) -");
    // Two places filed from, joined by a slash.
    expect(datelineOf("MUMBAI/LONDON, Nov 4 (Reuters) - The port handled more boxes.")).toBe("MUMBAI/LONDON, Nov 4 (Reuters) -");
    expect(datelineOf("SAO PAULO/NEW YORK (Reuters) - The port handled more boxes.")).toBe("SAO PAULO/NEW YORK (Reuters) -");
    expect(datelineOf("The port handled more boxes -- and more ships.")).toBe("");
  });

  it("takes a dateline with no date ('VALLETTA —', 'PERTH (AP) --') and a wire's 'UPDATE:' label", () => {
    expect(datelineOf("VALLETTA — The ferry company added two routes.")).toBe("VALLETTA —");
    expect(datelineOf("PERTH (AP) -- Wheat prices fell 3 percent.")).toBe("PERTH (AP) --");
    expect(datelineOf("PORT LOUIS, Mauritius — Sugar output rose.")).toBe("PORT LOUIS, Mauritius —");
    expect(datelineOf("UPDATE: Police later said three men were arrested.")).toBe("UPDATE:");
    expect(datelineOf("BREAKING — The bridge has reopened.")).toBe("BREAKING —");
    expect(datelineOf("NEW YORK — Stocks fell 2 percent.")).toBe("NEW YORK —");
  });

  it("reads a date set off by dashes or brackets, and a credit in slashes ('ODESA — May 2 —', 'CAIRNS, Australia (May 2) —', '/Business Wire/ --')", () => {
    expect(datelineOf("ODESA — May 2 — The port reopened for grain.")).toBe("ODESA — May 2 —");
    expect(datelineOf("SPOKANE, Wash. — Oct. 3, 2025 — The mill cut 40 jobs.")).toBe("SPOKANE, Wash. — Oct. 3, 2025 —");
    expect(datelineOf("CAIRNS, Australia (May 2) — Divers found new coral.")).toBe("CAIRNS, Australia (May 2) —");
    expect(datelineOf("GDANSK, Poland, May 2 /Business Wire/ -- Baltex opened a yard.")).toBe("GDANSK, Poland, May 2 /Business Wire/ --");
    // A dash after a title-case subject, or a bracket left open, is no dateline.
    expect(datelineOf("Revenue — May 2 — was the best day.")).toBe("");
    expect(datelineOf("Exports (May 2 — record) rose.")).toBe("");
  });

  it("keeps an opening that is no dateline", () => {
    expect(datelineOf("Valletta — the capital — added two routes.")).toBe("");
    expect(datelineOf("NATO said 12 ships took part.")).toBe("");
    expect(datelineOf("A — the first option — was chosen.")).toBe("");
    expect(datelineOf("Update: the council met again.")).toBe("");
    expect(datelineOf("UK — and EU — officials met.")).toBe("");
  });

  it("reads a dateline without a date: a place in capitals, or a place with a wire's credit, then a dash or colon", () => {
    expect(datelineOf("LIMA (Reuters) - Copper output rose in March.")).toBe("LIMA (Reuters) -");
    expect(datelineOf("SAN JOSE — The council voted to widen the road.")).toBe("SAN JOSE —");
    expect(datelineOf("QUITO: Quito's buses will run all night.")).toBe("QUITO:");
    expect(datelineOf("BOGOTÁ, Colombia (AP) — Coffee prices fell.")).toBe("BOGOTÁ, Colombia (AP) —");
    expect(datelineOf("Accra (AFP) - Ghana cut its rate.")).toBe("Accra (AFP) -");
    // A short acronym, a plain title-case word or a sentence's own dash is no dateline.
    expect(datelineOf("UN: The body met on Monday.")).toBe("");
    expect(datelineOf("Peru: The country won three medals.")).toBe("");
    expect(datelineOf("NATO - the alliance met.")).toBe("");
    expect(datelineOf("The bank held rates - for now.")).toBe("");
    expect(datelineOf("Quito: a city of hills.")).toBe("");
  });
});
