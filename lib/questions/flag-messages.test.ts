import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { CHECKS } from "@/lib/generation/critic";
import { findingMessage, flagMessage, type CodeTranslator } from "./flag-messages";

/** Every source file of the engine (tests and fixtures left out). */
function engineSources(dir = "lib/generation"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith("__") ? [] : engineSources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The codes the engine can flag a question with: the critic's checks, and every `code: "…"` its builders write. */
function flagCodes(): string[] {
  const written = engineSources().flatMap((path) => [...readFileSync(path, "utf8").matchAll(/\bcode:\s*"([a-z][a-z0-9_]*)"/g)].map((m) => m[1]!));
  return [...new Set([...CHECKS.map((c) => c.code), ...written])].sort();
}

function kinds(): string[] {
  const types = readFileSync("lib/generation/types.ts", "utf8");
  const union = /export type ConsistencyKind =([^;]+);/.exec(types)?.[1] ?? "";
  return [...union.matchAll(/"([a-z0-9_]+)"/g)].map((m) => m[1]!);
}

const translator = (messages: Record<string, string>): CodeTranslator => Object.assign((key: string) => messages[key]!, { has: (key: string) => key in messages });

describe("the engine's reasons in the teacher's language", () => {
  it("finds the codes it checks (the list isn't empty or short)", () => {
    expect(flagCodes()).toEqual(expect.arrayContaining(["cut_stem", "pronoun_stem", "unsure_speaker", "contradicted", "gives_away", "ambiguous_evidence"]));
    expect(kinds()).toEqual(expect.arrayContaining(["ratio_mismatch", "percent_sum"]));
  });

  it("has a message for every flag code the critic and the question builders can emit, in English and Korean", () => {
    const missing = flagCodes().filter((code) => !(code in en.teacherFlags) || !(code in ko.teacherFlags));
    expect(missing).toEqual([]);
  });

  it("has a message for every kind of consistency finding", () => {
    expect(kinds().filter((kind) => !(kind in en.teacherBankFindings) || !(kind in ko.teacherBankFindings))).toEqual([]);
  });

  it("says a flag by its code, and falls back to the engine's English for a code it has no message for", () => {
    const t = translator(ko.teacherFlags);
    expect(flagMessage({ code: "few_options", message: "Only two options: a guess is right half the time." }, t, "ko")).toBe(ko.teacherFlags.few_options);
    expect(flagMessage({ code: "new_check", message: "Something new." }, t, "ko")).toBe("Something new.");
    expect(flagMessage({ code: "has", message: "Not a code of ours." }, t, "ko")).toBe("Not a code of ours.");
    expect(findingMessage({ kind: "percent_sum", message: "These answers add up to 120%." }, translator(ko.teacherBankFindings), "ko")).toBe(ko.teacherBankFindings.percent_sum);
  });

  it("shows the engine's own words in English: they quote what is at fault", () => {
    const flag = { code: "pronoun_stem", message: "The statement starts with “It”, and the question never says who or what that is." };
    expect(flagMessage(flag, translator(en.teacherFlags), "en")).toBe(flag.message);
    expect(findingMessage({ kind: "ratio_mismatch", message: "The article says 3.1-fold, but …" }, translator(en.teacherBankFindings), "en")).toBe("The article says 3.1-fold, but …");
  });
});
