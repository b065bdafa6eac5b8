// Text helpers shared by the question builders: normalising for comparisons, finding a
// phrase inside a stem, cutting a sentence down to the clause that carries a fact.

import nlp from "compromise";
import { datelineOf } from "../mentions/reference-date";
// Builders compare the same sentences and article text many times over; normalising is the
// hot spot, so results are memoised (bounded, so a long-lived server does not grow it forever).
const memo = new Map<string, string>();

/** Lower-case, ASCII-folded, punctuation-free form used for every "is it the same?" test. */
export function normalise(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const out = normaliseUncached(text);
  if (memo.size > 20000) memo.clear();
  memo.set(text, out);
  return out;
}

function normaliseUncached(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/%/g, " percent ")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^a-z0-9.$€£¥₩' ]+/g, " ")
    .replace(/(^|\s)the\s+/g, "$1")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `needle` occurs in `haystack` as whole words, after normalising both. */
export function mentions(haystack: string, needle: string): boolean {
  const n = normalise(needle);
  if (!n) return false;
  const h = normalise(haystack);
  // Word boundaries by hand: cheaper than padding a long haystack with spaces on every call.
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    const before = at === 0 ? " " : h[at - 1];
    const after = h[at + n.length];
    if (before === " " && (after === undefined || after === " " || after === "'")) return true;
  }
  return false;
}

export function sameText(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Shortens to at most `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, "")}…`;
}

// Only strong breaks: a dash aside or a semicolon; commas would leave fragments.
const CLAUSE_BREAK = /\s+[—–]\s+|\s+-\s+|;\s+/g;

/** The part of `sentence` around `needle`, dropping dash asides and semicolon clauses that
 *  contain a `banned` phrase (e.g. a contradicted figure) while keeping the article's own
 *  punctuation, then clipped to `max` characters around the needle. Returns null when the
 *  needle itself sits in a banned piece. */
export function clauseAround(sentence: string, needle: string, banned: string[] = [], max = 220): string | null {
  // "ZURICH, Sept 17 - Swiss group …": the dateline is where and when the story was filed; the
  // claim starts after it (and its dash is no clause break).
  const dateline = datelineOf(sentence);
  const clause = clauseAroundAsWritten(dateline ? sentence.slice(dateline.length).trimStart() : sentence, needle, banned, max);
  return clause === null ? null : unreported(clause, needle);
}

// "It said agriculture grew 5.5 percent": the pronoun names the source of a claim, not its
// subject; the claim stands on its own, and the question already says "according to the article".
const REPORTING_LEAD = /^(?:It|He|She|They)\s+(?:said|says|added|noted|reported|estimated|forecast|predicted|expects?)\s+(?:that\s+)?(?=[A-Za-z])/;

function unreported(clause: string, needle: string): string {
  const m = REPORTING_LEAD.exec(clause);
  if (!m || !clause.slice(m[0].length).includes(needle)) return clause;
  const rest = clause.slice(m[0].length);
  // "He added that 40 of the objects …": a claim that opens with a figure keeps its lead (a
  // sentence does not start with digits), and "that" never becomes the claim's first word.
  if (/^that\s/i.test(rest)) return clause;
  // "It said delays at Boeing meant it would have 29 fewer planes": a pronoun left in the claim
  // stood for the reporter, whom the cut would leave unnamed (or hand to Boeing).
  if (/\b(?:it|its|they|their|them|he|his|him|she|her)\b/i.test(rest)) return clause;
  // "It expects the economy to grow 1.3 percent", "She estimated the damage at €75 million": a verb
  // of forecasting takes an object and its figure, not a clause; cut, the claim has no verb of its own.
  if (/^\S+\s+(?:estimated|forecast|predicted|expects?)\b/.test(m[0]) && !hasFiniteVerb(rest)) return clause;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Whether `text` has a verb of its own that is not an infinitive ("the economy to grow" has none). */
function hasFiniteVerb(text: string): boolean {
  try {
    const terms = nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[];
    const at = terms.findIndex((t) => t.terms[0]?.tags.includes("Verb"));
    return at >= 0 && !/^to$/i.test(terms[at - 1]?.text ?? "");
  } catch {
    return true;
  }
}

function clauseAroundAsWritten(sentence: string, needle: string, banned: string[], max: number): string | null {
  const isBanned = (p: string) => banned.some((b) => b && p.includes(b));
  // Pieces with the separator that precedes each, so kept pieces rejoin exactly as written.
  const pieces: { sep: string; text: string }[] = [];
  let last = 0;
  let sep = "";
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    pieces.push({ sep, text: sentence.slice(last, m.index) });
    sep = m[0];
    last = m.index + m[0].length;
  }
  pieces.push({ sep, text: sentence.slice(last) });
  const kept = pieces.filter((p) => p.text.includes(needle) || !isBanned(p.text));
  let clause = kept.map((p, i) => (i === 0 ? p.text : p.sep + p.text)).join("").trim();
  if (!clause.includes(needle)) clause = pieces.find((p) => p.text.includes(needle))?.text.trim() ?? "";
  if (!clause) return null;
  // A banned list item (a contested member) is dropped from the list around it.
  if (isBanned(clause)) {
    clause = clause
      .split(/,\s+/)
      .filter((p) => p.includes(needle) || !isBanned(p))
      .join(", ");
    if (isBanned(clause)) return null;
  }
  if (clause.length <= max) return clause.replace(/[\s,;:]+$/, "");
  const at = clause.indexOf(needle);
  // A long sentence whose figure sits in its main clause is cut where the next clause begins
  // (", and signed …", ", as the minister said …", ", according to a report …"): a whole
  // statement, no ellipsis needed; the question already says "according to the article".
  if (sentence.startsWith(clause.slice(0, 30)) && !/^\s*["“‘']/.test(sentence)) {
    // (… and ", setting a record", ", forcing the airline to …": a participle that opens an
    // object or a figure adds a consequence; a bare "-ing" noun in a list, ", clothing and food",
    // does not qualify.)
    for (const m of clause.matchAll(/,\s+(?:and|as|while|whilst|but|which|whereas|with|after|before|amid|according to|citing|[a-z]{3,}ing(?=\s+(?:the|a|an|it|its|their|his|her|them|him|up|down|\d)\b))\s/g)) {
      if (m.index < at + needle.length) continue;
      // Never inside an aside: a list set off by dashes or brackets must stay whole.
      const head = clause.slice(0, m.index);
      if ((head.match(/\s[—–]\s|\s-\s/g) ?? []).length % 2 === 1 || (head.match(/\(/g) ?? []).length > (head.match(/\)/g) ?? []).length) break;
      if (m.index <= max && m.index >= 40) return clause.slice(0, m.index);
      break;
    }
  }
  let start = Math.max(0, at - Math.floor((max - needle.length) / 2));
  let end = Math.min(clause.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) start = clause.indexOf(" ", start) + 1;
  if (end < clause.length) end = clause.lastIndexOf(" ", end);
  return `${start > 0 ? "…" : ""}${clause.slice(start, end).trim()}${end < clause.length ? "…" : ""}`;
}

/** Ensures a statement ends with one full stop. */
export function asStatement(text: string): string {
  const t = text.trim().replace(/[\s,;:]+$/, "");
  return /[.!?…"”]$/.test(t) ? t : `${t}.`;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const PLACE_BEFORE = /\b(?:of|in|into|from|across|throughout|inside|within|to|towards?|over|against|on|near|around)\s+(?:the\s+)?$/i;

/** Whether the article names `name` only as a place or what something belongs to ("the regions
 *  of Ukraine", "troops in Ukraine", "the war against Ukraine"), never as a party that does
 *  something. Such a country is what the story is about, not one of its actors: as a wrong option
 *  for who voted, signed or joined it is ruled out at once ("Ukraine" among those that voted
 *  against a resolution on Ukraine's regions). False when the article does not name it. */
export function namedOnlyAsPlace(text: string, name: string): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\d])${escapeRegExp(name)}(?![\p{L}\d])`, "gu");
  let seen = false;
  for (const line of text.split("\n")) {
    // A header field ("Publisher: …, Ukraine", "title: …") is not the article's prose.
    if (/^\s*[\p{L}][\p{L} ]{0,20}:\s/u.test(line)) continue;
    for (const m of line.matchAll(re)) {
      seen = true;
      if (!PLACE_BEFORE.test(line.slice(Math.max(0, m.index - 30), m.index))) return false;
    }
  }
  return seen;
}

/** "a" or "an" for a figure as it is read aloud: "an 11-day strike", "an 8 percent rise", "an
 *  $80 million loan", "an 18th title", but "a 110-year-old", "a 1.8 percent rise", "a US$8 bill". */
export function articleFor(figure: string): "a" | "an" {
  const t = figure.trim().replace(/^[$€£¥₩]\s?/, "");
  if (/^(?:eight|eleven|eighteen|eighty)\b/i.test(t)) return "an";
  const whole = /^(\d[\d,]*)/.exec(t)?.[1];
  if (!whole) return /^[aeio]/i.test(t) && !/^(?:one|once|eu)/i.test(t) ? "an" : "a";
  if (whole.startsWith("8")) return "an";
  const lead = whole.includes(",") ? (whole.split(",")[0] ?? "") : whole;
  const spoken = whole.includes(",") ? lead : whole;
  return /^1[18]/.test(spoken) && (whole.includes(",") ? lead.length === 2 : spoken.length % 3 === 2) ? "an" : "a";
}

/** `before` (the text up to a figure) with a closing "a"/"an" made to agree with `figure`. */
export function agreeArticle(before: string, figure: string): string {
  return before.replace(/\b([Aa])n?(\s+)$/, (_m, a: string, gap: string) => {
    const want = articleFor(figure);
    return `${a === "A" ? capitalise(want) : want}${gap}`;
  });
}
