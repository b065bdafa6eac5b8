import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { translateAnswer } from "@/lib/i18n/action-messages";

// lib/i18n/action-messages.ts knows an admin action's answers by their English text: each message of
// `adminMessages` (but the action's own, with its code) must be one the admin's code really says.
const SOURCES = ["lib/auth/teacher-access.ts", "lib/admin/accounts.ts", "lib/validation/teacher-access.ts", "lib/validation/account.ts"];

describe("the admin's messages", () => {
  it("are, word for word, the English the admin actions' errors and schemas say", () => {
    const source = SOURCES.map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), "utf8")).join("\n");
    for (const [key, text] of Object.entries(en.adminMessages)) {
      if (key === "newCode") continue;
      expect(source, key).toContain(JSON.stringify(text));
    }
  });

  it("each have a Korean message", () => {
    expect(Object.keys(ko.adminMessages).sort()).toEqual(Object.keys(en.adminMessages).sort());
  });

  it("leave an answer's English as it is outside a request, and any text they don't know", async () => {
    const answer = { ok: false, formError: "Something else.", fieldErrors: { maxUses: [en.adminMessages.usesMin] } };
    expect(await translateAnswer("adminMessages", answer)).toEqual(answer);
  });
});
