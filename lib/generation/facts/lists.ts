// Stage 4: ListFacts — several things of one kind named in one coordinated list ("A, B and C")
// and tied to what they are: the object of a verb ("Korea primarily imported textiles and
// chemical machinery from Japan"), examples of a head noun ("intermediate goods like steel and
// ships"), or a head noun's spelled-out members ("the four regions — A, B, C and D — …").
// A rule over compromise's tags: items are short noun phrases separated by commas and a final
// "and"/"or"; the list must hang on a verb or a head noun, or it says nothing quizzable.
// Not lists: names of people, lists inside quotations, figures, adjectives ("strong and stable").
import type { Token } from "../tokens";
import { sourceOf, type AnalysisContext, type FactDraft } from "./context";
import type { ListClause, ListFact } from "./list-fact";
import { capitalise } from "./phrases";
import { ADVERBS, AUX, CHANGE_VERB, MAX_ITEM_WORDS, clauseStart, has, isCap, isVerb, itemWord, leadOf, listAround, nounEnd, subjectOf, type Found, type Lead } from "./list-scan";

// When a list held: a year-bound phrase, or a short "before/after/since/during …" phrase.
const TIME = /\b(?:(?:prior to|before|after|since|until|till|by|in|during|through|throughout|as of)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?\d{4}s?|between \d{4} and \d{4}|from \d{4} to \d{4}|(?:last|this) (?:year|decade)|(?:before|after|since|during) the (?:war|crisis|pandemic|recession))\b/gi;
// Strong breaks: a time phrase on the far side belongs to another clause.
const CLAUSE_BREAK = /[;—–]|,\s+(?:but|and|while|whereas|although|though)\s/;
const TAIL_PREPS = /^(?:from|to|into|across|via|through|as|for)$/i;
const PRE = /^[\p{L}-]+(?:\s[\p{L}-]+){0,2}\s(?:in|of|for|on)$/iu;
// Nouns of trade the tagger may read as verbs ("exports of steel").
const PRE_NOUNS = /^(?:exports|imports|sales|prices|demand|shipments|production|output|supply|trade)$/i;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const NEGATION = /^(?:not|never|no|nor|neither|hardly|barely)$|n['’]t$/i;

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
      // "and" only: "steel or cement" names alternatives, not things that all hold.
      if (c <= done || !/^and$/i.test(t.text)) return;
      const f = listAround(toks, c, gap);
      const fact = f && listFact(ctx, { ctx, toks, gap, text, start: s.start, end: s.end }, f);
      if (!f || !fact) return;
      done = f.last;
      out.push({ ...fact, sentenceIndex: s.index, source, order: (toks[f.first]?.start ?? s.start) + 0.5 });
    });
  }
  return out;
}

interface Scope {
  ctx: AnalysisContext;
  toks: Token[];
  gap: (i: number) => string;
  text: (a: number, b: number) => string;
  start: number;
  end: number;
}

type Built = Omit<ListFact, "id" | "sentenceIndex" | "source">;

function listFact(ctx: AnalysisContext, sc: Scope, found: Found): Built | null {
  const { toks, gap, text } = sc;
  const lead = leadOf(toks, found, gap, text);
  if (!lead) return null;
  const f: Found = lead.extra ? { items: [lead.extra, ...found.items], first: lead.extra[0], last: found.last } : found;
  // A sentence's first word is capitalised for its place, not as a name ("Tourism, along with …").
  const items = f.items.map(([a, b]) => (a === 0 && !has(toks[a], "ProperNoun") ? lowerFirst(text(a, b)) : text(a, b)));
  const named = f.items.every(([a]) => isCap(toks[a] as Token) && (a > 0 || has(toks[a], "ProperNoun")));
  if (!named && f.items.some(([a]) => a !== 0 && isCap(toks[a] as Token))) return null;
  if (new Set(items.map((i) => i.toLowerCase())).size !== items.length) return null;
  const listStart = toks[f.first]?.start ?? 0;
  const listEnd = toks[f.last]?.end ?? 0;
  // People are asked as people; a list inside a quotation is someone's words, not a fact.
  if (f.items.some(([a, b]) => toks.slice(a, b + 1).some((t) => has(t, "Person", "FirstName", "LastName", "Honorific")))) return null;
  if (ctx.people.some((ps) => ps.some((p) => p.start < listEnd && p.end > listStart))) return null;
  const before = ctx.clean.slice(sc.start, listStart);
  if ((before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1) return null;
  // A quotation split into sentences: its second sentence opens inside it and closes it ("Now
  // transport and buildings have to follow," said …), so a closing mark with no opening one.
  const after = ctx.clean.slice(listEnd, sc.end);
  if ((after.match(/”/g) ?? []).length > (after.match(/“/g) ?? []).length || (after.match(/"/g) ?? []).length % 2 === 1) return null;
  // Names need a head that says what they are ("five states (…)"); groups are memberships.
  if (named && lead.kind !== "apposition") return null;

  // "The firm sells cars and travels to Japan": a last "item" the tagger reads as a verb, in the
  // lead verb's own form and with words after it, is the subject's second verb, not a thing sold.
  const lastTok = toks[f.last];
  const leadVerb = lead.kind === "verb" ? toks[lead.slotStart - 1]?.text ?? "" : "";
  if (f.items[f.items.length - 1]?.[0] === f.last && lastTok && has(lastTok, "Verb") && !has(lastTok, "Noun") && leadVerb && /s$/.test(leadVerb) === /s$/.test(lastTok.text) && /^\s+$/.test(gap(f.last + 1))) return null;
  // "did not import", "never sold": the list is what did not happen — no fact to ask.
  if (toks.slice(clauseStart(toks, lead.slotStart, gap), lead.slotStart).some((t) => NEGATION.test(t.text))) return null;
  let v = lead.slotStart - 1;
  while (v >= 0 && ADVERBS.test(toks[v]?.text ?? "")) v--;
  const verbBefore = lead.kind !== "subject" && v >= 0 && isVerb(toks[v]) && /^\s+$/.test(gap(lead.slotStart)) && !/^to$/i.test(toks[v - 1]?.text ?? "");
  const read = verbBefore ? objectClause(sc, lead, v) : lead.kind !== "verb" ? subjectClause(sc, lead) : null;
  // A list hangs on a head noun, a verb it is the object of, or (as a subject) its predicate.
  if (!read || (!lead.head && !read.clause.verb && !read.clause.predicate)) return null;
  const { clause, contrast } = read;
  const time = timeOf(sc, read.clauseAt, listStart, read.end);
  const what = lead.head ?? (clause.verb ? [clause.verb, clause.tail].filter(Boolean).join(" ") : (clause.predicate ?? ""));
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

interface Read { clause: ListClause; contrast?: ListFact["contrast"]; clauseAt: number; end: number }

/** The list as the object of the verb at toks[v]: "Korea primarily imported … from Japan". */
function objectClause(sc: Scope, lead: Lead, v: number): Read {
  const { toks, gap, text } = sc;
  const clause: ListClause = {};
  let g = v;
  while (g > 0 && /^\s+$/.test(gap(g)) && (ADVERBS.test(toks[g - 1]?.text ?? "") || AUX.test(toks[g - 1]?.text ?? ""))) g--;
  clause.verb = text(g, lead.slotStart - 1);
  const subject = subjectOf(toks, g, gap);
  if (subject) clause.subject = text(subject[0], subject[1]);
  // Phrases that complete the verb: "from Japan", "as the most promising sectors". A phrase
  // must end where the clause or another phrase does ("as prices rose" is a clause, not one).
  const tail: string[] = [];
  const ends = (e: number) => e >= toks.length || !/^\s+$/.test(gap(e)) || /^(?:of|and|in|on|at|during|since|before|after)$/i.test(toks[e]?.text ?? "") || TAIL_PREPS.test(toks[e]?.text ?? "");
  // "of" only continues a phrase: "as the main exports of the region".
  const opens = (i: number) => TAIL_PREPS.test(toks[i]?.text ?? "") || (tail.length > 0 && /^of$/i.test(toks[i]?.text ?? ""));
  const word = (t: Token | undefined) => (has(t, "Noun", "Adjective", "Determiner") || /^(?:most|more|least)$/i.test(t?.text ?? "")) && !has(t, "Pronoun", "Value");
  let after = lead.slotEnd + 1;
  while (tail.length < 3 && opens(after) && /^\s+$/.test(gap(after))) {
    let e = after + 1;
    while (e < toks.length && e - after <= 4 && /^\s+$/.test(gap(e)) && word(toks[e])) e++;
    if (e === after + 1 || !nounEnd(toks[e - 1]) || !ends(e)) break;
    tail.push(text(after, e - 1));
    after = e;
  }
  if (tail.length) clause.tail = tail.join(" ");
  // "from Brazil, Australia and Chile": a tail that is itself a list is not read whole, and
  // a question from its first name would misquote the article — so no subject, no stem.
  const next = toks[after];
  const listTail = (/^,\s+$/.test(gap(after)) && next && !has(next, "Verb", "Conjunction", "Preposition")) || (/^(?:and|or)$/i.test(next?.text ?? "") && !isVerb(toks[after + 1]) && !/ed$/.test(toks[after + 1]?.text ?? ""));
  if (tail.length && listTail) delete clause.subject;
  const contrast = contrastAt(sc, after, clause.verb);
  return { clause, ...(contrast ? { contrast } : {}), clauseAt: subject ? subject[0] : clauseStart(toks, g, gap), end: after };
}

/** The list in the subject: "[trade in] intermediate goods like … has expanded". */
function subjectClause(sc: Scope, lead: Lead): Read {
  const { toks, gap, text } = sc;
  const clause: ListClause = {};
  const clauseAt = clauseStart(toks, lead.slotStart, gap);
  let cs = clauseAt;
  while (cs < lead.slotStart && ADVERBS.test(toks[cs]?.text ?? "")) cs++;
  // What may stand before the head: "trade in", "sales of" — nouns, never a reporting verb.
  const preToks = toks.slice(cs, lead.slotStart);
  const pre = preToks.length ? text(cs, lead.slotStart - 1) : "";
  const preOk = pre === "" || (PRE.test(pre) && preToks.slice(0, -1).every((t) => !has(t, "Verb") || has(t, "Infinitive") || PRE_NOUNS.test(t.text)));
  const p = lead.slotEnd + 1;
  let e = p;
  while (e < toks.length && (e === p || /^(?:\s+|-)$/.test(gap(e))) && e - p < 10) e++;
  const opens = lead.kind === "apposition" || /^\s+$/.test(gap(p)) || (!!lead.extra && /^,\s+$/.test(gap(p)));
  const verb = (has(toks[p], "Verb", "Auxiliary", "Copula") && !has(toks[p], "Gerund")) || CHANGE_VERB.test(toks[p]?.text ?? "");
  // A copula or auxiliary alone ("… remittances, are" where a line break cut the sentence) says nothing.
  const bare = e === p + 1 && has(toks[p], "Copula", "Auxiliary");
  if (opens && e > p && !bare && preOk && verb && (lead.kind !== "subject" || pre === "")) {
    if (pre) clause.pre = pre;
    clause.predicate = text(p, e - 1);
    return { clause, clauseAt, end: e };
  }
  return { clause, clauseAt, end: p };
}

/** The time phrase of the list's own clause: from the clause's start — back over comma-set
 *  phrases with no verb before it ("prior to 2000, Korea …", "Since 2000, however, trade …") —
 *  to the next strong break; the nearest before the list, else the first after it. */
function timeOf(sc: Scope, clauseAt: number, listStart: number, endTok: number): string | undefined {
  const { toks, gap } = sc;
  let k = clauseAt;
  while (k > 0 && /^,\s+$/.test(gap(k))) {
    const c = clauseStart(toks, k - 1, gap);
    if (toks.slice(c, k).some((t) => has(t, "Verb", "Auxiliary", "Copula") && !has(t, "Particle", "Preposition"))) break;
    k = c;
  }
  const from = toks[k]?.start ?? sc.start;
  const rest = sc.ctx.clean.slice(toks[Math.min(endTok, toks.length - 1)]?.start ?? sc.end, sc.end);
  const stop = CLAUSE_BREAK.exec(rest);
  const to = stop ? sc.end - rest.length + stop.index : sc.end;
  const found = [...sc.ctx.clean.slice(from, Math.max(from, to)).matchAll(TIME)].map((m) => ({ at: from + m.index, text: m[0] }));
  return (found.filter((m) => m.at < listStart).pop() ?? found.find((m) => m.at >= listStart))?.text;
}
