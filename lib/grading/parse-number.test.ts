import { describe, expect, it } from "vitest";
import { parseNumber, parseNumberParts } from "./parse-number";

describe("parseNumber", () => {
  it.each([
    ["62.4", 62.4],
    ["62.4%", 62.4],
    ["62.4 %", 62.4],
    ["62.4 percent", 62.4],
    ["62.4 per cent", 62.4],
    ["62.4pct", 62.4],
    ["62,4", 62.4],
    [" 62.40 ", 62.4],
    ["0,500", 0.5],
    [".5", 0.5],
    [",5", 0.5],
    ["1,00", 1],
    ["1234,567", 1234.567],
    ["1,000", 1000],
    ["12,345", 12345],
    ["1,000,000", 1_000_000],
    ["1.000.000", 1_000_000],
    ["1.000", 1],
    ["1 000", 1000],
    ["1 000 000", 1_000_000],
    ["1\u00a0000", 1000],
    ["1\u202f000,25", 1000.25],
    ["1 000,5", 1000.5],
    ["1 000,500", 1000.5],
    ["1 000.25", 1000.25],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["12,345,678.9", 12_345_678.9],
    ["-3", -3],
    ["+3", 3],
    ["\u22123", -3],
    ["\u20133", -3],
    ["- 3", -3],
    ["0", 0],
    ["-0.5", -0.5],
    ["007", 7],
    ["\uff15\uff10", 50],
    ["$3", 3],
    ["-$3", -3],
    ["$-3", -3],
    ["€5", 5],
    ["5 €", 5],
    ["₩1,000", 1000],
    ["5k", 5000],
    ["77.2 billion", 77.2e9],
    ["77.2bn", 77.2e9],
    ["3 million", 3e6],
    ["1.5 trillion", 1.5e12],
    ["2 thousand", 2000],
    ["62.4 PERCENT", 62.4],
  ])("reads %j as %d", (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 9);
  });

  it.each([
    [""],
    ["   "],
    ["abc"],
    ["62.4.1"],
    ["1e3"],
    ["0x10"],
    ["Infinity"],
    ["NaN"],
    ["--3"],
    ["+-3"],
    ["3-"],
    ["1,2,3"],
    ["12,34,567"],
    ["1 00"],
    ["1000 000"],
    ["62 .4"],
    ["1,000.000.0"],
    ["1.2,3,4"],
    ["5m"],
    ["5 b"],
    ["62.4 apples"],
    ["%"],
    ["$"],
    ["billion"],
    ["1,"],
    ["."],
    ["6 2 . 4"],
    ["9".repeat(101)],
    ["x".repeat(1_000_000)],
  ])("refuses %j", (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it("refuses non-strings without throwing", () => {
    for (const v of [null, undefined, 42, {}, [], Number.NaN, true]) expect(parseNumber(v)).toBeNull();
  });

  it("reports the scale word and the percent sign separately", () => {
    expect(parseNumberParts("77.2 billion")).toEqual({ mantissa: 77.2, scale: 1e9, percent: false });
    expect(parseNumberParts("-62,4 %")).toEqual({ mantissa: -62.4, scale: 1, percent: true });
  });
});
