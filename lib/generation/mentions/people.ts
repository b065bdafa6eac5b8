// Stage 3d: people with titles. compromise truncates hyphenated given names ("Kim Yang-") and
// tags places such as "Lotte Hotel" as people, so names come from rules: a title before the name
// ("Prime Minister Shigeru Ishiba", "Chairman Chey Tae-won of …") or a role after it
// ("Kim Yang-hee, an economics professor at Daegu University"). compromise's Person tag only
// confirms a name that has no title.
import type { TokenIndex } from "../tokens";

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  title?: string;
  organisation?: string;
}

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+|-\p{Lu}\p{Ll}+)?`;
export const NAME = String.raw`${NAME_WORD}(?:\s+(?:\p{Lu}\.\s+)?${NAME_WORD}){0,2}`;
const TITLE_CORE = String.raw`(?:Vice\s+President|President|Deputy\s+Prime\s+Minister|Prime\s+Minister|(?:Finance|Trade|Foreign|Industry|Economy|Commerce|Defense|Defence|Labor|Labour|Energy)\s+Minister|Minister|Vice\s+Chairman|Chairman|Chairwoman|Chairperson|Chair|Ambassador|Secretary(?:\s+of\s+\p{Lu}\p{Ll}+)?|Governor|Senator|Sen\.|Rep\.|Representative|Commissioner|Chancellor|Premier|Mayor|Chief\s+(?:Executive|Financial|Operating|Technology|Investment|Information)\s+Officer|Chief\s+Economist|Chief\s+Executive|CEO|CFO|Director|Professor|Prof\.|Dr\.|Judge|Justice|King|Queen|Crown\s+Prince|Speaker|Lawmaker|Rep|Treasurer|Spokesperson|Spokesman|Spokeswoman|Economist|Analyst)`;
const TITLE_PREFIX = String.raw`(?:(?:former|then|acting|incoming|outgoing|interim|Former|Acting|(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)))\s+)*`;
const TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TITLE_PREFIX}${TITLE_CORE}(?:\s+to\s+\p{Lu}\p{Ll}+)?)\s+(${NAME})(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:of|and|for|the|on|&)?\s*\p{Lu}[\p{L}&'’-]*)*))?`, "gu");

const ROLE_NOUN = /\b(?:professor|researcher|economist|analyst|chairman|chairwoman|chair|president|director|minister|ceo|head|chief|officer|spokesperson|spokesman|spokeswoman|governor|secretary|fellow|strategist|manager|founder|partner|adviser|advisor|executive|lawmaker|member|dean|lecturer|editor|official|ambassador|envoy|commissioner|cohead|co-head|economist|trader|investor|scholar|expert|representative|senator|mayor|premier|treasurer)s?\b/i;
const ROLE_AFTER = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+((?:(?:a|an|the)\s+)?[\p{Ll}\p{Lu}][\p{L}\s.'’-]{0,70}?\s+(?:at|of|for|with|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?:of|and|for|the|on|&)?\s*\p{Lu}[\p{L}&'’.-]*)*))(?=[,.;)\s]|$)`, "gu");

/** A role with no organisation: "Margit Halvorsen, the council's chief economist." */
const ROLE_ONLY = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+((?:a|an|the)\s+[\p{L}'’ -]{2,60}?)(?=[,.;)]|$)`, "gu");

const NOT_NAMES = new Set([
  "The", "A", "An", "In", "On", "At", "As", "But", "And", "If", "When", "While", "This", "That", "It",
  "He", "She", "They", "We", "Some", "Many", "Experts", "According", "Although", "Since", "After",
  "Before", "During", "Notably", "However", "Yet", "Still", "Calls", "Just",
]);

function cleanName(name: string): string | undefined {
  const words = name.split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0] ?? "")) words.shift();
  return words.length > 0 ? words.join(" ") : undefined;
}

/** Every word tagged as a place or organisation and none as a person ("Seoul", "Korea Exchange"). */
function notAPerson(name: string, start: number, tokens?: TokenIndex): boolean {
  if (/\s\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name)) return false; // Surname Given-name
  const toks = tokens?.within(start, start + name.length) ?? [];
  if (toks.length === 0 || toks.some((t) => t.tags.has("Person"))) return false;
  return toks.some((t) => t.tags.has("Place") || t.tags.has("Organization"));
}

const stripRole = (role: string) => role.replace(/^(?:a|an|the)\s+/i, "").trim();

export function findPeople(clean: string, span: { start: number; end: number }, tokens?: TokenIndex): PersonMention[] {
  const text = clean.slice(span.start, span.end);
  const out: PersonMention[] = [];
  TITLE_BEFORE.lastIndex = 0;
  for (let m = TITLE_BEFORE.exec(text); m; m = TITLE_BEFORE.exec(text)) {
    const title = (m[1] ?? "").replace(/\s+/g, " ");
    let name = (m[2] ?? "").replace(/['’]s$/, "");
    // "President Lee responded": only the capitalised words that look like a name.
    const nameWords = name.split(/\s+/);
    const tail = nameWords.findIndex((w, i) => i > 0 && tokens?.at(span.start + m!.index + m![0].indexOf(w))?.tags.has("Verb"));
    if (tail > 0) name = nameWords.slice(0, tail).join(" ");
    const start = span.start + m.index + (m[0].indexOf(name));
    const mention: PersonMention = { start, end: start + name.length, name, title };
    if (m[3] && m[0].endsWith(m[3]) && tail < 0) mention.organisation = m[3].replace(/\.$/, "");
    out.push(mention);
  }
  ROLE_AFTER.lastIndex = 0;
  for (let m = ROLE_AFTER.exec(text); m; m = ROLE_AFTER.exec(text)) {
    const raw = m[1] ?? "";
    const name = cleanName(raw);
    const role = m[2] ?? "";
    if (!name || !ROLE_NOUN.test(role.split(/\s+(?:at|of|for|with|from)\s+/)[0] ?? "")) continue;
    const start = span.start + m.index + raw.length - name.length;
    if (out.some((p) => p.start <= start && start < p.end)) continue;
    // A place or organisation with a role after it ("Seoul, the capital of") is not a person.
    if (notAPerson(name, start, tokens)) continue;
    if (name.split(/\s+/).length < 2) continue;
    const mention: PersonMention = { start, end: start + name.length, name, title: stripRole(role).replace(/\.$/, "") };
    const org = m[3]?.replace(/\.$/, "");
    if (org) mention.organisation = org;
    out.push(mention);
  }
  ROLE_ONLY.lastIndex = 0;
  for (let m = ROLE_ONLY.exec(text); m; m = ROLE_ONLY.exec(text)) {
    const raw = m[1] ?? "";
    const name = cleanName(raw);
    const role = stripRole(m[2] ?? "");
    const lastWord = role.split(/\s+/).pop() ?? "";
    if (!name || name.split(/\s+/).length < 2 || !ROLE_NOUN.test(lastWord)) continue;
    const start = span.start + m.index + raw.length - name.length;
    if (out.some((p) => p.start <= start && start < p.end)) continue;
    if (notAPerson(name, start, tokens)) continue;
    out.push({ start, end: start + name.length, name, title: role });
  }
  return out.sort((a, b) => a.start - b.start);
}
