import { describe, expect, it } from "vitest";
import { BOM, cellText, csvFileName, csvResponse, parseCsv, quoteCell, toCsv } from "./csv";

describe("cellText", () => {
  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(cellText("=HYPERLINK(\"http://evil\")")).toBe("'=HYPERLINK(\"http://evil\")");
    expect(cellText("+1+1")).toBe("'+1+1");
    expect(cellText("-2+3")).toBe("'-2+3");
    expect(cellText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(cellText("\t=1")).toBe("'\t=1");
    expect(cellText("\r=1")).toBe("'\r=1");
    expect(cellText("Plain text = fine")).toBe("Plain text = fine");
  });

  it("keeps numbers as numbers, negative ones too, and empties for nothing", () => {
    expect(cellText(-3.5)).toBe("-3.5");
    expect(cellText(0)).toBe("0");
    expect(cellText(Number.NaN)).toBe("");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText(true)).toBe("yes");
  });
});

describe("quoteCell and toCsv", () => {
  it("quotes commas, quotes and line breaks (RFC 4180) and leaves the rest bare", () => {
    expect(quoteCell("plain")).toBe("plain");
    expect(quoteCell("a,b")).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell("two\nlines")).toBe('"two\nlines"');
    expect(quoteCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("starts with a BOM, ends lines with CRLF, and round-trips through the parser", () => {
    const rows = [
      ["Zoë, \"the\" student", 3, "line1\nline2"],
      ["=cmd|' /C calc'!A0", -1, null],
      ["", 62.5, "Ünïcödé ✓"],
    ];
    const csv = toCsv(["Name", "Score", "Note"], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`${BOM}Name,Score,Note`);
    expect(parseCsv(csv)).toEqual([
      ["Name", "Score", "Note"],
      ['Zoë, "the" student', "3", "line1\nline2"],
      ["'=cmd|' /C calc'!A0", "-1", ""],
      ["", "62.5", "Ünïcödé ✓"],
    ]);
  });

  it("writes just the header when there are no rows", () => {
    expect(toCsv(["A", "B"], [])).toBe(`${BOM}A,B\r\n`);
    expect(parseCsv(toCsv(["A", "B"], []))).toEqual([["A", "B"]]);
  });
});

describe("parseCsv", () => {
  it("reads LF files and a last line without a line end", () => {
    expect(parseCsv('a,b\n"c,d",e')).toEqual([
      ["a", "b"],
      ["c,d", "e"],
    ]);
    expect(parseCsv("")).toEqual([]);
  });
});

describe("csvFileName and csvResponse", () => {
  it("makes a safe, never-empty file name", () => {
    expect(csvFileName("Week 3: Korea–Japan", "Class 7B", "students")).toBe("week-3-korea-japan-class-7b-students.csv");
    expect(csvFileName("Économie \"quoted\"\r\n")).toBe("economie-quoted.csv");
    expect(csvFileName("???")).toBe("results.csv");
    expect(csvFileName("x".repeat(200)).length).toBeLessThanOrEqual(84);
  });

  it("sends text/csv in UTF-8 as an attachment, uncached", async () => {
    const res = csvResponse(toCsv(["A"], [["é"]]), "r.csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="r.csv"');
    expect(res.headers.get("cache-control")).toContain("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
