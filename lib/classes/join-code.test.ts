import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, isValidJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from "./join-code";

describe("join code alphabet", () => {
  it("has no look-alike characters and no duplicates", () => {
    for (const c of "0O1IL") expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });
});

describe("generateJoinCode", () => {
  it("makes codes of the right length from the alphabet only", () => {
    for (let i = 0; i < 500; i++) {
      const code = generateJoinCode((max) => randomInt(max));
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(isValidJoinCode(code)).toBe(true);
    }
  });

  it("maps random indices to the alphabet, first and last included", () => {
    expect(generateJoinCode(() => 0)).toBe("AAAAAA");
    expect(generateJoinCode((max) => max - 1)).toBe("999999");
    let n = 0;
    expect(generateJoinCode(() => n++, 4)).toBe("ABCD");
  });

  it("refuses an out-of-range random source instead of making a short code", () => {
    expect(() => generateJoinCode((max) => max)).toThrow(RangeError);
  });

  it("rarely repeats itself", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateJoinCode((max) => randomInt(max))));
    expect(codes.size).toBeGreaterThan(1990);
  });
});

describe("normalizeJoinCode", () => {
  it("ignores case, spaces and dashes", () => {
    expect(normalizeJoinCode("abc-def")).toBe("ABCDEF");
    expect(normalizeJoinCode("  Ab c\tDE f ")).toBe("ABCDEF");
    expect(normalizeJoinCode("abc–def")).toBe("ABCDEF");
    expect(normalizeJoinCode(formatJoinCode("FACT42"))).toBe("FACT42");
  });

  it("leaves look-alikes in place, so the code is rejected rather than guessed", () => {
    expect(isValidJoinCode(normalizeJoinCode("fact4O"))).toBe(false);
    expect(isValidJoinCode(normalizeJoinCode("fac1t4"))).toBe(false);
  });
});

describe("isValidJoinCode", () => {
  it("checks length and alphabet", () => {
    expect(isValidJoinCode("FACT42")).toBe(true);
    expect(isValidJoinCode("FACT4")).toBe(false);
    expect(isValidJoinCode("FACT422")).toBe(false);
    expect(isValidJoinCode("fact42")).toBe(false);
    expect(isValidJoinCode("")).toBe(false);
  });
});
