import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { CLIENT_NAMESPACES } from "./messages";

type Tree = { [key: string]: string | Tree };

/** Every message as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en as Tree);
const KO = flatten(ko as Tree);

/** The argument names a message uses: {name}, {count, plural, …}, <tag>…</tag>. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const visit = (elements: unknown[]) => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (el.value && el.type !== 0 && el.type !== 7) names.add(el.value); // 0: literal, 7: pound
      for (const option of Object.values(el.options ?? {})) visit(option.value);
      if (el.children) visit(el.children);
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst() as unknown[]);
  return [...names].sort();
}

describe("messages/en.json and messages/ko.json", () => {
  it("have the same keys", () => {
    expect([...KO.keys()].filter((k) => !EN.has(k)), "only in ko.json").toEqual([]);
    expect([...EN.keys()].filter((k) => !KO.has(k)), "only in en.json").toEqual([]);
  });

  it("have no empty messages", () => {
    for (const [locale, messages] of [["en", EN], ["ko", KO]] as const) {
      const empty = [...messages].filter(([, text]) => text.trim() === "").map(([key]) => key);
      expect(empty, `empty in ${locale}.json`).toEqual([]);
    }
  });

  it("parse as ICU messages, and each Korean one fills the same placeholders as its English one", () => {
    for (const [key, text] of EN) {
      const korean = KO.get(key)!;
      // A placeholder the English uses but the Korean drops (or the reverse) would lose or break words.
      expect(argumentsOf(korean, "ko"), key).toEqual(argumentsOf(text, "en"));
    }
  });

  it("are written in Korean in ko.json: every message but names and symbols has Hangul", () => {
    // Messages that are the same in both languages on purpose (symbols, numbers, a brand name).
    const same = new Set(["client.quiz.nOfTotal"]);
    const notKorean = [...KO]
      .filter(([key, text]) => !same.has(key) && /[A-Za-z]{3,}/.test(text.replace(/\{[^}]*\}|<\/?\w+>|Factdeck|Korea JoongAng Daily|UTC|npm start|\.txt|\.md/g, "")) && !/\p{Script=Hangul}/u.test(text))
      .map(([key]) => key);
    expect(notKorean).toEqual([]);
  });

  it("use only {name} placeholders in the client namespaces, which the browser fills without an ICU parser", () => {
    // components/i18n/client-messages.tsx fill(): no plural, select or rich-text tags there.
    for (const [key, text] of [...EN, ...KO].filter(([k]) => CLIENT_NAMESPACES.some((n) => k.startsWith(`${n}.`)))) {
      expect(text, key).not.toMatch(/\{\s*\w+\s*,|<\/?\w+>/);
    }
  });
});
