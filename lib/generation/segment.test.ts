import { describe, expect, it } from "vitest";
import { segmentBlocks } from "./segment";
import { splitSentences } from "./sentences";
import { cleanMarkup } from "./markup";

const blocksOf = (text: string) => segmentBlocks(text, cleanMarkup(text), 0);

describe("segmentBlocks", () => {
  it("types headline, image, caption, credit, body and footer lines", () => {
    const text = [
      "Exporters cheer weaker currency",
      "![Containers at Busan port on May 2. [YONHAP]](https://x.test/a.jpg)",
      "Containers at Busan port on May 2. [YONHAP]",
      "Exports rose 5 percent in May. [REUTERS]",
      "[AP PHOTO]",
      "BY JANE DOE [jane@example.com]",
      "No comments",
      "Post a Comment",
    ].join("\n");
    const kinds = blocksOf(text).map((b) => b.kind);
    expect(kinds).toEqual(["headline", "image", "caption", "body", "credit", "credit", "footer", "footer", "footer"]);
    for (const b of blocksOf(text)) expect(text.slice(b.start, b.end)).toBe(b.text);
  });

  it("sets a correction notice aside as an editor's note, not quiz material", () => {
    const text = [
      "Ferry sinks near harbour",
      "The ferry sank 2 kilometres from the harbour on Sunday.",
      "CORRECTION: An earlier version of this story said the ferry sank 4 kilometres from the harbour.",
      "A previous version of this article gave the wrong name for the captain.",
      "Correction (May 3): The ferry carried 40 people, not 14.",
      "Correction of the ship's course took an hour, the captain said.",
    ].join("\n");
    expect(blocksOf(text).map((b) => b.kind)).toEqual(["headline", "body", "footer", "footer", "footer", "body"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(blocksOf("")).toEqual([]);
    expect(blocksOf("  \n\n \t")).toEqual([]);
  });

  it("splits HTML paragraphs into blocks with offsets into the original", () => {
    const text = "<h1>Title here</h1><p>First paragraph says 3%.</p><p>Second one.</p>";
    const blocks = blocksOf(text);
    expect(blocks.map((b) => b.kind)).toEqual(["headline", "body", "body"]);
    expect(blocks[1]?.text).toBe("First paragraph says 3%.");
  });
});

describe("splitSentences", () => {
  const sentencesOf = (text: string) => {
    const clean = cleanMarkup(text);
    return splitSentences(text, clean, segmentBlocks(text, clean, 0)).map((s) => s.text);
  };

  it("leaves a live blog entry's time out of its first sentence", () => {
    const text = [
      "Harbour vote: live",
      "**19:10** Polls close in Nordby. Turnout was 71 percent.",
      "21:05 – The count is halfway done.",
      "22:40 GMT: Mayor Iris Holm concedes.",
      "08:30 Tuesday is the deadline for appeals.",
    ].join("\n");
    expect(sentencesOf(text)).toEqual([
      "Harbour vote: live",
      "Polls close in Nordby.",
      "Turnout was 71 percent.",
      "The count is halfway done.",
      "Mayor Iris Holm concedes.",
      "08:30 Tuesday is the deadline for appeals.", // a single space: the time may be the subject
    ]);
  });

  it("leaves an interview turn's label out of its first sentence", () => {
    const text = [
      "Talking ferries with the harbour master",
      "Q: How many boats will the new ferry line need?",
      "A: Seven, and the first two arrive in May. We ordered them in 2024.",
      "**Q:** Is the fare going up?",
      "Answer: 3 euros stays the price until 2028.",
      "Plan A: the council keeps the old pier.",
    ].join("\n");
    expect(sentencesOf(text)).toEqual([
      "Talking ferries with the harbour master",
      "How many boats will the new ferry line need?",
      "Seven, and the first two arrive in May.",
      "We ordered them in 2024.", // only the turn's first sentence carries the label
      "Is the fare going up?",
      "3 euros stays the price until 2028.",
      "Plan A: the council keeps the old pier.", // a label only opens the paragraph
    ]);
  });

  it("does not split abbreviations, decimals or mid-sentence exclamations", () => {
    const text = [
      "Headline without a stop",
      "The U.S. trade office met Mr. Tanaka about U.S.-China ties. It ranked No. 1 with 3.5 percent. Guests were chanting “Fighting!” during the ceremony. The U.S. Trade Representative spoke.",
    ].join("\n");
    expect(sentencesOf(text)).toEqual([
      "Headline without a stop",
      "The U.S. trade office met Mr. Tanaka about U.S.-China ties.",
      "It ranked No. 1 with 3.5 percent.",
      "Guests were chanting “Fighting!” during the ceremony.",
      "The U.S. Trade Representative spoke.",
    ]);
  });

  it("ends a sentence after a clock time unless a day, a month or a time zone follows", () => {
    expect(sentencesOf("Title\nPools stay shut between 11 a.m. and 6 p.m. Hospitals treated 90 people. Talks resume at 9 a.m. Monday and end at 5 p.m. GMT on Friday.")).toEqual([
      "Title",
      "Pools stay shut between 11 a.m. and 6 p.m.",
      "Hospitals treated 90 people.",
      "Talks resume at 9 a.m. Monday and end at 5 p.m. GMT on Friday.",
    ]);
    expect(sentencesOf("Title\nIt landed at 9:47 p.m. Japan time after a short descent. Polls close at 8 p.m. Eastern Standard Time tonight. Doors open at 6 p.m. Some time later, the band played.")).toEqual([
      "Title",
      "It landed at 9:47 p.m. Japan time after a short descent.",
      "Polls close at 8 p.m. Eastern Standard Time tonight.",
      "Doors open at 6 p.m.",
      "Some time later, the band played.",
    ]);
  });

  it("leaves trailing credits out of sentences and handles non-English text", () => {
    expect(sentencesOf("Title\nShares fell on Monday. [YONHAP]")).toEqual(["Title", "Shares fell on Monday."]);
    expect(sentencesOf("제목\n한국 경제는 성장했다. 中国经济增长了。")).toHaveLength(3);
  });
});
