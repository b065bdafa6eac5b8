// Clause and noun-phrase helpers shared by the fact builders. They work on the clean text with
// absolute offsets and use compromise tags (when present) to find where a subject ends.
import type { TokenIndex } from "../tokens";

export interface Span { start: number; end: number }

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Boundaries that end a clause inside a sentence. */
const CLAUSE_BREAK = /\s*(?:[;:]|\s[—–]\s|—|,\s+(?=(?:and|but|while|whereas|although|though|which|such as|highlighting|saying|reinforcing|as)\b))\s*/g;

export function clauseAround(clean: string, sentence: Span, at: Span): Span {
  const text = clean.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    const bs = sentence.start + m.index;
    const be = bs + m[0].length;
    if (be <= at.start) start = be;
    else if (bs >= at.end) { end = bs; break; }
  }
  return { start, end };
}

export function clauseText(clean: string, sentence: Span, at: Span): string {
  const c = clauseAround(clean, sentence, at);
  return squash(clean.slice(c.start, c.end)).replace(/[.,;:]+$/, "");
}

// Market verbs compromise sometimes tags as nouns ("rose").
const VERB_TAIL = /\s+(?:rose|fell|grew|gained|dropped|climbed|slipped|jumped|declined|increased|decreased|surged|slumped)$/i;

const INTRO = /^(?:according to [^,]{1,80}|(?:in|on|at|as|since|for|by|after|before|during|last|this|next|meanwhile|however|still|yet|also|notably)\b[^,]{0,60}),\s*/i;

/** The subject before the verb of the clause that contains `at`: "trade between Korea and Japan". */
export function subjectBefore(clean: string, sentence: Span, at: Span, tokens?: TokenIndex, wholeClause = false): string {
  const clause = clauseAround(clean, sentence, at);
  let start = clause.start;
  const stop = wholeClause ? clause.end : at.start;
  let head = clean.slice(start, stop);
  const intro = INTRO.exec(head);
  if (intro) { start += intro[0].length; head = head.slice(intro[0].length); }
  const that = /\b(?:that|which)\s+(?=[^,]*$)/i.exec(head);
  if (that) { start += that.index + that[0].length; head = head.slice(that.index + that[0].length); }
  const toks = tokens?.within(start, stop) ?? [];
  const verb = toks.find((t, i) => i > 0 && (t.tags.has("Auxiliary") || t.tags.has("Copula") ||
    (t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Noun") && !t.tags.has("Adjective"))));
  const tidy = (s: string) => squash(s).replace(/[,;]+$/, "").replace(/^(?:while|and|but|whereas|although)\s+/i, "")
    .replace(/\s+(?:also|now|still|already|then|reportedly)$/i, "")
    .replace(VERB_TAIL, "");
  if (verb) return tidy(clean.slice(start, verb.start));
  const fallback = /^(.*?)\s+(?:has|have|had|is|are|was|were|will|rose|fell|grew|surged|jumped|dropped|declined|increased|decreased|reached|stood|totaled|totalled|amounted)\b/i.exec(head);
  return tidy(fallback?.[1] ?? "");
}

/** The noun chunk just before a figure when no verb intervenes: "its benchmark interest rate
 *  unchanged at 3.25 percent" → "benchmark interest rate". */
export function nounChunkBefore(clean: string, sentence: Span, at: number, tokens?: TokenIndex): string {
  const toks = tokens?.within(sentence.start, at) ?? [];
  let i = toks.length - 1;
  while (i >= 0 && (toks[i]!.tags.has("Preposition") || toks[i]!.tags.has("Adverb") ||
    (toks[i]!.tags.has("Adjective") && !toks[i]!.tags.has("Noun")) ||
    // "rate unchanged at": a participle complementing the noun before it.
    (toks[i]!.tags.has("PastTense") && i > 0 && toks[i - 1]!.tags.has("Noun") && /^un/.test(toks[i]!.text)))) i--;
  const end = i;
  while (i >= 0 && toks[i]!.tags.has("Noun") && !toks[i]!.tags.has("Pronoun") && !toks[i]!.tags.has("Possessive") &&
    !toks[i]!.tags.has("Verb") && !/[,;:]$/.test(clean.slice(toks[i]!.end, toks[i]!.end + 1))) i--;
  if (end < 0 || i === end) return "";
  const first = toks[i + 1]!;
  const last = toks[end]!;
  return squash(clean.slice(first.start, last.end)).replace(VERB_TAIL, "");
}

/** The verb phrase from `from` to the end of the clause. */
export function predicateAfter(clean: string, sentence: Span, from: number, maxWords = 22): string {
  const clause = clauseAround(clean, sentence, { start: from, end: from });
  let text = squash(clean.slice(from, clause.end)).replace(/[.,;:!?"”]+$/, "");
  // Stop before the next coordinated figure: "…raise prices, 41 percent planned to …".
  const next = /,?\s+(?:and\s+|while\s+|whereas\s+)?(?:some\s+|about\s+|nearly\s+|just\s+)?\d[\d.,]*\s*(?:%|percent|per cent)/.exec(text);
  if (next) text = text.slice(0, next.index);
  const words = text.split(" ");
  return words.length > maxWords ? words.slice(0, maxWords).join(" ") : text;
}

export function stripDeterminer(s: string): string {
  return s.replace(/^(?:the|a|an)\s+/i, "");
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString("en-US") : String(Math.round(n * 1000) / 1000);
}

export { squash };
