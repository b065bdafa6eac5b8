// Issue 12, defect 14 (display names) and defect 4 (passwords): the pure rules.
import { describe, expect, it } from "vitest";
import { displayNameKey, displayNameSchema, normalizeDisplayName, passwordSchema } from "./auth";
import { passwordWeakness, userWords } from "./password-strength";

const nameErrors = (raw: string) => {
  const parsed = displayNameSchema.safeParse(raw);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe("display names", () => {
  it("are NFKC-normalised, trimmed and have inner whitespace collapsed", () => {
    expect(normalizeDisplayName("  Ｓａｍ\u3000\u00a0 Park\t ")).toBe("Sam Park");
    expect(normalizeDisplayName("ﬁona")).toBe("fiona");
    expect(displayNameSchema.parse("  Robin    Test ")).toBe("Robin Test");
  });

  it("refuse control, zero-width and text-direction characters", () => {
    for (const bad of [
      "Admin\u202Eniks", // right-to-left override
      "Sam\u200BPark", // zero-width space
      "Sam\u200DPark", // zero-width joiner
      "Sam\u2066Park\u2069", // isolates
      "\uFEFFSam Park", // BOM
      "Sam\u0000Park",
      "Sam\u0007Park",
      "Sam\nPark",
      "Sam\u2028Park",
      "\u3164\u3164", // Hangul fillers: a name that shows as nothing
    ]) {
      expect(nameErrors(bad), JSON.stringify(bad)).toEqual([expect.stringMatching(/no invisible, control or text-direction characters/)]);
    }
  });

  it("refuse piles of combining marks, names with no letter, emails, and stay 2–40 long", () => {
    expect(nameErrors("Za\u0301\u0302\u0303\u0304lgo")).toEqual(["Use at most two accents on one letter in your display name."]);
    expect(nameErrors("...")).toEqual(["Use at least one letter or digit in your display name."]);
    expect(nameErrors("me@example.com")).toHaveLength(1);
    expect(nameErrors("  A  ")).toEqual(["Enter a display name of at least 2 characters."]);
    expect(nameErrors("x".repeat(41))).toEqual(["Keep your display name under 40 characters."]);
    expect(nameErrors("José Müller-O'Brien")).toEqual([]);
    expect(nameErrors("김민준")).toEqual([]);
  });

  it("compare case-insensitively after normalising", () => {
    expect(displayNameKey("Sam Park")).toBe(displayNameKey("  sam   PARK "));
    expect(displayNameKey("Ｓａｍ Park")).toBe(displayNameKey("sam park"));
    expect(displayNameKey("ÉMILE")).toBe(displayNameKey("émile"));
    expect(displayNameKey("Sam Park")).not.toBe(displayNameKey("Sam Parks"));
  });

  it("read Cyrillic and Greek look-alikes as the Latin letters they copy, and keep Latin accents apart", () => {
    // "Ѕаm" in Cyrillic letters only (U+0405 U+0430 U+043C) reads as "Sam".
    expect(displayNameKey("\u0405\u0430m")).toBe(displayNameKey("Sam"));
    // Greek capitals Alpha, Nu, Alpha read as "ANA".
    expect(displayNameKey("\u0391\u039D\u0391")).toBe(displayNameKey("Ana"));
    expect(displayNameKey("Émile")).not.toBe(displayNameKey("Emile"));
    expect(displayNameKey("김민준")).toBe("김민준");
  });

  it("refuse a word that mixes Latin with Cyrillic or Greek letters, and accept each alphabet on its own", () => {
    const mixed = "Write each word of your display name in one alphabet (a word mixing Latin with Cyrillic or Greek letters can pass for someone else's name).";
    expect(nameErrors("\u0410na Lima")).toEqual([mixed]); // Cyrillic А + Latin "na"
    expect(nameErrors("Ana Li\u03BCa")).toEqual([mixed]); // Greek mu inside a Latin word
    expect(nameErrors("Ирина Петрова")).toEqual([]);
    expect(nameErrors("Ολγα Παππά")).toEqual([]);
    expect(nameErrors("Ana Ирина")).toEqual([]); // two alphabets, one per word
  });
});

describe("passwords", () => {
  it("keep the length rule in the sync schema", () => {
    expect(passwordSchema.safeParse("short").success).toBe(false);
    expect(passwordSchema.safeParse("x".repeat(201)).success).toBe(false);
  });

  it("refuse common and personal passwords with zxcvbn's advice", async () => {
    const inputs = ["robin@example.com", "Robin Test"];
    expect(await passwordWeakness("1234567890", inputs)).toMatch(/^That password is too easy to guess\. This is a frequently used password\./);
    expect(await passwordWeakness("password12", inputs)).toMatch(/^That password is too easy to guess\./);
    expect(await passwordWeakness("robin@example.com", inputs)).toMatch(/too easy to guess/);
    expect(await passwordWeakness("robintest2026", inputs)).toMatch(/too easy to guess/);
    expect(await passwordWeakness("qwertyuiop", inputs)).toMatch(/too easy to guess/);
  });

  it("accept passphrases, the ones the journeys use included", async () => {
    for (const good of ["a-long-pass-phrase", "another-long-phrase", "a-long-teacher-phrase", "correct horse battery staple"]) {
      expect(await passwordWeakness(good, ["someone@example.com", "Robin Test"]), good).toBeNull();
    }
  });

  it("takes the email's local part and the name's words as user words", () => {
    expect(userWords(["Robin.Hood@example.com", "Robin Hood"])).toEqual(expect.arrayContaining(["robin.hood@example.com", "robin.hood", "robin", "hood", "robin hood"]));
  });
});
