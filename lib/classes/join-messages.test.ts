import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";

// The join action's answers are said in the student's language by their English
// (lib/i18n/action-messages.ts, messages/*.json classJoinMessages): that English must stay the code's.
describe("a student's class-join messages", () => {
  it("are, word for word, the English the join action and its schema say", () => {
    const source = ["lib/classes/actions.ts", "lib/validation/classes.ts", "lib/errors.ts"].map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), "utf8")).join("\n");
    const templated = (text: string) => text.replace(/\{\w+\}/g, "${").split("${")[0]!;
    for (const [key, text] of Object.entries(en.classJoinMessages)) {
      if (key.startsWith("tooMany")) continue; // lib/security's rate-limit message, built from parts
      // A message with values is written as a template literal: its words up to the first value.
      expect(source, key).toContain(text.includes("{") ? templated(text) : text);
    }
  });
});
