// Stage 4: ListFacts — several things of one kind named in one coordinated list ("A, B and C")
// and tied to what they are: the object of a verb ("Korea primarily imported textiles and
// chemical machinery from Japan"), examples of a head noun ("intermediate goods like steel and
// ships"), or a head noun's spelled-out members ("the four regions — A, B, C and D — …").
// A rule over compromise's tags: items are short noun phrases separated by commas and a final
// "and"/"or"; the list must hang on a verb or a head noun, or it says nothing quizzable.
// Not lists: names of people, lists inside quotations, figures, adjectives ("strong and stable").
import type { Token } from "../tokens";
import { isKnownItem } from "../questions/list-lexicon";
import { spelledValue } from "../mentions/number-words";
import { sourceOf, type AnalysisContext, type FactDraft } from "./context";
import type { ListClause, ListFact } from "./list-fact";
import { capitalise } from "./phrases";

const MAX_ITEM_WORDS = 4;
const MAX_NAME_WORDS = 5;
const CATEGORY_LEADS = new Set(["like", "such as", "including"]);
const ADVERBS = /^(?:mostly|mainly|primarily|largely|chiefly|principally|predominantly|also|only|still|typically|usually|mostly)$/i;
const AUX = /^(?:has|have|had|will|would|can|could|may|might|did|does|do)$/i;
const PRONOUN = /^(?:it|its|they|them|their|this|that|these|those|he|she|his|her|we|our|which|who)$/i;
const TAIL_PREPS = /^(?:from|to|into|across|via|through)$/i;
const PRE = /^[\p{L}-]+(?:\s[\p{L}-]+){0,2}\s(?:in|of|for|on)$/iu;
// When a list held: a year-bound phrase, or a short "before/after/since/during …" phrase.
const TIME = /\b(?:(?:prior to|before|after|since|until|till|by|in|during|through|throughout|as of)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?\d{4}s?|between \d{4} and \d{4}|from \d{4} to \d{4}|(?:last|this) (?:year|decade)|(?:before|after|since|during) the (?:war|crisis|pandemic|recession))\b/gi;
// Strong breaks: a time phrase on the far side belongs to another clause.
const CLAUSE_BREAK = /[;—–]|,\s+(?:but|and|while|whereas|although|though)\s/g;

type Tags = Token["tags"];
const has = (t: Token | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.has(x));
// compromise tags the particle of a phrasal verb ("trade in", "calls on") as a verb.
const isVerb = (t: Token | undefined) => has(t, "Verb") && !has(t, "Auxiliary", "Copula", "Gerund", "Particle", "Preposition");
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Whether a token can be part of an item ("chemical machinery", "Federal Forum-North"). */
function itemWord(t: Token, beforeComma: boolean): boolean {
  if (/\d/.test(t.text) || has(t, "Pronoun", "Preposition", "Conjunction", "Determiner", "Adverb", "Value", "Date", "Auxiliary", "Copula")) return false;
  if (isKnownItem(t.text) || has(t, "Noun", "Adjective")) return !has(t, "Gerund") || has(t, "Noun");
  // "maize" may be tagged a verb; a bare present-tense word before a list comma is an item.
  const tags: Tags = t.tags;
  return beforeComma && tags.has("Verb") && !tags.has("PastTense") && !tags.has("Gerund");
}

const nounEnd = (t: Token | undefined) => !!t && (has(t, "Noun") || isKnownItem(t.text)) && !has(t, "Pronoun", "Value") && !/ly$/.test(t.text);

interface Found { items: [number, number][]; first: number; last: number }

/** Items of a list around the conjunction at toks[c]: [first token, last token] per item. */
function listAround(toks: Token[], c: number, gap: (i: number) => string): Found | null {
  const inWord = (i: number) => /^(?:\s+|-)$/.test(gap(i));
  const items: [number, number][] = [];
  // The last item runs forward from the conjunction.
  let j = c + 1;
  while (j < toks.length && j - c - 1 < MAX_NAME_WORDS && (j === c + 1 ? /^\s+$/.test(gap(j)) : inWord(j)) && itemWord(toks[j] as Token, /^,/.test(gap(j + 1)))) j++;
  // Trim what cannot end a noun phrase ("the strong" → none).
  while (j > c + 1 && !nounEnd(toks[j - 1])) j--;
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

interface Lead { kind: "verb" | "category" | "apposition"; head?: string; count?: number; slotStart: number; slotEnd: number }

/** What the list hangs on: the verb before it, a head noun with "like"/"such as", or a head
 *  noun the list spells out between dashes, in brackets or after a colon. */
function leadOf(toks: Token[], f: Found, gap: (i: number) => string, text: (a: number, b: number) => string): Lead | null {
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
  if (!isVerb(verb) || /^to$/i.test(toks[v - 1]?.text ?? "")) return null;
  return { kind: "verb", slotStart: f.first, slotEnd: f.last };
}

/** Clause start before token i: after a comma, dash, bracket, "that" or the sentence start. */
function clauseStart(toks: Token[], i: number, gap: (i: number) => string): number {
  let k = i;
  while (k > 0 && !/[,;:—–(“"]/.test(gap(k)) && !/^(?:that|which|who)$/i.test(toks[k - 1]?.text ?? "")) k--;
  return k;
}

/** The words of the subject [a, b], if they make a plain subject: no verb, pronoun or quote. */
function plainSubject(toks: Token[], a: number, b: number): boolean {
  const n = b - a + 1;
  if (n < 1 || n > 6) return false;
  const span = toks.slice(a, b + 1);
  if (PRONOUN.test(span[0]?.text ?? "") || /^(?:a|an)$/i.test(span[0]?.text ?? "")) return false;
  return span.every((t) => !has(t, "Pronoun", "Preposition", "Conjunction") && (!has(t, "Verb") || has(t, "Noun")));
}

export function buildListFacts(ctx: AnalysisContext): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ctx.sentences) {
    const block = ctx.blocks[s.blockIndex];
    if (block && block.kind !== "body") continue;
    const toks = ctx.tokens.within(s.start, s.end);
    const source = sourceOf(ctx, s);
    const gap = (i: number) => ctx.clean.slice(i <= 0 ? s.start : (toks[i - 1]?.end ?? s.start), i >= toks.length ? s.end : (toks[i]?.start ?? s.end));
    const text = (a: number, b: number) => ctx.clean.slice(toks[a]?.start ?? 0, toks[b]?.end ?? 0).replace(/\s+/g, " ");
    let done = -1;
    toks.forEach((t, c) => {
      if (c <= done || !/^(?:and|or)$/i.test(t.text)) return;
      const f = listAround(toks, c, gap);
      const fact = f && listFact(ctx, { toks, gap, text, start: s.start, end: s.end }, f);
      if (!f || !fact) return;
      done = f.last;
      out.push({ ...fact, sentenceIndex: s.index, source, order: (toks[f.first]?.start ?? s.start) + 0.5 });
    });
  }
  return out;
}

interface Scope {
  toks: Token[];
  gap: (i: number) => string;
  text: (a: number, b: number) => string;
  start: number;
  end: number;
}

type Built = Omit<ListFact, "id" | "sentenceIndex" | "source">;

function listFact(ctx: AnalysisContext, sc: Scope, f: Found): Built | null {
  const { toks, gap, text } = sc;
  const items = f.items.map(([a, b]) => text(a, b));
  const named = f.items.every(([a]) => isCap(toks[a] as Token));
  if (!named && f.items.some(([a]) => a !== 0 && isCap(toks[a] as Token))) return null;
  if (new Set(items.map((i) => i.toLowerCase())).size !== items.length) return null;
  const listStart = toks[f.first]?.start ?? 0;
  const listEnd = toks[f.last]?.end ?? 0;
  // People are asked as people; a list inside a quotation is someone's words, not a fact.
  if (f.items.some(([a, b]) => toks.slice(a, b + 1).some((t) => has(t, "Person", "FirstName", "LastName", "Honorific")))) return null;
  if (ctx.people.some((ps) => ps.some((p) => p.start < listEnd && p.end > listStart))) return null;
  const before = ctx.clean.slice(sc.start, listStart);
  if ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1) return null;
  const lead = leadOf(toks, f, gap, text);
  // Names need a head that says what they are ("five states (…)"); groups are memberships.
  if (!lead || (named && lead.kind !== "apposition")) return null;

  const clause: ListClause = {};
  let contrast: ListFact["contrast"];
  let after = lead.slotEnd + 1;
  let v = lead.slotStart - 1;
  while (v >= 0 && ADVERBS.test(toks[v]?.text ?? "")) v--;
  const verbBefore = v >= 0 && isVerb(toks[v]) && /^\s+$/.test(gap(lead.slotStart)) && !/^to$/i.test(toks[v - 1]?.text ?? "");
  if (verbBefore) {
    // The list is the verb's object: "Korea primarily imported …", "farmers grow crops such as …".
    let g = v;
    while (g > 0 && (ADVERBS.test(toks[g - 1]?.text ?? "") || AUX.test(toks[g - 1]?.text ?? ""))) g--;
    clause.verb = text(g, lead.slotStart - 1);
    const cs = clauseStart(toks, g, gap);
    if (plainSubject(toks, cs, g - 1)) clause.subject = text(cs, g - 1);
    const tail: string[] = [];
    while (tail.length < 2 && TAIL_PREPS.test(toks[after]?.text ?? "") && /^\s+$/.test(gap(after))) {
      let e = after + 1;
      while (e < toks.length && e - after <= 4 && /^\s+$/.test(gap(e)) && has(toks[e], "Noun", "Adjective", "Determiner") && !has(toks[e], "Pronoun", "Value")) e++;
      if (e === after + 1) break;
      tail.push(text(after, e - 1));
      after = e;
    }
    if (tail.length) clause.tail = tail.join(" ");
    contrast = contrastAt(sc, after, clause.verb);
  } else if (lead.kind !== "verb") {
    // The list in the subject: "[trade in] intermediate goods like … has expanded".
    let cs = clauseStart(toks, lead.slotStart, gap);
    while (cs < lead.slotStart && ADVERBS.test(toks[cs]?.text ?? "")) cs++;
    const pre = cs < lead.slotStart ? text(cs, lead.slotStart - 1) : "";
    const p = after;
    let e = p;
    while (e < toks.length && (e === p || /^(?:\s+|-)$/.test(gap(e))) && e - p < 10) e++;
    const opens = lead.kind === "apposition" || /^\s+$/.test(gap(p));
    if (opens && e > p && (pre === "" || PRE.test(pre)) && has(toks[p], "Verb", "Auxiliary", "Copula") && !has(toks[p], "Gerund")) {
      if (pre) clause.pre = pre;
      clause.predicate = text(p, e - 1);
      after = e;
    }
  }
  if (!lead.head && !clause.verb) return null;

  const sentence = ctx.clean.slice(sc.start, sc.end);
  const time = timeOf(sentence, listStart - sc.start, (toks[Math.min(after, toks.length) - 1]?.end ?? listEnd) - sc.start);
  const what = lead.head ?? [clause.verb, clause.tail].filter(Boolean).join(" ");
  return {
    kind: "list",
    label: `${capitalise(what)}${time ? ` (${time})` : ""}: ${items.join(", ")}`,
    items,
    what,
    ...(lead.head ? { head: lead.head } : {}),
    ...(lead.count !== undefined ? { count: lead.count } : {}),
    ...(time ? { time } : {}),
    named,
    clause,
    ...(contrast ? { contrast } : {}),
    at: listStart - sc.start,
    end: listEnd - sc.start,
  };
}

/** "… and exported apparel": the same subject's other verb and what it takes. */
function contrastAt(sc: Scope, i: number, verb: string): ListFact["contrast"] {
  const { toks, gap, text } = sc;
  if (!/^and$/i.test(toks[i]?.text ?? "") || !/^\s+$/.test(gap(i))) return undefined;
  let v = i + 1;
  while (ADVERBS.test(toks[v]?.text ?? "")) v++;
  // "… and imported cloth": the tagger may read a second past verb as an adjective of its object.
  const pastLike = /ed$/i.test(toks[v]?.text ?? "") && has(toks[v], "Adjective") && /ed$/i.test(verb);
  if (!isVerb(toks[v]) && !pastLike) return undefined;
  const items: string[] = [];
  let k = v + 1;
  while (k < toks.length && items.length < 8) {
    let e = k;
    while (e < toks.length && e - k < MAX_ITEM_WORDS && /^\s+$/.test(gap(e)) && itemWord(toks[e] as Token, false) && !isCap(toks[e] as Token)) e++;
    while (e > k && !nounEnd(toks[e - 1])) e--;
    if (e === k) break;
    items.push(text(k, e - 1));
    if (/^and$/i.test(toks[e]?.text ?? "") && /^,?\s+$/.test(gap(e))) k = e + 1;
    else if (/^,\s+$/.test(gap(e))) k = e;
    else break;
  }
  return items.length ? { verb: text(i + 1, v), items } : undefined;
}

/** The time phrase of the list's clause: the nearest before the list, else the first after it. */
function timeOf(sentence: string, listAt: number, clauseEnd: number): string | undefined {
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) if (m.index < listAt) from = m.index + m[0].length;
  const window = sentence.slice(from, Math.max(from, clauseEnd));
  const found = [...window.matchAll(TIME)].map((m) => ({ at: from + m.index, text: m[0] }));
  const before = found.filter((m) => m.at < listAt).pop();
  return (before ?? found.find((m) => m.at >= listAt))?.text;
}
