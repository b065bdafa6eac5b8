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

// One capitalised name word: "Lee", "Udvar-Hazy", "Yang-hee", "McDonald", "O’Brien" — never the
// possessive ("Vietnam’s" stops at "Vietnam", so a title after it is not read as a name).
// An apostrophe inside the word keeps it whole ("Wetang'ula", "Thiong'o"); only a possessive "'s"
// ends it.
const NAME_WORD = String.raw`(?:Mc|Mac|De|Di|La|Le|O['’]|D['’])?\p{Lu}\p{Ll}+(?:['’](?!s(?!\p{L}))\p{Ll}+)*(?:-\p{Lu}?\p{Ll}+)*(?!\p{L})`;
// Middle initials with or without a dot ("Maria T Lopez", "Steven F. Udvar-Hazy") and lower-case
// particles ("Ursula von der Leyen") stay inside the name.
const NAME_LINK = String.raw`\s+(?:\p{Lu}\.?\s+)?(?:(?:van|von|der|den|de|da|del|della|di|du|la|le|bin|ibn|al|el)\s+){0,2}`;
export const NAME = String.raw`${NAME_WORD}(?:${NAME_LINK}${NAME_WORD}){0,3}`;
const TITLE_CORE = String.raw`(?:Vice\s+President|President|Deputy\s+Prime\s+Minister|Prime\s+Minister|(?:Finance|Trade|Foreign|Industry|Economy|Commerce|Defense|Defence|Labor|Labour|Energy|Health|Interior|Agriculture|Education|Justice|Environment|Transport|Competition|Budget|Home)\s+(?:Minister|Commissioner|Secretary|Representative)|Minister(?:\s+of\s+\p{Lu}\p{Ll}+(?:\s+and\s+\p{Lu}\p{Ll}+)?)?|Vice\s+Chairman|Chairman|Chairwoman|Chairperson|Chair|Ambassador|(?:Secretary|Director|Statistician|Auditor|Attorney|Inspector|Surgeon|Solicitor|Governor)[-\s]General|Secretary(?:\s+of\s+\p{Lu}\p{Ll}+)?|Governor|Senator|Councillor|Councilor|Councilman|Councilwoman|Cllr\.?|Alderman|Alderwoman|Assemblyman|Assemblywoman|Assemblymember|Sen\.|Rep\.|Representative|Commissioner|Chancellor|Premier|Mayor|Chief(?:\s+\p{Lu}\p{Ll}+){1,2}\s+Officer|Chief\s+Economist|Chief\s+Executive|First\s+Lady|CEO|CFO|Director|Professor|Prof\.|Dr\.|Judge|Justice|King|Queen|Crown\s+Prince|Speaker|Lawmaker|Rep|Treasurer|Spokesperson|Spokesman|Spokeswoman|Economist|Analyst)`;
// What a title carries with it: "Japanese Prime Minister", "Vietnam’s Prime Minister", "ILFC Chief
// Executive": the country or organisation keeps one role apart from another of the same name. A
// rank word before the title is part of it: "Vice Minister …", "Deputy Governor …" name a
// different post from the minister's or the governor's own. ("U.S. Trade Representative": an
// abbreviation with dots keeps the post apart the same way.)
const TITLE_PREFIX = String.raw`(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s\s+|\p{Lu}{2,6}\s+(?=\p{Lu}\p{Ll})|(?:\p{Lu}\.){2,3}\s+(?=\p{Lu}\p{Ll}))?(?:(?:former|then|acting|incoming|outgoing|interim|Former|Acting|Vice|Deputy|Assistant|Associate|Under|Executive|Managing|Senior|(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)))\s+)*`;
const TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TITLE_PREFIX}${TITLE_CORE}(?:\s+to\s+\p{Lu}\p{Ll}+)?)(?:,\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?(?=${NAME_WORD}${NAME_LINK}${NAME_WORD})|\s+)(${NAME})(?:\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*)(?:\s+(?:of|and|for|the|on|&)?\s*(?!${TITLE_CORE}\s)\p{Lu}[\p{L}&'’-]*)*))?`, "gu");

/** "[Mm]inister": a role word a possessive may introduce in lower case ("Kenya’s finance minister"). */
const anyCase = (w: string) => w.replace(/(?<![\\\p{L}])\p{Ll}(?=\p{Ll})/gu, (c) => `[${c.toUpperCase()}${c}]`);
const LOWER_ROLE = anyCase(String.raw`(?:(?:new|former|acting|deputy|vice|chief|top|senior|prime)\s+)*(?:(?:finance|trade|foreign|economy|economic|defence|defense|health|energy|industry|interior|labor|labour|agriculture|education|justice|environment|transport|central bank)\s+)?(?:minister|president|governor|chancellor|secretary|ambassador|envoy|executive|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|director|head|negotiator|economist|statistician|commissioner)`);
const TITLE_POSSESSIVE = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s\s+${LOWER_ROLE})\s+(${NAME})`, "gu");
/** "the city's mayor, Ana Ruiz, said …", "the bank's chief executive, Tom Orr,": a role owned by a
 *  lower-case noun, then the name set off by commas on both sides. */
const ROLE_APPOSITIVE = new RegExp(String.raw`(?<![\p{L}])((?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}+['’]s\s+(?:${LOWER_ROLE}|mayor|chief\s+executive)),\s+(${NAME}),`, "gu");

/** "the Yoon Suk Yeol administration": a government named after the person who led it. */
const ADMINISTRATION = new RegExp(String.raw`\bthe\s+(${NAME})\s+(administration|government)\b`, "gu");

/** Capitalised words that follow a name without being part of it. */
const NOT_NAME_TAIL = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|On|In|At|Said|Says)$/;

const ROLE_NOUN = /\b(?:professor|researcher|economist|analyst|chairman|chairwoman|chair|president|director|minister|ceo|head|chief|officer|spokesperson|spokesman|spokeswoman|governor|secretary|fellow|strategist|manager|founder|partner|adviser|advisor|executive|lawmaker|member|dean|lecturer|editor|official|ambassador|envoy|commissioner|cohead|co-head|economist|trader|investor|scholar|expert|representative|senator|mayor|premier|treasurer)s?\b/i;
const ROLE_AFTER = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+((?:(?:a|an|the)\s+)?[\p{Ll}\p{Lu}][\p{L}\s.'’-]{0,70}?\s+(?:at|of|for|with|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?:of|and|for|the|on|&)?\s*\p{Lu}[\p{L}&'’.-]*)*))(?=[,.;)\s]|$)`, "gu");

/** A role with no organisation: "Margit Halvorsen, the council's chief economist." */
const ROLE_ONLY = new RegExp(String.raw`(?<![\p{L}])(${NAME}),\s+((?:(?:a|an|the)\s+|(?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}&.-]*['’]s\s+)[\p{L}'’ -]{2,80}?)(?=[,.;)]|$)`, "gu");

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
  const titled = (re: RegExp, withOrg: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const title = (m[1] ?? "").replace(/\s+/g, " ");
      let name = (m[2] ?? "").replace(/['’]s$/, "");
      // "President Lee responded", "Prime Minister Ishiba Tuesday": only the words that name someone.
      const nameWords = name.split(/\s+/);
      const nameAt = m.index + m[0].indexOf(name, m[1]?.length ?? 0);
      const tail = nameWords.findIndex((w, i) => i > 0 && (NOT_NAME_TAIL.test(w) || tokens?.at(span.start + nameAt + name.indexOf(` ${w}`) + 1)?.tags.has("Verb")));
      if (tail > 0) name = nameWords.slice(0, tail).join(" ").replace(/\s+\p{Lu}\.?$/u, "");
      if (out.some((p) => p.start === span.start + nameAt)) continue;
      const start = span.start + nameAt;
      const mention: PersonMention = { start, end: start + name.length, name, title };
      if (withOrg && m[3] && m[0].endsWith(m[3]) && tail < 0) mention.organisation = m[3].replace(/\.$/, "");
      out.push(mention);
    }
  };
  titled(TITLE_POSSESSIVE, false);
  titled(ROLE_APPOSITIVE, false);
  titled(TITLE_BEFORE, true);
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
    // The role's head noun comes before any "of …": "vice president of leasing".
    const lastWord = (role.split(/\s+(?:of|for|at|in)\s+/)[0] ?? "").split(/\s+/).pop() ?? "";
    if (!name || name.split(/\s+/).length < 2 || !ROLE_NOUN.test(lastWord)) continue;
    const start = span.start + m.index + raw.length - name.length;
    if (out.some((p) => p.start <= start && start < p.end)) continue;
    if (notAPerson(name, start, tokens)) continue;
    out.push({ start, end: start + name.length, name, title: role });
  }
  ADMINISTRATION.lastIndex = 0;
  for (let m = ADMINISTRATION.exec(text); m; m = ADMINISTRATION.exec(text)) {
    const name = m[1] ?? "";
    const start = span.start + m.index + m[0].indexOf(name);
    // "the South Korean government", "the Tokyo government": places and peoples, not persons
    // (compromise tags the whole "X administration" as an organisation, so that tag says nothing).
    const toks = tokens?.within(start, start + name.length) ?? [];
    if (name.split(/\s+/).length < 2 || toks.some((t) => ["Place", "Demonym", "Country", "City"].some((tag) => t.tags.has(tag)) && !t.tags.has("Person"))) continue;
    if (/(?:an|ese|ish|ian)$/.test(name) || out.some((p) => p.start <= start && start < p.end)) continue;
    out.push({ start, end: start + name.length, name, title: m[2] ?? "administration" });
  }
  return out.sort((a, b) => a.start - b.start);
}
