import { describe, expect, it } from "vitest";
import { fill } from "@/components/i18n/client-messages";

describe("client messages: fill", () => {
  it("fills named placeholders and leaves unknown ones for the untranslated-key scanner", () => {
    expect(fill("Question {n} of {total}", { n: 2, total: 7 })).toBe("Question 2 of 7");
    expect(fill("Answer: {answer}", {})).toBe("Answer: {answer}");
    expect(fill("No placeholders")).toBe("No placeholders");
  });

  it("writes numbers the locale's way, strings as given", () => {
    expect(fill("+{points} points", { points: 12400 }, "en")).toBe("+12,400 points");
    expect(fill("+{points}점", { points: 12400 }, "ko")).toBe("+12,400점");
    expect(fill("{n} players", { n: 1234567 }, "de")).toBe("1.234.567 players");
    expect(fill("Enter a number such as {example}.", { example: "62.4" }, "de")).toBe("Enter a number such as 62.4.");
  });
});
