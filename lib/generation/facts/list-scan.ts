// The token-level rules behind ListFacts (./lists.ts): where a coordinated list of short noun
// phrases starts and ends around its "and"/"or", and what it hangs on — the verb before it, a
// head noun with "like"/"such as"/"including", or a head noun it spells out between dashes, in
// brackets or after a colon. compromise's tags are hints, not truth: "maize" may be a verb and
// "grow" a noun, so the rules lean on punctuation and position as much as on tags.
import type { Token } from "../tokens";
import { isKnownItem } from "../questions/list-lexicon";
import { spelledValue } from "../mentions/number-words";

export const MAX_ITEM_WORDS = 4;
const MAX_NAME_WORDS = 5;
const CATEGORY_LEADS = new Set(["like", "such as", "including"]);
export const ADVERBS = /^(?:mostly|mainly|primarily|largely|chiefly|principally|predominantly|also|only|still|typically|usually)$/i;
// Lower case only: "May" opening a date is no auxiliary.
export const AUX = /^(?:has|have|had|will|would|can|could|may|might|did|does|do)$/;
const PRONOUN = /^(?:it|its|they|them|their|this|that|these|those|he|she|his|her|we|our|which|who)$/i;

type Tags = Token["tags"];
export const has = (t: Token | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.has(x));
// compromise tags the particle of a phrasal verb ("trade in", "calls on") as a verb.
export const isVerb = (t: Token | undefined) => has(t, "Verb") && !has(t, "Auxiliary", "Copula", "Gerund", "Particle", "Preposition");
export const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

// Verbs of change the tagger reads as nouns ("coffee rose 5 percent"): never part of an item.
export const CHANGE_VERB = /^(?:rose|fell|grew|soared|slumped|jumped|dropped|climbed|surged|declined|increased|decreased|rallied|slid|doubled|tripled|halved)$/i;

/** Whether a token can be part of an item ("chemical machinery", "Federal Forum-North"). */
export function itemWord(t: Token, beforeComma: boolean): boolean {
  if (/\d/.test(t.text) || CHANGE_VERB.test(t.text) || PRONOUN.test(t.text) || has(t, "Possessive", "Pronoun", "Preposition", "Conjunction", "Determiner", "Adverb", "Value", "Date", "Auxiliary", "Copula")) return false;
  if (isKnownItem(t.text) || has(t, "Noun", "Adjective")) return !has(t, "Gerund") || has(t, "Noun");
  // "maize" may be tagged a verb; a bare present-tense word before a list comma is an item.
  const tags: Tags = t.tags;
  return beforeComma && tags.has("Verb") && !tags.has("PastTense") && !tags.has("Gerund");
}

export const nounEnd = (t: Token | undefined) => !!t && (has(t, "Noun") || isKnownItem(t.text)) && !has(t, "Pronoun", "Value") && !/ly$/.test(t.text);

export interface Found { items: [number, number][]; first: number; last: number }

/** Items of a list around the conjunction at toks[c]: [first token, last token] per item. */
export function listAround(toks: Token[], c: number, gap: (i: number) => string): Found | null {
  const inWord = (i: number) => /^(?:\s+|-)$/.test(gap(i));
  const items: [number, number][] = [];
  // The last item runs forward from the conjunction.
  // A last item the tagger reads as a verb ("cars and phones to the US") is a noun when nothing
  // follows it but punctuation or a preposition.
  const bare = (i: number) => i + 1 >= toks.length || /^\s*[,.;:!?)—–]/.test(gap(i + 1)) || has(toks[i + 1], "Preposition") || /^(?:to|from|in|on|at|for|with|into|across|by|as|of)$/i.test(toks[i + 1]?.text ?? "");
  const pluralVerb = (i: number) => has(toks[i], "PresentTense", "Infinitive") && !has(toks[i], "Auxiliary", "Copula", "PastTense", "Gerund") && /^[a-z]+$/.test(toks[i]?.text ?? "") && bare(i);
  let j = c + 1;
  while (j < toks.length && j - c - 1 < MAX_NAME_WORDS && (j === c + 1 ? /^\s+$/.test(gap(j)) : inWord(j)) && itemWord(toks[j] as Token, /^,/.test(gap(j + 1)) || bare(j))) j++;
  // Trim what cannot end a noun phrase ("the strong" → none).
  while (j > c + 1 && !nounEnd(toks[j - 1]) && !pluralVerb(j - 1)) j--;
  if (j === c + 1) return null;
  items.push([c + 1, j - 1]);
  // Earlier items run back from the conjunction, separated by commas.
  let end = c - 1;
  let sep = gap(c);
  while (end >= 0 && /^,?\s+$/.test(sep)) {
    if (!nounEnd(toks[end])) break;
    let k = end;
    while (k - 1 >= 0 && end - k + 1 < MAX_NAME_WORDS && inWord(k) && itemWord(toks[k - 1] as Token, false)) k--;
    items.unshift([k, end]);
    sep = gap(k);
    end = k - 1;
    if (!/^,\s+$/.test(sep)) break;
  }
  if (items.length < 2) return null;
  return { items, first: items[0]?.[0] ?? 0, last: j - 1 };
}

export interface Lead {
  kind: "verb" | "category" | "apposition" | "subject";
  head?: string;
  count?: number;
  slotStart: number;
  slotEnd: number;
  /** A first item set before "along with" ("Tourism, along with tea and …, are …"). */
  extra?: [number, number];
}

const REPORTING = /^(?:say|says|said|tell|tells|told|note|notes|noted|add|adds|added|report|reports|reported|state|states|stated|argue|argues|argued|warn|warns|warned)$/i;
const ALONG = /^(?:along with|together with|as well as)$/i;

/** What the list hangs on: the verb before it, a head noun with "like"/"such as", or a head
 *  noun the list spells out between dashes, in brackets or after a colon. */
export function leadOf(toks: Token[], f: Found, gap: (i: number) => string, text: (a: number, b: number) => string): Lead | null {
  const g = gap(f.first);
  // The head: a noun with the adjectives before it ("intermediate goods"), then perhaps a count
  // ("four") and a determiner or possessive ("the", "the country's").
  const headBefore = (end: number): { start: number; head: string; count?: number } | null => {
    const word = (k: number) => !has(toks[k], "Pronoun", "Value", "Determiner", "Possessive") && (k === 0 || !isCap(toks[k] as Token)) && /^\s+$/.test(gap(k + 1));
    if (!nounEnd(toks[end]) || has(toks[end], "Gerund", "Pronoun", "Possessive") || (end > 0 && isCap(toks[end] as Token))) return null;
    let k = end - 1;
    while (k >= 0 && end - k < 3 && has(toks[k], "Adjective") && !has(toks[k], "Noun", "Verb") && word(k)) k--;
    // One noun modifier ("farm machinery") where a phrase plainly starts before it: after "of",
    // "the", a count or a comma — not "the north grow crops", where the tagger took a verb for one.
    const opener = (i: number) => i < 0 || has(toks[i], "Determiner", "Preposition", "Possessive", "Value") || /[,;:(—–]/.test(gap(i + 1));
    if (k >= 0 && end - k < 3 && has(toks[k], "Noun") && !has(toks[k], "Verb", "Pronoun", "Value", "Possessive") && word(k) && opener(k - 1)) k--;
    const head = text(k + 1, end);
    const countTok = toks[k];
    const count = countTok && has(countTok, "Value") ? (spelledValue(countTok.text) ?? (Number(countTok.text.replace(/,/g, "")) || undefined)) : undefined;
    let start = count !== undefined ? k : k + 1;
    if (has(toks[start - 1], "Possessive")) start -= 1;
    if (/^the$/i.test(toks[start - 1]?.text ?? "")) start -= 1;
    return { start, head, ...(count !== undefined ? { count } : {}) };
  };
  // Between dashes, in brackets, or after a colon.
  const open = /[—–(:]/.exec(g)?.[0];
  if (open) {
    const after = gap(f.last + 1);
    const closes = open === "(" ? after.includes(")") : open === ":" ? /^[.;]?\s*$/.test(after) || f.last === toks.length - 1 : /[—–]/.test(after);
    const h = headBefore(f.first - 1);
    if (!closes || !h) return null;
    return { kind: "apposition", head: h.head, ...(h.count !== undefined ? { count: h.count } : {}), slotStart: h.start, slotEnd: f.last };
  }
  const subject = subjectLead(toks, f, gap);
  if (subject) return subject;
  if (!/^\s+$/.test(g)) return null;
  const one = toks[f.first - 1]?.text.toLowerCase() ?? "";
  const two = `${toks[f.first - 2]?.text.toLowerCase() ?? ""} ${one}`;
  const leadWords = CATEGORY_LEADS.has(two) ? 2 : CATEGORY_LEADS.has(one) ? 1 : 0;
  if (leadWords > 0) {
    const h = headBefore(f.first - leadWords - 1);
    if (!h || /^members?$/i.test(h.head)) return null;
    return { kind: "category", head: h.head, slotStart: h.start, slotEnd: f.last };
  }
  let v = f.first - 1;
  while (v >= 0 && ADVERBS.test(toks[v]?.text ?? "")) v--;
  const verb = toks[v];
  // "said prices, wages and rents rose": what someone said is a clause, not the verb's things.
  if (!isVerb(verb) || REPORTING.test(verb?.text ?? "") || /^to$/i.test(toks[v - 1]?.text ?? "")) return null;
  return { kind: "verb", slotStart: f.first, slotEnd: f.last };
}

/** Clause start before token i: after a comma, dash, bracket, "that" or the sentence start. */
export function clauseStart(toks: Token[], i: number, gap: (i: number) => string): number {
  let k = i;
  while (k > 0 && !/[,;:—–(“"]/.test(gap(k)) && !/^(?:that|which|who|while|whereas|although|though|but|because)$/i.test(toks[k - 1]?.text ?? "")) k--;
  return k;
}

/** The words of the subject [a, b], if they make a plain subject: no verb, pronoun or quote. */
export function plainSubject(toks: Token[], a: number, b: number): boolean {
  const n = b - a + 1;
  if (n < 1 || n > 6) return false;
  const span = toks.slice(a, b + 1);
  if (PRONOUN.test(span[0]?.text ?? "") || /^(?:a|an)$/i.test(span[0]?.text ?? "")) return false;
  return span.every((t) => !has(t, "Pronoun", "Preposition", "Conjunction") && (!has(t, "Verb") || has(t, "Noun")));
}

/** The subject before the verb at toks[g]: the words since its clause began or, past an aside set
 *  off by commas that opens with a participle ("The survey, conducted in May, highlighted …"),
 *  the words before the aside. */
export function subjectOf(toks: Token[], g: number, gap: (i: number) => string): [number, number] | null {
  const cs = clauseStart(toks, g, gap);
  if (cs < g) return plainSubject(toks, cs, g - 1) ? [cs, g - 1] : null;
  if (g < 2 || !/^,\s+$/.test(gap(g))) return null;
  const a = clauseStart(toks, g - 1, gap);
  if (a < 1 || !/^,\s+$/.test(gap(a)) || !has(toks[a], "PastTense", "Gerund", "Participle")) return null;
  const s0 = clauseStart(toks, a - 1, gap);
  return plainSubject(toks, s0, a - 1) ? [s0, a - 1] : null;
}

/** A list that is its clause's subject, followed by the verb: "Prices, wages and rents rose",
 *  "Tourism, along with tea and horticulture, is …". */
function subjectLead(toks: Token[], f: Found, gap: (i: number) => string): Lead | null {
  const verbAt = (i: number) => (has(toks[i], "Verb", "Auxiliary", "Copula") && !has(toks[i], "Gerund", "Particle", "Preposition", "Noun")) || CHANGE_VERB.test(toks[i]?.text ?? "");
  const p = f.last + 1;
  if (clauseStart(toks, f.first, gap) === f.first) return /^\s+$/.test(gap(p)) && verbAt(p) ? { kind: "subject", slotStart: f.first, slotEnd: f.last } : null;
  // "X, along with A, B and C, are …": X is the first item.
  const n = [3, 2].find((k) => ALONG.test(toks.slice(f.first - k, f.first).map((t) => t.text).join(" ")));
  if (!n || !/^,\s+$/.test(gap(f.first - n)) || !/^,\s+$/.test(gap(p)) || !verbAt(p)) return null;
  const end = f.first - n - 1;
  let k = end;
  while (k - 1 >= 0 && end - k < MAX_ITEM_WORDS - 1 && /^\s+$/.test(gap(k)) && itemWord(toks[k - 1] as Token, false)) k--;
  if (!nounEnd(toks[end]) || !itemWord(toks[end] as Token, true) || clauseStart(toks, k, gap) !== k) return null;
  return { kind: "subject", slotStart: k, slotEnd: f.last, extra: [k, end] };
}
