import { describe, expect, it } from "vitest";
import { numericFormatHint, readNumericResponse } from "./numeric";
import { numericBillions, numericCount, numericPercent } from "./test-fixtures";
import type { QuestionOf } from "@/lib/question-types";

const withAnswer = (answer: QuestionOf<"numeric">["answer"]): QuestionOf<"numeric"> => ({
  ...numericPercent,
  answer,
});

describe("readNumericResponse", () => {
  it.each([
    ["77.2", 77.2],
    ["77.2 billion", 77.2],
    ["77.2bn", 77.2],
    ["$77.2 billion", 77.2],
    ["77,200 million", 77.2],
    ["77.2 billion USD", 77.2],
    ["77.2 usd", 77.2],
    ["77,2", 77.2],
  ])("reads %j as %d billion USD", (text, expected) => {
    expect(readNumericResponse(numericBillions, text)).toBeCloseTo(expected, 9);
  });

  it("takes a bare full-size figure literally (in the unit shown)", () => {
    expect(readNumericResponse(numericBillions, "77200000000")).toBe(77_200_000_000);
    expect(readNumericResponse(numericBillions, "77.2 thousand")).toBeCloseTo(77.2e-6, 12);
  });

  it("reads percentages as written", () => {
    expect(readNumericResponse(numericPercent, "62.4%")).toBe(62.4);
    expect(readNumericResponse(numericPercent, "62.4 percent")).toBe(62.4);
  });

  it("drops unit words but not other words", () => {
    const points = withAnswer({ value: 12, tolerance: 0, unit: "points" });
    expect(readNumericResponse(points, "12 points")).toBe(12);
    expect(readNumericResponse(points, "12 Points")).toBe(12);
    expect(readNumericResponse(points, "12 goals")).toBeNull();
    expect(readNumericResponse(points, "points")).toBeNull();
  });

  it("reads plain counts", () => {
    expect(readNumericResponse(numericCount, "1,000")).toBe(1000);
    expect(readNumericResponse(numericCount, "1 000")).toBe(1000);
    expect(readNumericResponse(numericCount, "1k")).toBe(1000);
  });
});

describe("numericFormatHint", () => {
  it("names the unit and gives an example", () => {
    expect(numericFormatHint(numericPercent)).toBe("Enter a number such as 18.5 (in %)");
    expect(numericFormatHint(numericBillions)).toBe("Enter a number such as 62.4 (in billion USD)");
    expect(numericFormatHint(withAnswer({ value: 3.5, tolerance: 0.1 }))).toBe("Enter a number such as 62.4");
  });

  it("asks for a whole number when the key is an exact whole number", () => {
    expect(numericFormatHint(numericCount)).toBe("Enter a whole number such as 1,250");
    expect(numericFormatHint(withAnswer({ value: 12, tolerance: 0, unit: "points" }))).toBe(
      "Enter a whole number such as 1,250 (in points)",
    );
  });

  it("never shows an example that would be graded right", () => {
    for (const value of [62.4, 18.5, 7.25, 1250, 48, 300, 62, 18, 7]) {
      for (const tolerance of [0, 0.5, 1]) {
        const q = withAnswer({ value, tolerance, unit: "%" });
        const example = /such as ([\d.,]+)/.exec(numericFormatHint(q))?.[1] ?? "";
        const n = readNumericResponse(q, example);
        expect(n).not.toBeNull();
        expect(Math.abs((n ?? 0) - value)).toBeGreaterThan(tolerance);
      }
    }
  });
});
